import ExcelJS from 'exceljs';
import { type EvidenceFigure, evidenceFigures } from './evidence-figures.js';
import type { PlanReport, ReportFinding } from './report-data.js';
import { bodyName, viDate } from './vi-format.js';

/**
 * A plan's findings for a spreadsheet: one sheet per content area (in the catalogue's order, empty ones too),
 * one row per finding with its evidence and corrective actions, Vietnamese headers under the filters it was
 * exported with, the header row frozen and filterable.
 */

const KINDS: Record<string, string> = {
  STRENGTH: 'Ưu điểm',
  LIMITATION: 'Tồn tại, hạn chế',
  VIOLATION: 'Vi phạm',
};
const SEVERITIES: Record<string, string> = { LOW: 'Thấp', MEDIUM: 'Trung bình', HIGH: 'Cao' };
const STATUSES: Record<string, string> = {
  NOTED: 'Đã ghi nhận',
  OPEN: 'Đang khắc phục',
  RESOLVED: 'Đã khắc phục',
};
const ACTION_STATUSES: Record<string, string> = {
  OPEN: 'Đang thực hiện',
  REPORTED: 'Đã báo cáo, chờ xác nhận',
  VERIFIED: 'Đã xác nhận hoàn thành',
  OVERDUE: 'Quá hạn',
};
const COLUMNS: { header: string; width: number }[] = [
  { header: 'STT', width: 6 },
  { header: 'Đơn vị', width: 30 },
  { header: 'Mã tiêu chí', width: 11 },
  { header: 'Tiêu chí', width: 30 },
  { header: 'Loại', width: 14 },
  { header: 'Mức độ', width: 11 },
  { header: 'Trạng thái', width: 15 },
  { header: 'Nội dung', width: 60 },
  { header: 'Số liệu minh chứng', width: 36 },
  { header: 'Giá trị', width: 10 },
  { header: 'Đơn vị tính', width: 12 },
  { header: 'Kỳ số liệu', width: 18 },
  { header: 'Biện pháp khắc phục', width: 50 },
  { header: 'Thời hạn', width: 12 },
  { header: 'Trạng thái biện pháp', width: 22 },
];
/** The filters above the header row. */
const HEADER_ROW = 5;

/** A sheet's name: the area's place and name, cut at a word to Excel's 31 characters, without the forbidden ones. */
export function sheetName(position: number, name: string): string {
  const full = `${position}. ${name}`.replace(/[\\/*?:[\]]/g, ' ');
  if (full.length <= 31) return full;
  // The word that ends at the 30th character stays (the 31st is a space); then the ellipsis.
  const cut = full.slice(0, 31);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/,$/, '')}…`;
}

function findingRow(index: number, finding: ReportFinding, figures: EvidenceFigure[]): unknown[] {
  const lines = (values: string[]) => values.join('\n');
  const single = figures.length === 1 ? figures[0]! : null;
  return [
    index,
    bodyName(finding.unit),
    finding.criterion?.code ?? '',
    finding.criterion?.nameVi ?? '',
    KINDS[finding.kind] ?? finding.kind,
    SEVERITIES[finding.severity] ?? finding.severity,
    STATUSES[finding.status] ?? finding.status,
    finding.text,
    lines(figures.map((f) => f.label)),
    single ? single.value : lines(figures.map((f) => f.text)),
    single ? single.unit : '',
    lines(figures.map((f) => f.period)),
    lines(finding.actions.map((a) => a.requiredAction)),
    lines(finding.actions.map((a) => viDate(a.deadline))),
    lines(finding.actions.map((a) => ACTION_STATUSES[a.status] ?? a.status)),
  ];
}

/** The workbook as an .xlsx file; `exportedOn` (YYYY-MM-DD) is written among the filters. */
export async function findingsWorkbook(report: PlanReport, exportedOn: string): Promise<Buffer> {
  const { plan } = report;
  const indicators = new Map(report.indicators.map((i) => [i.code, i]));
  const order = new Map(plan.targets.map((t, i) => [t.unit.id, i]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nền tảng dữ liệu kiểm tra CCHC';
  for (const area of plan.catalog.areas) {
    const findings = report.findings
      .filter((f) => f.area.code === area.code)
      .sort((a, b) => (order.get(a.unit.id) ?? 0) - (order.get(b.unit.id) ?? 0));
    const sheet = workbook.addWorksheet(sheetName(area.position, area.nameVi), {
      views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    });
    sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
    sheet.addRow(['Kế hoạch kiểm tra:', plan.title]);
    sheet.addRow(['Lĩnh vực:', area.nameVi]);
    sheet.addRow(['Ngày xuất dữ liệu:', viDate(exportedOn)]);
    sheet.addRow([]);
    const header = sheet.addRow(COLUMNS.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    sheet.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: HEADER_ROW, column: COLUMNS.length },
    };
    findings.forEach((finding, i) => {
      const figures = evidenceFigures(finding, indicators);
      const row = sheet.addRow(findingRow(i + 1, finding, figures));
      row.alignment = { vertical: 'top', wrapText: true };
      if (figures.length === 1) row.getCell(10).numFmt = figures[0]!.numFmt;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

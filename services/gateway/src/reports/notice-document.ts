import { type Block, body, dash, dataTable, heading, planDocument, planHeading } from './docx-parts.js';
import type { NoticeReport } from './report-data.js';
import { bodyName, viDate, viNumber } from './vi-format.js';

/**
 * A unit's conclusion notice (thông báo kết luận) as issued: its strengths, limitations, score and grade, and
 * the corrective actions required of it with their deadlines. Issued by the inspection team (Đoàn Kiểm tra).
 */

const listOrNone = (items: string[]): Block[] => (items.length ? items.map(dash) : [body('Không có.')]);

function gradeLine({ plan, notice, rank, ranked }: NoticeReport): string {
  const grade = plan.classificationThresholds.find((t) => t.classification === notice.classification);
  const score = `Tổng điểm đạt ${viNumber(notice.total)}/${viNumber(notice.maxTotal)} điểm`;
  const graded = grade ? `; xếp loại ${grade.nameVi}` : '; chưa xếp loại';
  const place = rank === null ? '' : `; xếp thứ ${rank}/${ranked} đơn vị được kiểm tra`;
  return `${score}${graded}${place}.`;
}

function actionsTable({ notice }: NoticeReport): Block {
  const rows = notice.actions.map((a, i) => [
    String(i + 1),
    a.requiredAction,
    viDate(a.deadline),
    `${bodyName(a.responsibleUnit)}\n(${a.responsibleRole})`,
  ]);
  return dataTable(['STT', 'Nội dung khắc phục', 'Thời hạn', 'Trách nhiệm thực hiện'], rows, [7, 53, 14, 26]);
}

/** The notice as a .docx file. */
export function noticeDocument(report: NoticeReport): Promise<Buffer> {
  const { plan, unit, notice } = report;
  const unitBody = bodyName(unit);
  return planDocument({
    heading: planHeading(plan, 'Đoàn Kiểm tra CCHC', notice.number, notice.issuedOn, false),
    kind: 'Thông báo',
    title: `Kết luận kiểm tra công tác cải cách hành chính năm ${plan.year} tại ${unitBody}`,
    body: [
      body(
        `Thực hiện ${plan.title}, từ ngày ${viDate(plan.periodFrom)} đến ngày ${viDate(plan.periodTo)}, Đoàn Kiểm tra ` +
          `CCHC đã kiểm tra công tác cải cách hành chính tại ${unitBody}. Đoàn Kiểm tra thông báo kết luận như sau:`,
      ),
      heading('1. Ưu điểm', 1),
      ...listOrNone(notice.strengths),
      heading('2. Tồn tại, hạn chế', 1),
      ...listOrNone(notice.limitations),
      heading('3. Kết quả chấm điểm, xếp loại', 1),
      body(gradeLine(report)),
      heading('4. Yêu cầu khắc phục', 1),
      ...(notice.actions.length ? [actionsTable(report)] : [body('Không có.')]),
    ],
    recipients: [unitBody, `${plan.leadUnit.name} (tổng hợp)`, 'Lưu: Đoàn Kiểm tra'],
  });
}

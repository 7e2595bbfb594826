import { Paragraph, TextRun } from 'docx';
import {
  type Block,
  body,
  dash,
  dataTable,
  heading,
  labelled,
  line,
  planDocument,
  planHeading,
} from './docx-parts.js';
import { evidenceFigures } from './evidence-figures.js';
import {
  type Indicator,
  isConcluded,
  type PlanReport,
  type ReportFinding,
  type UnitName,
} from './report-data.js';
import { LIMITATION_GROUPS, limitationGroupOf } from './report-groups.js';
import { bodyName, lowerFirst, viCount, viDate, viNumber } from './vi-format.js';

/**
 * The report of results (báo cáo kết quả kiểm tra) of a plan, with the seed report's structure: what was
 * inspected, the strengths, the limitations in the seed's groups backed by the figures of their evidence, each
 * unit's score and grade, and the recommendations. Only headings and connecting words are fixed text.
 */

/** Vietnamese lists are lettered without f, j, w, z: a) b) c) d) đ) e) g) h)… */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm'];
const LEVEL_NAMES: Record<string, string> = {
  PROVINCE: 'sở, ban, ngành cấp tỉnh',
  DISTRICT: 'UBND cấp huyện',
  COMMUNE: 'UBND cấp xã',
};
const FIGURE_HEADERS = ['Đơn vị', 'Số liệu', 'Giá trị', 'Kỳ số liệu'];

/** What the writing needs beside the report: lookups built once. */
class Context {
  readonly unitOrder: Map<string, number>;
  readonly areaPosition: Map<string, number>;
  readonly indicators: Map<string, Indicator>;

  constructor(readonly report: PlanReport) {
    this.unitOrder = new Map(report.plan.targets.map((t, i) => [t.unit.id, i]));
    this.areaPosition = new Map(report.plan.catalog.areas.map((a) => [a.code, a.position]));
    this.indicators = new Map(report.indicators.map((i) => [i.code, i]));
  }

  /** The units of some findings by name, in the plan's order, each once. */
  unitsOf(findings: ReportFinding[]): string {
    const units = new Map(findings.map((f) => [f.unit.id, f.unit]));
    return this.inPlanOrder([...units.values()])
      .map(bodyName)
      .join(', ');
  }

  inPlanOrder(units: UnitName[]): UnitName[] {
    const rank = (u: UnitName) => this.unitOrder.get(u.id) ?? Number.MAX_SAFE_INTEGER;
    return [...units].sort((a, b) => rank(a) - rank(b));
  }

  /** Findings by area, criterion, then the unit's place in the plan: the order the report tells them in. */
  sorted(findings: ReportFinding[]): ReportFinding[] {
    const key = (f: ReportFinding) => [
      this.areaPosition.get(f.area.code) ?? 99,
      f.criterion?.code ?? '',
      this.unitOrder.get(f.unit.id) ?? Number.MAX_SAFE_INTEGER,
    ];
    return [...findings].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i]! !== kb[i]!) return ka[i]! < kb[i]! ? -1 : 1;
      return 0;
    });
  }

  /** The figures behind findings, one row per snapshot or counted figure. */
  figureRows(findings: ReportFinding[]): string[][] {
    return findings.flatMap((f) =>
      evidenceFigures(f, this.indicators).map((figure) => [
        bodyName(f.unit),
        figure.label,
        figure.text,
        figure.period,
      ]),
    );
  }
}

/** Each distinct text once, with the units it was found at, then the figures behind them. */
function findingsBlocks(context: Context, findings: ReportFinding[]): Block[] {
  const byText = new Map<string, ReportFinding[]>();
  for (const finding of context.sorted(findings))
    byText.set(finding.text, [...(byText.get(finding.text) ?? []), finding]);
  const texts = [...byText].map(
    ([text, same]) =>
      new Paragraph({
        indent: { firstLine: 567 },
        children: [
          // The units close the sentence: the text's own full stop goes.
          new TextRun(`- ${text.replace(/[.;]\s*$/, '')} `),
          new TextRun({ text: `(${context.unitsOf(same)})`, italics: true }),
          new TextRun('.'),
        ],
      }),
  );
  const rows = context.figureRows([...byText.values()].flat());
  return rows.length
    ? [
        ...texts,
        line('Số liệu minh chứng:', { italics: true }),
        dataTable(FIGURE_HEADERS, rows, [30, 40, 14, 16]),
      ]
    : texts;
}

function opening({ plan }: PlanReport): Block {
  const decision = plan.decisionNumber
    ? ` (số ${plan.decisionNumber}${plan.decisionDate ? ` ngày ${viDate(plan.decisionDate)}` : ''})`
    : '';
  return body(
    `Thực hiện ${plan.title}${decision}, từ ngày ${viDate(plan.periodFrom)} đến ngày ${viDate(plan.periodTo)}, ` +
      `${plan.leadUnit.name} đã tham mưu Đoàn Kiểm tra CCHC tiến hành kiểm tra trực tiếp tại các cơ quan, đơn vị, ` +
      `địa phương. ${plan.leadUnit.name} báo cáo kết quả kiểm tra như sau:`,
  );
}

function inspectedSection(context: Context): Block[] {
  const { plan } = context.report;
  const top = plan.targets.filter((t) => !t.parentTarget);
  const below = plan.targets.filter((t) => t.parentTarget);
  const levels = [...new Set(top.map((t) => t.unit.level))];
  const byLevel = levels.map((level) => {
    const units = top.filter((t) => t.unit.level === level).map((t) => bodyName(t.unit));
    return `${viCount(units.length)} ${LEVEL_NAMES[level] ?? 'đơn vị'}: ${units.join(', ')}`;
  });
  const parents = top.filter((p) => below.some((t) => t.parentTarget!.id === p.id));
  const underParents = parents.map((p) => {
    const units = below.filter((t) => t.parentTarget!.id === p.id).map((t) => bodyName(t.unit));
    return `${units.join(', ')} (${lowerFirst(p.unit.fullName)})`;
  });
  const items = below.length
    ? [
        ...byLevel,
        `${viCount(below.length)} xã, phường, thị trấn thuộc ${viCount(parents.length)} đơn vị nêu trên: ${underParents.join('; ')}`,
      ]
    : byLevel;
  const summary =
    `${viCount(top.length)} đơn vị` +
    (below.length ? ` và ${viCount(below.length)} xã, phường, thị trấn` : '');
  return [
    heading('I. THỜI GIAN, ĐƠN VỊ VÀ NỘI DUNG KIỂM TRA', 1),
    labelled(
      '1. Thời gian kiểm tra',
      `từ ngày ${viDate(plan.periodFrom)} đến ngày ${viDate(plan.periodTo)}.`,
    ),
    labelled('2. Đơn vị được kiểm tra', `${summary}, gồm:`),
    ...items.map((item, i) => dash(`${item}${i === items.length - 1 ? '.' : ';'}`)),
    labelled('3. Nội dung kiểm tra', `${plan.catalog.areas.map((a) => lowerFirst(a.nameVi)).join('; ')}.`),
  ];
}

function limitationsBlocks(context: Context, limitations: ReportFinding[]): Block[] {
  const groupOf = (f: ReportFinding) =>
    limitationGroupOf({
      indicatorCode:
        f.evidenceReading?.indicatorCode ?? f.evidence.find((e) => e.indicatorCode)?.indicatorCode ?? null,
      criterionCode: f.criterion?.code ?? null,
    });
  const grouped = LIMITATION_GROUPS.map((group) => ({
    title: group.title,
    findings: limitations.filter((f) => groupOf(f)?.key === group.key),
  })).filter((g) => g.findings.length);
  const others = limitations.filter((f) => !groupOf(f));
  const blocks = grouped.flatMap((g, i) => [
    heading(`${LETTERS[i]}) ${g.title}`, 3),
    ...findingsBlocks(context, g.findings),
  ]);
  if (others.length) {
    blocks.push(heading(`${LETTERS[grouped.length]}) Các nội dung khác`, 3));
    for (const area of context.report.plan.catalog.areas) {
      const inArea = others.filter((f) => f.area.code === area.code);
      if (inArea.length)
        blocks.push(line(`${area.nameVi}:`, { italics: true }), ...findingsBlocks(context, inArea));
    }
  }
  return blocks;
}

function gradesTable({ plan }: PlanReport): Block {
  const names = new Map(plan.catalog.classificationThresholds.map((t) => [t.classification, t.nameVi]));
  const order = (rank: number | null) => rank ?? Number.MAX_SAFE_INTEGER;
  const ranked = plan.targets
    .map((t, index) => ({ ...t, index }))
    .sort((a, b) => order(a.assessment.rank) - order(b.assessment.rank) || a.index - b.index);
  const rows = ranked.map((t, i) => {
    const a = t.assessment;
    const scored = a.classification !== null;
    return [
      String(i + 1),
      bodyName(t.unit),
      scored ? `${viNumber(a.total)}/${viNumber(a.maxTotal)}` : '',
      scored ? (names.get(a.classification!) ?? a.classification!) : 'Chưa chấm điểm',
      a.rank === null ? '' : String(a.rank),
    ];
  });
  return dataTable(['STT', 'Đơn vị', 'Tổng điểm', 'Xếp loại', 'Xếp hạng'], rows, [8, 46, 16, 16, 14]);
}

function resultsSection(context: Context): Block[] {
  const { findings } = context.report;
  const none = body('Chưa có kết quả kiểm tra được ghi nhận.');
  const strengths = findings.filter((f) => f.kind === 'STRENGTH');
  const limitations = findings.filter((f) => f.kind !== 'STRENGTH');
  return [
    heading('II. KẾT QUẢ KIỂM TRA', 1),
    heading('1. Ưu điểm', 2),
    ...(strengths.length ? findingsBlocks(context, strengths) : [none]),
    heading('2. Tồn tại, hạn chế', 2),
    ...(limitations.length ? limitationsBlocks(context, limitations) : [none]),
    heading('3. Chấm điểm, xếp loại các đơn vị được kiểm tra', 2),
    gradesTable(context.report),
  ];
}

function recommendationsSection({ plan }: PlanReport): Block[] {
  const recommendations = plan.conclusion?.recommendations ?? [];
  const superior = plan.leadUnit.parent;
  const addressees = [
    { addressee: 'UNITS', title: 'Đối với các cơ quan, đơn vị, địa phương được kiểm tra' },
    { addressee: 'PROVINCE', title: `Đối với ${superior ? bodyName(superior) : 'cấp trên'}` },
  ]
    .map((a) => ({
      ...a,
      texts: recommendations.filter((r) => r.addressee === a.addressee).map((r) => r.text),
    }))
    .filter((a) => a.texts.length);
  return [
    heading('III. KIẾN NGHỊ', 1),
    ...(addressees.length
      ? addressees.flatMap((a, i) => [heading(`${i + 1}. ${a.title}`, 2), ...a.texts.map(dash)])
      : [body('Chưa có kiến nghị: kế hoạch chưa có kết luận kiểm tra.')]),
  ];
}

/** The abbreviation in document numbers: "91-SNV" → "SNV"; a unit without one has none. */
const abbreviationOf = (code: string) => (code.includes('-') ? `-${code.split('-').pop()}` : '');

/** The report of results as a .docx file. */
export function reportDocument(report: PlanReport): Promise<Buffer> {
  const { plan } = report;
  const context = new Context(report);
  const draft = !isConcluded(plan);
  const number = `        /BC${abbreviationOf(plan.leadUnit.code)}`;
  return planDocument({
    heading: planHeading(
      plan,
      plan.leadUnit.name,
      number,
      draft ? null : (plan.conclusion?.issuedOn ?? null),
      draft,
    ),
    kind: 'Báo cáo',
    title: `Kết quả kiểm tra công tác cải cách hành chính năm ${plan.year}`,
    body: [
      opening(report),
      ...inspectedSection(context),
      ...resultsSection(context),
      ...recommendationsSection(report),
    ],
    recipients: [
      ...(plan.leadUnit.parent ? [`${bodyName(plan.leadUnit.parent)} (báo cáo)`] : []),
      'Các cơ quan, đơn vị được kiểm tra',
      'Lưu: VT',
    ],
  });
}

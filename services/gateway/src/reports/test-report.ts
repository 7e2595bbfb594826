import JSZip from 'jszip';
import type { NoticeReport, PlanReport, ReportFinding, UnitName } from './report-data.js';

/** A small plan written by hand for the document builders' tests, and a reader of what they write. */

const unit = (
  id: string,
  code: string,
  name: string,
  fullName: string,
  kind: string,
  level: string,
): UnitName => ({
  id,
  code,
  name,
  fullName,
  kind,
  level,
});

export const UNITS = {
  province: unit('u-kg', '91', 'Kiên Giang', 'Tỉnh Kiên Giang', 'PROVINCE', 'PROVINCE'),
  homeAffairs: unit('u-snv', '91-SNV', 'Sở Nội vụ', 'Sở Nội vụ tỉnh Kiên Giang', 'DEPARTMENT', 'PROVINCE'),
  finance: unit('u-stc', '91-STC', 'Sở Tài chính', 'Sở Tài chính tỉnh Kiên Giang', 'DEPARTMENT', 'PROVINCE'),
  honDat: unit('u-hd', '903', 'Hòn Đất', 'Huyện Hòn Đất', 'RURAL_DISTRICT', 'DISTRICT'),
  honDatTown: unit('u-tthd', '30817', 'Hòn Đất', 'Thị trấn Hòn Đất', 'TOWNSHIP', 'COMMUNE'),
};

let ids = 0;
const finding = (
  owner: UnitName,
  kind: ReportFinding['kind'],
  areaCode: string,
  criterionCode: string,
  text: string,
  evidence: Partial<Pick<ReportFinding, 'evidence' | 'evidenceReading' | 'actions'>> = {},
): ReportFinding => ({
  id: `f-${++ids}`,
  kind,
  severity: 'MEDIUM',
  status: kind === 'STRENGTH' ? 'NOTED' : 'OPEN',
  text,
  unit: owner,
  area: { code: areaCode },
  criterion: { code: criterionCode, nameVi: `Tiêu chí ${criterionCode}` },
  evidence: [],
  evidenceReading: null,
  actions: [],
  ...evidence,
});

const reading = (indicatorCode: string, value: number) => ({
  indicatorCode,
  from: '2019-10-01',
  to: '2020-09-30',
  value,
});

export const TEXTS = {
  onTime: 'Kết quả giải quyết hồ sơ TTHC đúng hẹn đạt tỷ lệ cao.',
  plans: 'Việc theo dõi, tổ chức thực hiện kế hoạch CCHC chưa được quan tâm đúng mức.',
  oneStop: 'Chưa cập nhật thường xuyên việc giải quyết TTHC vào phần mềm một cửa điện tử.',
  joint: 'Chưa thực hiện nghiêm túc TTHC liên thông (3 trong 1).',
  archives: 'Trong lưu trữ hồ sơ TTHC còn thừa, thiếu thành phần hồ sơ.',
  institutions: 'Chưa rà soát văn bản quy phạm pháp luật đúng kế hoạch.',
};

export function planReport(status = 'CONCLUDED'): PlanReport {
  return {
    plan: {
      id: 'p-2020',
      year: 2020,
      title: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2020',
      decisionNumber: '000/KH-UBND',
      decisionDate: '2020-09-28',
      periodFrom: '2020-10-19',
      periodTo: '2020-11-02',
      status,
      leadUnit: { ...UNITS.homeAffairs, parent: UNITS.province },
      catalog: {
        areas: [
          { code: 'CDDH', position: 1, nameVi: 'Công tác chỉ đạo, điều hành CCHC' },
          { code: 'TC', position: 2, nameVi: 'Cải cách thể chế' },
          { code: 'TTHC', position: 3, nameVi: 'Cải cách thủ tục hành chính' },
          { code: 'HDH', position: 7, nameVi: 'Hiện đại hóa hành chính' },
        ],
        classificationThresholds: [
          { classification: 'GOOD', nameVi: 'Tốt' },
          { classification: 'FAIR', nameVi: 'Khá' },
        ],
      },
      targets: [
        {
          id: 't-stc',
          unit: UNITS.finance,
          parentTarget: null,
          assessment: { total: 98.5, maxTotal: 100, classification: 'GOOD', rank: 1 },
        },
        {
          id: 't-hd',
          unit: UNITS.honDat,
          parentTarget: null,
          assessment: { total: 82, maxTotal: 100, classification: 'FAIR', rank: 2 },
        },
        {
          id: 't-tthd',
          unit: UNITS.honDatTown,
          parentTarget: { id: 't-hd' },
          assessment: { total: 0, maxTotal: 100, classification: null, rank: null },
        },
      ],
      conclusion: {
        number: '000/TB-ĐKT',
        issuedOn: '2020-12-01',
        recommendations: [
          { addressee: 'UNITS', text: 'Khẩn trương khắc phục các tồn tại, hạn chế.' },
          { addressee: 'PROVINCE', text: 'Đề nghị UBND tỉnh chỉ đạo hỗ trợ cấp xã.' },
        ],
      },
    },
    indicators: [
      { code: 'ON_TIME_RATE', nameVi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', valueUnit: 'RATIO' },
      { code: 'ONE_STOP_UPDATE_RATE', nameVi: 'Tỷ lệ hồ sơ được cập nhật một cửa', valueUnit: 'RATIO' },
      { code: 'JOINT_3IN1_RATE', nameVi: 'Tỷ lệ liên thông 3 trong 1', valueUnit: 'RATIO' },
    ],
    findings: [
      finding(UNITS.honDatTown, 'STRENGTH', 'TTHC', 'TTHC.3', TEXTS.onTime, {
        evidenceReading: reading('ON_TIME_RATE', 0.9712),
      }),
      finding(UNITS.honDat, 'LIMITATION', 'CDDH', 'CDDH.1', TEXTS.plans),
      finding(UNITS.finance, 'LIMITATION', 'CDDH', 'CDDH.1', TEXTS.plans),
      finding(UNITS.honDat, 'LIMITATION', 'TTHC', 'TTHC.2', TEXTS.oneStop, {
        evidenceReading: reading('ONE_STOP_UPDATE_RATE', 0.825),
        actions: [
          { requiredAction: 'Cập nhật phần mềm một cửa.', deadline: '2021-03-31', status: 'OVERDUE' },
        ],
      }),
      finding(UNITS.honDatTown, 'LIMITATION', 'TTHC', 'TTHC.2', TEXTS.joint, {
        evidenceReading: reading('JOINT_3IN1_RATE', 0.3618),
      }),
      finding(UNITS.honDatTown, 'LIMITATION', 'TTHC', 'TTHC.5', TEXTS.archives, {
        evidence: [
          { label: 'Hồ sơ thiếu thành phần trong mẫu', value: 5, unit: 'hồ sơ', indicatorCode: null },
        ],
      }),
      finding(UNITS.finance, 'LIMITATION', 'TC', 'TC.2', TEXTS.institutions),
    ],
  };
}

export function noticeReport(): NoticeReport {
  const { plan } = planReport();
  const { targets: _targets, conclusion: _conclusion, id: _id, catalog, ...header } = plan;
  return {
    plan: { ...header, classificationThresholds: catalog.classificationThresholds },
    unit: UNITS.honDat,
    rank: 2,
    ranked: 2,
    notice: {
      number: '10/TB-ĐKT',
      issuedOn: '2020-12-01',
      strengths: ['Đã ban hành khá đầy đủ các văn bản chỉ đạo, điều hành.'],
      limitations: [TEXTS.plans, TEXTS.oneStop],
      classification: 'FAIR',
      total: 82,
      maxTotal: 100,
      actions: [
        {
          requiredAction: 'Cập nhật phần mềm một cửa.',
          deadline: '2021-03-31',
          responsibleRole: 'Chủ tịch UBND huyện',
          responsibleUnit: UNITS.honDat,
        },
      ],
    },
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The paragraphs of a .docx file's body, in order (those in tables too), as plain text. */
export async function docxParagraphs(file: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1]!.replace(/&(\w+);/g, (_, name: string) => ENTITIES[name] ?? `&${name};`))
      .join(''),
  );
}

/** The heading every test document opens with (Kiên Giang, 01/12/2020): the issuer's column, then the national one. */
export const headingParagraphs = (issuer: string, number: string): string[] => [
  'UBND TỈNH KIÊN GIANG',
  issuer,
  '———',
  number,
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '———————',
  'Kiên Giang, ngày 01 tháng 12 năm 2020',
];

import { type MeasureKey, receivedTotal } from './measures.js';

/**
 * The sub-indicators of Quyết định 766/QĐ-TTg (23/6/2022) in its five groups, each with its points, its
 * formula as the decision states it and — where our measures can express it — how it is measured here.
 * How they are scored: score-766.ts; sources and every approximation: docs/decision-766.md.
 */

/** Measures summed over the unit-months scored. */
export type Sums = Record<MeasureKey, number>;

export interface ComponentSpec {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  formula: string;
  /**
   * Full points at or above this ratio, `maxPoints × ratio / target` below (thresholds from the
   * formula description: 80 %, 50 %, 90 %). 1 where no threshold is stated: plain ratio × maxPoints.
   */
  target: number;
  /** The ratio (0–1) from the sums, null when its denominator is 0. Absent: not measurable here. */
  measure?: (s: Sums) => number | null;
  /** Measured through a stand-in for what the decision counts (see the comment on each). */
  proxy?: boolean;
}

export interface GroupSpec {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  components: ComponentSpec[];
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? clamp01(numerator / denominator) : null;
const NOT_MEASURABLE =
  'Không đo được ở đây (không có số liệu) → loại trừ, điểm tính lại theo các chỉ số còn lại.';

/** The five groups of Điều 1 khoản 1 of the decision, in its order; points add up to 100. */
export const GROUPS_766: readonly GroupSpec[] = [
  {
    code: 'CONG_KHAI_MINH_BACH',
    nameVi: 'Công khai, minh bạch',
    nameEn: 'Publicity and transparency',
    maxPoints: 18,
    components: [
      {
        code: '1.1',
        nameVi: 'Tỷ lệ TTHC công bố đúng hạn',
        nameEn: 'Procedures announced on time',
        maxPoints: 6,
        target: 1,
        // Not measurable: announcing procedures is the province's (or ministry's) act; we have no dates.
        formula: `Số TTHC công bố đúng hạn / Tổng số TTHC đã công bố trong kỳ × 100%. ${NOT_MEASURABLE}`,
      },
      {
        code: '1.2',
        nameVi: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn',
        nameEn: 'Procedures updated and published on time',
        maxPoints: 4,
        target: 1,
        // Approximated: the decision counts publication on the national procedures database; we have the
        // unit's own in-time posting at the desk and on its website, each against the new procedures.
        formula:
          'Số TTHC công khai đúng hạn trên CSDL QG về TTHC / Tổng số TTHC phải cập nhật, công khai × 100%. ' +
          'Ở đây ≈ (proceduresPublishedDesk + proceduresPublishedWebsite) / (2 × proceduresAnnounced).',
        measure: (s) =>
          ratio(s.proceduresPublishedDesk + s.proceduresPublishedWebsite, 2 * s.proceduresAnnounced),
        proxy: true,
      },
      {
        code: '1.3',
        nameVi: 'Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành',
        nameEn: 'Procedures published with all their required parts',
        maxPoints: 2,
        target: 1,
        // Not measurable: nothing records whether each published procedure carries all its parts.
        formula: `Số TTHC có đầy đủ thông tin về các bộ phận tạo thành / Tổng số TTHC đã công khai × 100%. ${NOT_MEASURABLE}`,
      },
      {
        code: '1.4',
        nameVi: 'Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia',
        nameEn: 'Dossiers synchronised to the National Public Service Portal',
        maxPoints: 6,
        target: 1,
        // Approximated: we do not see synchronisation to the national portal; dossiers kept up to date in
        // the electronic one-stop system (which is what synchronises) stand in for it.
        formula:
          'Số hồ sơ đã đồng bộ có ngày tiếp nhận trong kỳ / Tổng số hồ sơ được tính toán trong kỳ × 100%. ' +
          'Ở đây ≈ (tổng hồ sơ tiếp nhận − notUpdatedOneStop) / tổng hồ sơ tiếp nhận.',
        measure: (s) => ratio(receivedTotal(s) - s.notUpdatedOneStop, receivedTotal(s)),
        proxy: true,
      },
    ],
  },
  {
    code: 'TIEN_DO_KET_QUA',
    nameVi: 'Tiến độ, kết quả giải quyết',
    nameEn: 'Progress and results of handling',
    maxPoints: 20,
    components: [
      {
        code: '2.1',
        nameVi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
        nameEn: 'Dossiers handled early or on time',
        maxPoints: 20,
        target: 1,
        // Approximated: the decision also counts dossiers still pending within their deadline; `pending` is
        // not split by deadline, so only resolved dossiers are counted.
        formula:
          'Số hồ sơ đã và đang xử lý đúng hạn hoặc trong hạn / Tổng số hồ sơ được tiếp nhận, xử lý trong kỳ. ' +
          'Ở đây ≈ (resolvedEarly + resolvedOnTime) / resolved.',
        measure: (s) => ratio(s.resolvedEarly + s.resolvedOnTime, s.resolved),
        proxy: true,
      },
    ],
  },
  {
    code: 'SO_HOA_HO_SO',
    nameVi: 'Số hóa hồ sơ',
    nameEn: 'Digitisation of dossiers',
    maxPoints: 22,
    components: [
      {
        code: '4.1',
        nameVi: 'Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử',
        nameEn: 'Dossiers with an electronic result',
        maxPoints: 6,
        target: 1,
        // Not measurable: no measure of electronic results issued.
        formula: `Số hồ sơ có cấp kết quả giải quyết điện tử / Tổng số hồ sơ thuộc thẩm quyền × 100%. ${NOT_MEASURABLE}`,
      },
      {
        code: '4.2',
        nameVi: 'Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ',
        nameEn: 'Dossiers digitised',
        maxPoints: 4,
        target: 0.8,
        // Approximated: the decision requires the dossier digitised AND an electronic result; we only have
        // digitised dossiers.
        formula:
          'Số hồ sơ thực hiện số hóa hồ sơ, kết quả / Tổng số hồ sơ thuộc thẩm quyền × 100%; đạt ≥ 80% → điểm tối đa, ' +
          'dưới 80% → tỷ lệ × điểm tối đa / 80%. Ở đây ≈ dossiersDigitised / tổng hồ sơ tiếp nhận.',
        measure: (s) => ratio(s.dossiersDigitised, receivedTotal(s)),
        proxy: true,
      },
      {
        code: '4.6',
        nameVi: 'Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính',
        nameEn: 'Electronic certified copies from originals',
        maxPoints: 2,
        target: 1,
        formula: `Chứng thực bản sao điện tử từ bản chính (chỉ tiêu trên Cổng DVCQG). ${NOT_MEASURABLE}`,
      },
      {
        code: '4.3',
        nameVi: 'Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
        nameEn: 'Dossiers reusing digitised data',
        maxPoints: 2,
        target: 0.8,
        formula:
          'Số hồ sơ có sử dụng lại thông tin, dữ liệu, giấy tờ điện tử đã số hóa / Tổng số hồ sơ thuộc thẩm quyền ' +
          `× 100%; ≥ 80% → điểm tối đa. ${NOT_MEASURABLE}`,
      },
      {
        code: '4.4',
        nameVi: 'Tỷ lệ hồ sơ được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng',
        nameEn: 'Digitised dossiers shared for reuse',
        maxPoints: 4,
        target: 1,
        formula: `Số hồ sơ số hóa đồng bộ với kho dữ liệu cá nhân, tổ chức trên Cổng DVCQG / Tổng số hồ sơ. ${NOT_MEASURABLE}`,
      },
      {
        code: '4.5b',
        nameVi: 'Tỷ lệ hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư',
        nameEn: 'Dossiers using population-database data',
        maxPoints: 2,
        target: 1,
        formula: `Số hồ sơ sử dụng dữ liệu từ CSDL quốc gia về dân cư / Tổng số hồ sơ × 100%. ${NOT_MEASURABLE}`,
      },
      {
        code: '4.5a',
        nameVi: 'Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư',
        nameEn: 'Procedures connected to the population database',
        maxPoints: 2,
        target: 1,
        formula: `Số TTHC có kết nối, chia sẻ dữ liệu dân cư / Tổng số TTHC có đối tượng là người dân × 100%. ${NOT_MEASURABLE}`,
      },
    ],
  },
  {
    code: 'CUNG_CAP_DVC_TRUC_TUYEN',
    nameVi: 'Cung cấp dịch vụ trực tuyến',
    nameEn: 'Provision of online services',
    maxPoints: 22,
    components: [
      {
        code: '3.1',
        nameVi: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến',
        nameEn: 'Procedures offered as online public services',
        maxPoints: 2,
        target: 0.8,
        // Stock measures summed over months: the ratio of sums is the month-weighted average.
        formula:
          'Số TTHC có DVCTT một phần, toàn trình / Tổng số TTHC thuộc thẩm quyền; ≥ 80% → điểm tối đa, dưới 80% → ' +
          'tỷ lệ × điểm tối đa / 80%. Ở đây = (proceduresFullOnline + proceduresPartialOnline) / proceduresTotal.',
        measure: (s) => ratio(s.proceduresFullOnline + s.proceduresPartialOnline, s.proceduresTotal),
      },
      {
        code: '3.2',
        nameVi: 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ',
        nameEn: 'Online services that received dossiers',
        maxPoints: 4,
        target: 1,
        // Not measurable: online dossiers are not broken down by service.
        formula: `Số DVC có hồ sơ tiếp nhận trực tuyến / Số DVC của TTHC. ${NOT_MEASURABLE}`,
      },
      {
        code: '3.3',
        nameVi: 'Tỷ lệ hồ sơ nộp trực tuyến',
        nameEn: 'Dossiers filed online',
        maxPoints: 6,
        target: 0.5,
        // Approximated: the decision also multiplies by the synchronisation rate and needs an electronic
        // result; we take the plain online share of dossiers received.
        formula:
          'Số hồ sơ tiếp nhận trực tuyến / Tổng số hồ sơ tiếp nhận × tỷ lệ đồng bộ × 100%; ≥ 50% → điểm tối đa, ' +
          'dưới 50% → tỷ lệ × điểm tối đa / 50%. Ở đây ≈ receivedOnline / tổng hồ sơ tiếp nhận.',
        measure: (s) => ratio(s.receivedOnline, receivedTotal(s)),
        proxy: true,
      },
      {
        code: '3.5',
        nameVi: 'Tỷ lệ TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến trên Cổng DVCQG',
        nameEn: 'Fee-bearing procedures payable online on the national portal',
        maxPoints: 2,
        target: 0.8,
        formula: `Số TTHC có phí, lệ phí tích hợp thanh toán trực tuyến / Số TTHC có phí, lệ phí; ≥ 80% → điểm tối đa. ${NOT_MEASURABLE}`,
      },
      {
        code: '3.5b',
        nameVi: 'Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến',
        nameEn: 'Fee-bearing procedures with an online payment',
        maxPoints: 2,
        target: 0.8,
        formula: `Số TTHC có giao dịch thanh toán trực tuyến / Số TTHC có hồ sơ thu phí. ${NOT_MEASURABLE}`,
      },
      {
        code: '3.6',
        nameVi: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
        nameEn: 'Dossiers paid online',
        maxPoints: 6,
        target: 1,
        formula:
          'Số hồ sơ được thanh toán trực tuyến / Tổng số hồ sơ của các TTHC có phí, lệ phí × 100%. ' +
          'Ở đây = onlinePayments / dossiersWithFees.',
        measure: (s) => ratio(s.onlinePayments, s.dossiersWithFees),
      },
    ],
  },
  {
    code: 'MUC_DO_HAI_LONG',
    nameVi: 'Mức độ hài lòng',
    nameEn: 'Satisfaction',
    maxPoints: 18,
    components: [
      {
        code: '5.2',
        nameVi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn',
        nameEn: 'Complaints and petitions handled on time',
        maxPoints: 6,
        target: 1,
        formula:
          'Tổng số PAKN xử lý đúng hoặc trước hạn / Tổng số PAKN thuộc thẩm quyền tiếp nhận, xử lý × 100%. ' +
          'Ở đây = complaintsHandledOnTime / complaintsReceived.',
        measure: (s) => ratio(s.complaintsHandledOnTime, s.complaintsReceived),
      },
      {
        code: '5.3',
        nameVi: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị',
        nameEn: 'Satisfaction with complaint handling',
        maxPoints: 6,
        target: 1,
        // Approximated: only the "quá hạn" part of the deduction is known (received − handled on time);
        // "phản hồi không hài lòng" is not recorded, so this is an upper bound.
        formula:
          '(Tổng số PAKN − Số bị phản hồi không hài lòng hoặc phản ánh về kết quả, xử lý quá hạn) / Tổng số PAKN × 100%. ' +
          'Ở đây ≈ (complaintsReceived − (complaintsReceived − complaintsHandledOnTime)) / complaintsReceived.',
        measure: (s) => ratio(s.complaintsHandledOnTime, s.complaintsReceived),
        proxy: true,
      },
      {
        code: '5.4',
        nameVi: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
        nameEn: 'Satisfaction with receiving and handling dossiers',
        maxPoints: 6,
        target: 0.9,
        // Approximated: "hồ sơ có PAKN hoặc đánh giá dislike" is stood in for by the share of survey responses
        // that are not satisfied. A part whose own denominator is 0 counts as 0 %; both 0 → N/A.
        formula:
          '100% − (Tỷ lệ hồ sơ giải quyết quá hạn + Tỷ lệ hồ sơ có PAKN hoặc đánh giá dislike); ≥ 90% → điểm tối đa, ' +
          'dưới 90% → tỷ lệ × điểm tối đa / 90%. Ở đây ≈ 1 − resolvedLate / resolved − ' +
          '(surveyResponses − surveySatisfied) / surveyResponses.',
        measure: (s) => {
          const late = ratio(s.resolvedLate, s.resolved);
          const unhappy = ratio(s.surveyResponses - s.surveySatisfied, s.surveyResponses);
          if (late === null && unhappy === null) return null;
          return clamp01(1 - (late ?? 0) - (unhappy ?? 0));
        },
        proxy: true,
      },
    ],
  },
];

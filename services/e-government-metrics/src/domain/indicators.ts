import { MEASURES, type MeasureKey, type MonthlyValues, receivedTotal } from './measures.js';
import { lastDayOf, type MonthRange } from './period.js';

/** What is summed over unit-months: measures, or a few quantities derived row by row. */
export type SumTerm = MeasureKey | 'receivedTotal' | 'updatedOneStop' | 'monthWithPosts' | 'reportingMonth';
/**
 * What is not a sum, computed once over the whole scope and period: the days from the period's last day back
 * to the latest website update of the stalest unit (max over units), and 1 when the scope reported at all.
 */
export type ScopeTerm = 'websiteDaysSinceUpdate' | 'scopeReported';
/** What an indicator's numerator or denominator adds up. */
export type Term = SumTerm | ScopeTerm;

/** Each summed term as a SQL expression over a `monthly_figures` row aliased `f`. */
const RECEIVED_SQL = '(f.received_direct + f.received_online + f.received_postal)';
export function termSql(term: SumTerm): string {
  switch (term) {
    case 'receivedTotal':
      return RECEIVED_SQL;
    case 'updatedOneStop':
      return `(${RECEIVED_SQL} - f.not_updated_one_stop)`;
    case 'monthWithPosts':
      return '(CASE WHEN f.website_posts > 0 THEN 1 ELSE 0 END)';
    case 'reportingMonth':
      return '1';
    default:
      return `f.${MEASURES[term].column}`;
  }
}

/** The same terms over one unit-month's values (for tests and single rows). */
export function termValue(term: SumTerm, v: MonthlyValues): number {
  switch (term) {
    case 'receivedTotal':
      return receivedTotal(v);
    case 'updatedOneStop':
      return receivedTotal(v) - v.notUpdatedOneStop;
    case 'monthWithPosts':
      return v.websitePosts > 0 ? 1 : 0;
    case 'reportingMonth':
      return 1;
    default:
      return v[term];
  }
}

export const SUM_TERMS: SumTerm[] = [
  ...(Object.keys(MEASURES) as MeasureKey[]),
  'receivedTotal',
  'updatedOneStop',
  'monthWithPosts',
  'reportingMonth',
];

/** The summed terms the definitions read, in SUM_TERMS' order: all a roll-up for them has to add up. */
export function sumTermsOf(definitions: readonly IndicatorDefinition[]): SumTerm[] {
  const read = new Set<Term>(definitions.flatMap((d) => [...d.numerator, ...d.denominator]));
  return SUM_TERMS.filter((term) => read.has(term));
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const dayBefore = (day: string) => new Date(Date.parse(day) - DAY_MS).toISOString().slice(0, 10);

/**
 * Days from the range's last day back to the unit's latest website update reported in it; a unit that
 * reported none counts as not updated since the day before the range (the whole range, a lower bound).
 * The roll-up takes the largest over the scope's units: the stalest website is what an inspection finds.
 */
export function daysSinceWebsiteUpdate(
  months: Pick<MonthlyValues, 'websiteLastUpdate'>[],
  range: MonthRange,
) {
  const updates = months.flatMap((m) => (m.websiteLastUpdate ? [m.websiteLastUpdate] : []));
  const latest = updates.sort().at(-1) ?? dayBefore(range.from);
  return daysBetween(latest, lastDayOf(range.to));
}

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type Level = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

/** What a value is: a share (0–1), a number of days, or cases per reporting unit-month. */
export type ValueUnit = 'RATIO' | 'DAYS' | 'PER_UNIT_MONTH';

export interface IndicatorDefinition {
  code: string;
  nameVi: string;
  nameEn: string;
  numerator: Term[];
  denominator: Term[];
  direction: Direction;
  valueUnit: ValueUnit;
  /** In the value's unit: at or beyond target is GOOD, beyond warning is ALERT, in between WARNING. */
  target: number;
  warning: number;
  /** Tiers the indicator is meant for (a roll-up above them sums theirs); all when null. */
  levels: Level[] | null;
  /** The inspection content area a suggested finding goes to. */
  areaCode: string;
  source: string;
}

const ND61 = 'Nghị định 61/2018/NĐ-CP (một cửa, một cửa liên thông), sửa đổi bởi Nghị định 107/2021/NĐ-CP';
const QD766 = 'Quyết định 766/QĐ-TTg ngày 23/6/2022 (Bộ chỉ số phục vụ người dân, doanh nghiệp)';

/**
 * The catalogue. Every indicator but one is a ratio of sums, so it rolls up over units and months exactly;
 * WEBSITE_DAYS_SINCE_UPDATE is the largest number of days over the scope's units (see daysSinceWebsiteUpdate).
 */
export const INDICATORS: IndicatorDefinition[] = [
  {
    code: 'ON_TIME_RATE',
    nameVi: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn',
    nameEn: 'Dossiers resolved early or on time',
    numerator: ['resolvedEarly', 'resolvedOnTime'],
    denominator: ['resolved'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.95,
    warning: 0.85,
    levels: null,
    areaCode: 'TTHC',
    source: QD766,
  },
  {
    code: 'LATE_RATE',
    nameVi: 'Tỷ lệ hồ sơ giải quyết trễ hạn',
    nameEn: 'Dossiers resolved late',
    numerator: ['resolvedLate'],
    denominator: ['resolved'],
    direction: 'LOWER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.02,
    warning: 0.1,
    levels: null,
    areaCode: 'TTHC',
    source: QD766,
  },
  {
    code: 'APOLOGY_RATE',
    nameVi: 'Tỷ lệ hồ sơ trễ hạn có phiếu xin lỗi',
    nameEn: 'Late dossiers with a written apology',
    numerator: ['lateWithApology'],
    denominator: ['resolvedLate'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 1,
    warning: 0.9,
    levels: null,
    areaCode: 'TTHC',
    source: `${ND61}, Điều 20`,
  },
  {
    code: 'ONE_STOP_UPDATE_RATE',
    nameVi: 'Tỷ lệ hồ sơ được cập nhật trên hệ thống một cửa điện tử',
    nameEn: 'Dossiers kept up to date in the electronic one-stop system',
    numerator: ['updatedOneStop'],
    denominator: ['receivedTotal'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 1,
    warning: 0.95,
    levels: null,
    // The seed lists the electronic one-stop desk under administrative procedures.
    areaCode: 'TTHC',
    source: ND61,
  },
  {
    code: 'PUBLICATION_RATE',
    nameVi:
      'Tỷ lệ TTHC mới công bố được niêm yết tại một cửa và công khai trên Trang thông tin điện tử đúng hạn',
    nameEn: 'New procedures posted at the desk and published online in time',
    numerator: ['proceduresPublishedDesk', 'proceduresPublishedWebsite'],
    // Each new procedure must appear in both places: two publications expected per announcement.
    denominator: ['proceduresAnnounced', 'proceduresAnnounced'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 1,
    warning: 0.9,
    levels: null,
    areaCode: 'TTHC',
    source: `${QD766}, nhóm Công khai, minh bạch`,
  },
  {
    code: 'ONLINE_FILING_RATE',
    nameVi: 'Tỷ lệ hồ sơ nộp trực tuyến',
    nameEn: 'Dossiers filed online',
    numerator: ['receivedOnline'],
    denominator: ['receivedTotal'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.5,
    warning: 0.2,
    levels: null,
    areaCode: 'HDH',
    source: `${QD766}, nhóm Cung cấp dịch vụ trực tuyến`,
  },
  {
    code: 'FULL_ONLINE_SERVICE_RATE',
    nameVi: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình',
    nameEn: 'Procedures offered fully online',
    numerator: ['proceduresFullOnline'],
    denominator: ['proceduresTotal'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.8,
    warning: 0.3,
    levels: null,
    areaCode: 'HDH',
    source: `${QD766}, nhóm Cung cấp dịch vụ trực tuyến`,
  },
  {
    code: 'POSTAL_RATE',
    nameVi: 'Tỷ lệ hồ sơ tiếp nhận qua dịch vụ bưu chính công ích',
    nameEn: 'Dossiers received through the public postal service',
    numerator: ['receivedPostal'],
    denominator: ['receivedTotal'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.1,
    warning: 0.02,
    levels: null,
    areaCode: 'HDH',
    source: 'Quyết định 45/2016/QĐ-TTg (tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích)',
  },
  {
    code: 'ONLINE_PAYMENT_RATE',
    nameVi: 'Tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến',
    nameEn: 'Dossiers with fees paid online',
    numerator: ['onlinePayments'],
    denominator: ['dossiersWithFees'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.3,
    warning: 0.1,
    levels: null,
    areaCode: 'HDH',
    source: `${QD766}, nhóm Thanh toán trực tuyến`,
  },
  {
    code: 'DIGITISATION_RATE',
    nameVi: 'Tỷ lệ hồ sơ được số hóa',
    nameEn: 'Dossiers digitised',
    numerator: ['dossiersDigitised'],
    denominator: ['receivedTotal'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.8,
    warning: 0.3,
    levels: null,
    areaCode: 'HDH',
    source: `${QD766}, nhóm Số hóa hồ sơ`,
  },
  {
    code: 'SATISFACTION_RATE',
    nameVi: 'Tỷ lệ người dân, tổ chức hài lòng',
    nameEn: 'Satisfied citizens and organisations',
    numerator: ['surveySatisfied'],
    denominator: ['surveyResponses'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.95,
    warning: 0.85,
    levels: null,
    areaCode: 'TTHC',
    source: `${QD766}, nhóm Mức độ hài lòng`,
  },
  {
    code: 'COMPLAINTS_ON_TIME_RATE',
    nameVi: 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn',
    nameEn: 'Complaints and petitions handled on time',
    numerator: ['complaintsHandledOnTime'],
    denominator: ['complaintsReceived'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 1,
    warning: 0.9,
    levels: null,
    areaCode: 'TTHC',
    source: 'Nghị định 20/2008/NĐ-CP (tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính)',
  },
  {
    code: 'JOINT_3IN1_RATE',
    nameVi: 'Tỷ lệ thực hiện liên thông "3 trong 1" (khai sinh, khai tử)',
    nameEn: 'Joint "3 in 1" birth and death registrations',
    numerator: ['jointBirthsDone', 'jointDeathsDone'],
    denominator: ['jointBirthsTotal', 'jointDeathsTotal'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 1,
    warning: 0.9,
    levels: ['COMMUNE'],
    areaCode: 'TTHC',
    source:
      'Nghị định 61/2018/NĐ-CP; thủ tục liên thông đăng ký khai sinh, khai tử (Nghị định 104/2022/NĐ-CP trước đó Quyết định 1380/QĐ-BTP)',
  },
  {
    code: 'WEBSITE_FRESHNESS',
    nameVi: 'Tỷ lệ tháng có cập nhật Trang thông tin điện tử',
    nameEn: 'Months in which the website was updated',
    numerator: ['monthWithPosts'],
    denominator: ['reportingMonth'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 1,
    warning: 0.75,
    levels: null,
    areaCode: 'HDH',
    source: 'Nghị định 42/2022/NĐ-CP (cung cấp thông tin trên môi trường mạng)',
  },
  {
    code: 'WEBSITE_DAYS_SINCE_UPDATE',
    nameVi: 'Số ngày Trang thông tin điện tử chưa được cập nhật (tính đến cuối kỳ)',
    nameEn: 'Days since the website was last updated (at the end of the period)',
    // Not a ratio of sums: the stalest unit of the scope, in days; the denominator is 1 when figures exist.
    numerator: ['websiteDaysSinceUpdate'],
    denominator: ['scopeReported'],
    direction: 'LOWER_IS_BETTER',
    valueUnit: 'DAYS',
    target: 7,
    warning: 30,
    levels: null,
    areaCode: 'HDH',
    source: 'Nghị định 42/2022/NĐ-CP (cung cấp thông tin trên môi trường mạng), Điều 10',
  },
  {
    code: 'ONLINE_FILING_OFFERED_RATE',
    nameVi: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ của các TTHC có cung cấp dịch vụ công trực tuyến',
    nameEn: 'Dossiers filed online among those of procedures offered online',
    numerator: ['receivedOnline'],
    denominator: ['receivedOfOnlineProcedures'],
    direction: 'HIGHER_IS_BETTER',
    valueUnit: 'RATIO',
    target: 0.5,
    warning: 0.25,
    levels: null,
    areaCode: 'HDH',
    source: `${QD766}, nhóm Cung cấp dịch vụ trực tuyến (tỷ lệ hồ sơ trực tuyến)`,
  },
  {
    code: 'DISCIPLINE_CASES',
    nameVi: 'Số trường hợp cán bộ, công chức, viên chức bị xử lý kỷ luật bình quân mỗi đơn vị-tháng',
    nameEn: 'Officials disciplined per reporting unit-month',
    numerator: ['disciplineCases'],
    denominator: ['reportingMonth'],
    direction: 'LOWER_IS_BETTER',
    valueUnit: 'PER_UNIT_MONTH',
    // Any case is a shortcoming; more than one a year per unit (1/12 a month) is an alert.
    target: 0,
    warning: 1 / 12,
    levels: null,
    areaCode: 'CBCCVC',
    source: 'Nghị định 112/2020/NĐ-CP (xử lý kỷ luật cán bộ, công chức, viên chức); Quyết định 766/QĐ-TTg',
  },
];

export const INDICATOR_BY_CODE = new Map(INDICATORS.map((i) => [i.code, i]));

export type IndicatorStatus = 'GOOD' | 'WARNING' | 'ALERT' | 'NO_DATA';

export interface IndicatorValue {
  code: string;
  numerator: number;
  denominator: number;
  /** numerator / denominator (in the indicator's valueUnit); null without data. */
  value: number | null;
  status: IndicatorStatus;
}

/** Status against the thresholds, whichever way the indicator points. */
export function statusOf(definition: IndicatorDefinition, value: number | null): IndicatorStatus {
  if (value === null) return 'NO_DATA';
  const better = (a: number, b: number) => (definition.direction === 'HIGHER_IS_BETTER' ? a >= b : a <= b);
  if (better(value, definition.target)) return 'GOOD';
  return better(value, definition.warning) ? 'WARNING' : 'ALERT';
}

/** An indicator from summed terms (a roll-up) — the ratio of the sums, never a mean of ratios. */
export function indicatorFromSums(
  definition: IndicatorDefinition,
  sums: Record<Term, number>,
): IndicatorValue {
  const numerator = definition.numerator.reduce((total, term) => total + sums[term], 0);
  const denominator = definition.denominator.reduce((total, term) => total + sums[term], 0);
  const value = denominator > 0 ? numerator / denominator : null;
  return { code: definition.code, numerator, denominator, value, status: statusOf(definition, value) };
}

/**
 * The terms over one unit's months of a range (what the SQL roll-up does), for tests and single units;
 * the range (January 2020 when absent) only matters to the website's days since update.
 */
export function sumTerms(
  rows: MonthlyValues[],
  range: MonthRange = { from: '2020-01-01', to: '2020-01-01' },
): Record<Term, number> {
  const sums = Object.fromEntries(
    SUM_TERMS.map((term) => [term, rows.reduce((t, r) => t + termValue(term, r), 0)]),
  ) as Record<SumTerm, number>;
  const reported = rows.length > 0;
  return {
    ...sums,
    websiteDaysSinceUpdate: reported ? daysSinceWebsiteUpdate(rows, range) : 0,
    scopeReported: reported ? 1 : 0,
  };
}

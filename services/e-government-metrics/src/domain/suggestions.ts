import type { IndicatorDefinition, IndicatorValue, ValueUnit } from './indicators.js';

export interface SuggestedFinding {
  indicatorCode: string;
  areaCode: string;
  kind: 'LIMITATION';
  severity: 'MEDIUM' | 'HIGH';
  /** Vietnamese, ready to become a finding's text. */
  text: string;
  value: number;
  numerator: number;
  denominator: number;
}

const percent = (value: number) => `${(value * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
const count = (n: number) => n.toLocaleString('vi-VN');
/** A value as people read it: a percentage, days, or cases per unit-month. */
const VALUE_TEXT: Record<ValueUnit, (value: number) => string> = {
  RATIO: percent,
  DAYS: (value) => `${count(value)} ngày`,
  PER_UNIT_MONTH: (value) =>
    `${value.toLocaleString('vi-VN', { maximumFractionDigits: 3 })} trường hợp/đơn vị-tháng`,
};

/** What the denominator counts, to say "0% (12 hồ sơ trễ hạn)". */
const DENOMINATOR_NOUNS: Record<string, string> = {
  ON_TIME_RATE: 'hồ sơ đã giải quyết',
  LATE_RATE: 'hồ sơ đã giải quyết',
  APOLOGY_RATE: 'hồ sơ trễ hạn',
  ONE_STOP_UPDATE_RATE: 'hồ sơ tiếp nhận',
  PUBLICATION_RATE: 'lượt niêm yết, công khai phải thực hiện',
  ONLINE_FILING_RATE: 'hồ sơ tiếp nhận',
  FULL_ONLINE_SERVICE_RATE: 'lượt TTHC-tháng',
  POSTAL_RATE: 'hồ sơ tiếp nhận',
  ONLINE_PAYMENT_RATE: 'hồ sơ có phí, lệ phí',
  DIGITISATION_RATE: 'hồ sơ tiếp nhận',
  SATISFACTION_RATE: 'phiếu khảo sát',
  COMPLAINTS_ON_TIME_RATE: 'phản ánh, kiến nghị',
  JOINT_3IN1_RATE: 'hồ sơ khai sinh, khai tử thuộc diện liên thông',
  WEBSITE_FRESHNESS: 'tháng',
  WEBSITE_DAYS_SINCE_UPDATE: 'đơn vị có số liệu',
  ONLINE_FILING_OFFERED_RATE: 'hồ sơ của TTHC có dịch vụ công trực tuyến',
  DISCIPLINE_CASES: 'đơn vị-tháng báo cáo',
};

/** Less than half way from the warning threshold to the worst value (twice the warning for counts and days). */
function isSevere(definition: IndicatorDefinition, value: number): boolean {
  if (definition.valueUnit !== 'RATIO') return value > 2 * definition.warning;
  const worst = definition.direction === 'HIGHER_IS_BETTER' ? 0 : 1;
  return Math.abs(value - worst) < Math.abs(definition.warning - worst) / 2;
}

/**
 * An indicator past its warning threshold becomes a suggested finding for the unit's next inspection,
 * e.g. "Tỷ lệ hồ sơ trễ hạn có phiếu xin lỗi: 0% (12 hồ sơ trễ hạn)"; HIGH when severe (isSevere).
 */
export function suggestFinding(
  definition: IndicatorDefinition,
  indicator: IndicatorValue,
): SuggestedFinding | null {
  if (indicator.status !== 'ALERT' || indicator.value === null) return null;
  return {
    indicatorCode: definition.code,
    areaCode: definition.areaCode,
    kind: 'LIMITATION',
    severity: isSevere(definition, indicator.value) ? 'HIGH' : 'MEDIUM',
    text: `${definition.nameVi}: ${VALUE_TEXT[definition.valueUnit](indicator.value)} (${count(indicator.denominator)} ${DENOMINATOR_NOUNS[definition.code] ?? ''})`.replace(
      ' )',
      ')',
    ),
    value: indicator.value,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
  };
}

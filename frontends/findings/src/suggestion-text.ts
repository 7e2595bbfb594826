import { indicatorValueText } from '@cchc/web-shared';
import { periodText } from './evidence.js';
import type { IndicatorStatus, Severity } from './generated/graphql.js';

export interface AlertedIndicator {
  nameVi: string;
  valueUnit: string;
  /** HIGHER_IS_BETTER or LOWER_IS_BETTER. */
  direction: string;
  target: number;
  warning: number;
}

/** Past the warning line the shortcoming is serious; between the target and it, a medium one (the team may edit). */
export const severityOfAlert = (status: IndicatorStatus): Severity =>
  status === 'ALERT' ? 'HIGH' : 'MEDIUM';

/**
 * The text of the finding a suggestion becomes, in Vietnamese whoever takes it over (it goes into the unit's
 * notice): "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn 10/2019 – 09/2020: 82,5%, dưới ngưỡng cảnh báo 85%".
 */
export function suggestedFindingText(
  indicator: AlertedIndicator,
  alert: { status: IndicatorStatus; value?: number | null },
  period: string,
): string {
  const say = (value: number | null | undefined) => indicatorValueText(value, indicator.valueUnit, 'vi');
  const higher = indicator.direction === 'HIGHER_IS_BETTER';
  const line =
    alert.status === 'ALERT'
      ? `${higher ? 'dưới' : 'vượt'} ngưỡng cảnh báo ${say(indicator.warning)}`
      : `${higher ? 'dưới' : 'trên'} mục tiêu ${say(indicator.target)}`;
  return `${indicator.nameVi} ${periodText(period)}: ${say(alert.value)}, ${line}`;
}

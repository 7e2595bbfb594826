import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** An indicator's standing against its thresholds, as the API names it. */
export type IndicatorStatusName = 'GOOD' | 'WARNING' | 'ALERT' | 'NO_DATA';

/** Each status in words, a colour (white text on it reaches AA) and a shape, never the colour alone. */
const STATUS_LOOK: Record<IndicatorStatusName, { color: string; glyph: string }> = {
  ALERT: { color: '#a8071a', glyph: '✕' },
  WARNING: { color: '#874d00', glyph: '▲' },
  GOOD: { color: '#237804', glyph: '✓' },
  NO_DATA: { color: '#595959', glyph: '–' },
};

const STATUS_ORDER = Object.keys(STATUS_LOOK) as IndicatorStatusName[];

/** The colour of a status, for charts drawn in the same colours as the tags. */
export const indicatorStatusColor = (status: IndicatorStatusName) => STATUS_LOOK[status].color;

/** The worst first: what a reader has to look at. */
export const worstStatusFirst = (a: { status: IndicatorStatusName }, b: { status: IndicatorStatusName }) =>
  STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);

export function IndicatorStatusTag({ status }: { status: IndicatorStatusName }) {
  const { t } = useTranslation('common');
  const { color, glyph } = STATUS_LOOK[status];
  return (
    <Tag variant="solid" color={color} data-testid="indicator-status">
      <span aria-hidden="true">{glyph} </span>
      {t(`indicatorStatuses.${status}`)}
    </Tag>
  );
}

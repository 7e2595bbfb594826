import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from './generated/graphql.js';

/** Each status in words, a colour (white text on it reaches AA) and a shape, never the colour alone. */
const STATUS_LOOK: Record<IndicatorStatus, { color: string; glyph: string }> = {
  ALERT: { color: '#a8071a', glyph: '✕' },
  WARNING: { color: '#874d00', glyph: '▲' },
  GOOD: { color: '#237804', glyph: '✓' },
  NO_DATA: { color: '#595959', glyph: '–' },
};

/** The colour of a status, for charts drawn in the same colours as the tags. */
export const statusColor = (status: IndicatorStatus) => STATUS_LOOK[status].color;

export function StatusTag({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('reporting');
  const { color, glyph } = STATUS_LOOK[status];
  return (
    <Tag variant="solid" color={color} data-testid="indicator-status">
      <span aria-hidden="true">{glyph} </span>
      {t(`statuses.${status}`)}
    </Tag>
  );
}

/** Best and worst of a ranking, in words and with a shape. */
export function MarkTag({ mark }: { mark: 'best' | 'worst' }) {
  const { t } = useTranslation('reporting');
  return (
    <Tag variant="solid" color={mark === 'best' ? '#0b5cad' : '#a8071a'} data-testid={`ranking-${mark}`}>
      <span aria-hidden="true">{mark === 'best' ? '★ ' : '▼ '}</span>
      {t(`ranking.${mark}`)}
    </Tag>
  );
}

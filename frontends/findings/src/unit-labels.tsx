import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from './generated/graphql.js';

/** Most pressing first: what is late, what is still to do, what waits for the inspectors, what is done. */
export const ACTION_STATUSES: ActionStatus[] = ['OVERDUE', 'OPEN', 'REPORTED', 'VERIFIED'];

/** Solid tags with white text, dark enough for AA contrast. */
const STATUS_COLOURS: Record<ActionStatus, string> = {
  OVERDUE: '#a8071a',
  OPEN: '#0b5cad',
  REPORTED: '#531dab',
  VERIFIED: '#237804',
};

/** A corrective action's status in the unit's words. */
export function ActionStatusTag({ status }: { status: ActionStatus }) {
  const { t } = useTranslation('findings');
  return (
    <Tag variant="solid" color={STATUS_COLOURS[status]}>
      {t(`unitSide.statuses.${status}`)}
    </Tag>
  );
}

/** Long Vietnamese texts (findings, reports) wrap as typed, even a long unbroken word. */
export const WRAP = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

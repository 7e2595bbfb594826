import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from './generated/graphql.js';

/** Solid tags with white text, dark enough for AA contrast. */
const COLORS: Record<PlanStatus, string> = {
  DRAFT: '#595959',
  APPROVED: '#0b5cad',
  IN_PROGRESS: '#873800',
  CONCLUDED: '#237804',
  CLOSED: '#531dab',
};

export const PLAN_STATUSES = Object.keys(COLORS) as PlanStatus[];

export function StatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('planning');
  return (
    <Tag variant="solid" color={COLORS[status]}>
      {t(`common:planStatuses.${status}`)}
    </Tag>
  );
}

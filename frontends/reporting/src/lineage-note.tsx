import { formatDate } from '@cchc/web-shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LineageKind } from './generated/graphql.js';

interface Predecessor {
  kind: LineageKind;
  partial: boolean;
  effectiveDate: string;
  unit: { id: string; fullName: string };
}

/** What the unit was formed from (the 2025 reform, earlier mergers), partial transfers marked as estimates. */
export function LineageNote({ predecessors }: { predecessors: readonly Predecessor[] }) {
  const { t } = useTranslation('reporting');
  const seen = new Set<string>();
  const links = predecessors.filter((link) => {
    const key = `${link.unit.id}:${link.kind}:${link.partial}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (links.length === 0) return null;
  return (
    <Typography.Paragraph data-testid="lineage">
      {t('place.formedFrom')}:{' '}
      {links
        .map((link) => {
          const how = [
            t(`place.kinds.${link.kind}`),
            t('place.on', { date: formatDate(link.effectiveDate) }),
          ];
          const mark = link.partial ? `${t('approximateShort')} ` : '';
          return `${mark}${link.unit.fullName} (${how.join(', ')})`;
        })
        .join('; ')}
      {links.some((link) => link.partial) && ` — ${t('approximate')}`}
    </Typography.Paragraph>
  );
}

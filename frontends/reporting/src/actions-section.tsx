import { useQuery } from '@apollo/client/react';
import { i18n, ProblemAlert, percentText } from '@cchc/web-shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountsBlock } from './counts-block.js';
import { fileSlug } from './export.js';
import type { ActionTimeliness } from './generated/graphql.js';
import { ActionTimelinessQuery } from './operations.js';
import { type DashboardScope, fileFilters } from './scope.js';
import { Section } from './section.js';
import { yearOf } from './selection.js';

/** Done first, then what is still to do; the colours of the findings application's action statuses. */
const TIMELINESS: { key: ActionTimeliness; color: string }[] = [
  { key: 'DONE_ON_TIME', color: '#237804' },
  { key: 'DONE_LATE', color: '#874d00' },
  { key: 'IN_PROGRESS', color: '#0b5cad' },
  { key: 'OVERDUE', color: '#a8071a' },
];

/** The corrective actions required of the unit and below it: done on time or late, in progress, overdue. */
export function ActionsSection({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation('reporting');
  const { data, loading, error, refetch } = useQuery(ActionTimelinessQuery, {
    variables: {
      filter: {
        year: yearOf(scope.selection.period),
        responsibleUnitIds: [scope.unit.id],
        includeDescendants: true,
        ...(scope.throughLineage ? { throughLineage: true } : {}),
      },
    },
  });
  const counts = data?.correctiveActionTimeliness ?? [];
  const total = counts.reduce((sum, count) => sum + count.count, 0);
  const vi = i18n.getFixedT('vi', 'reporting');
  const rows = TIMELINESS.map(({ key, color }) => ({
    key,
    label: t(`actions.kinds.${key}`),
    labelVi: vi(`actions.kinds.${key}`),
    count: counts.find((count) => count.timeliness === key)?.count ?? 0,
    color,
  }));
  const share = (count: number) => (total ? percentText(count / total) : '');
  return (
    <Section testId="actions" title={t('actions.title')}>
      <Typography.Paragraph>
        {t('actions.scope', { year: yearOf(scope.selection.period) })}
      </Typography.Paragraph>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <CountsBlock
        testId="actions-timeliness"
        title={t('actions.timeliness')}
        countHeader={t('actions.count')}
        chartLabel={t('actions.chart')}
        empty={t('actions.empty')}
        rows={total > 0 ? rows : []}
        loading={loading && !data}
        extraColumn={{ title: t('actions.share'), render: (row) => share(row.count) }}
        exported={(shown) => ({
          title: `${vi('actions.title')} — ${scope.unit.fullName}`,
          fileName: fileSlug(`viec-khac-phuc ${scope.unit.name}`),
          filters: fileFilters(scope),
          header: [vi('actions.timeliness'), vi('actions.count'), `${vi('actions.share')} (%)`],
          rows: shown.map((row) => [
            row.labelVi,
            row.count,
            total ? Math.round((row.count / total) * 1000) / 10 : null,
          ]),
        })}
      />
    </Section>
  );
}

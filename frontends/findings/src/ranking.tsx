import { useQuery } from '@apollo/client/react';
import { formatNumber, linkTo, ProblemAlert, useLanguage } from '@cchc/web-shared';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { classificationName } from './assessment-totals.js';
import type { ScoringRankingQuery } from './generated/graphql.js';
import { targetPath } from './routes.js';
import { RankingQuery } from './scoring.operations.js';

type Ranked = NonNullable<ScoringRankingQuery['inspectionPlan']>['ranking'][number];

/** The plan's scored units by total, highest first; units with the same total share a rank. */
export function RankingCard({ planId }: { planId: string }) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const { data, loading, error, refetch } = useQuery(RankingQuery, {
    variables: { planId },
    fetchPolicy: 'cache-and-network',
  });
  const plan = data?.inspectionPlan;
  const ranking = plan?.ranking ?? [];
  const tied = (rank: number) => ranking.filter((unit) => unit.rank === rank).length > 1;
  const unscored = plan ? plan.targets.length - ranking.length : 0;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('scoring.ranking.title')}
        </Typography.Title>
      }
    >
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <div data-testid="ranking">
        <Table<Ranked>
          size="small"
          rowKey={(row) => row.target.id}
          loading={loading && !data}
          dataSource={ranking}
          pagination={false}
          locale={{ emptyText: t('scoring.ranking.empty') }}
          columns={[
            {
              title: t('scoring.ranking.rank'),
              key: 'rank',
              width: 130,
              render: (_, row) =>
                tied(row.rank) ? `${row.rank} (${t('scoring.ranking.tie')})` : String(row.rank),
            },
            {
              title: t('scoring.ranking.unit'),
              key: 'unit',
              render: (_, row) => <a {...linkTo(targetPath(planId, row.target.id))}>{row.unit.name}</a>,
            },
            {
              title: t('scoring.ranking.total'),
              key: 'total',
              align: 'right',
              width: 140,
              render: (_, row) => `${formatNumber(row.total)} / ${formatNumber(row.maxTotal)}`,
            },
            {
              title: t('scoring.ranking.classification'),
              key: 'classification',
              width: 160,
              render: (_, row) =>
                classificationName(
                  plan?.catalog.classificationThresholds ?? [],
                  row.classification,
                  language,
                ) ?? t('scoring.unclassified'),
            },
          ]}
        />
      </div>
      {unscored > 0 && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          {t('scoring.ranking.unscored', { count: unscored })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

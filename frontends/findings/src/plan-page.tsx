import { useQuery } from '@apollo/client/react';
import { linkTo, ProblemAlert } from '@cchc/web-shared';
import { Card, Flex, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import { FindingsPlanQuery } from './operations.js';
import { RankingCard } from './ranking.js';
import { FindingsReview } from './review.js';
import { targetPath } from './routes.js';

/** Step two: the unit to record on; every finding of the plan so far; and the units' ranking by their scores. */
export function PlanPage({ planId }: { planId: string }) {
  const { t } = useTranslation('findings');
  const { data, error, refetch } = useQuery(FindingsPlanQuery, { variables: { id: planId } });
  const plan = data?.inspectionPlan;
  if (error) return <ProblemAlert error={error} onReload={() => void refetch()} />;
  if (!plan) return <Skeleton active />;
  return (
    <Flex vertical gap="middle">
      <Card>
        <Flex vertical gap="small">
          <a {...linkTo('/findings')}>{t('pickPlan')}</a>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {plan.title}
          </Typography.Title>
          <Typography.Text>{t(`common:planStatuses.${plan.status}`)}</Typography.Text>
          <label htmlFor="findings-target">{t('target')}</label>
          <Select
            id="findings-target"
            style={{ maxWidth: 760 }}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('pickTarget')}
            onChange={(targetId: string) => navigateToUrl(targetPath(plan.id, targetId))}
            options={plan.targets.map((target) => ({ value: target.id, label: target.unit.name }))}
          />
        </Flex>
      </Card>
      <FindingsReview
        planId={plan.id}
        units={plan.targets.map((target) => target.unit)}
        areas={plan.catalog.areas}
      />
      <RankingCard planId={plan.id} />
    </Flex>
  );
}

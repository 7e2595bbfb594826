import { useQuery } from '@apollo/client/react';
import { ProblemAlert, useSession } from '@cchc/web-shared';
import { Card, Empty, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import { FindingsPlansQuery } from './operations.js';
import { isOnTeam, plansOf } from './plans.js';
import { planPath } from './routes.js';

/** Step one: the plan to record on, the user's own first. */
export function PlanPicker() {
  const { t } = useTranslation('findings');
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(FindingsPlansQuery);
  const plans = user && data ? plansOf(data.inspectionPlans.nodes, user) : [];
  return (
    <Card>
      <Flex vertical gap="middle">
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <ProblemAlert error={error} onReload={() => void refetch()} />
        {!loading && !error && plans.length === 0 ? (
          <Empty description={t('noPlans')} />
        ) : (
          <Flex vertical gap="small" style={{ maxWidth: 760 }}>
            <label htmlFor="findings-plan">{t('plan')}</label>
            <Select
              id="findings-plan"
              showSearch={{ optionFilterProp: 'label' }}
              loading={loading}
              placeholder={t('pickPlan')}
              onChange={(id: string) => navigateToUrl(planPath(id))}
              options={plans.map((plan) => ({
                value: plan.id,
                label: `${plan.year} · ${plan.title} · ${t(`common:planStatuses.${plan.status}`)}${
                  user && isOnTeam(plan, user.username) ? ` (${t('myPlan')})` : ''
                }`,
              }))}
            />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

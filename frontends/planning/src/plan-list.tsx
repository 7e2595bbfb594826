import { useQuery } from '@apollo/client/react';
import {
  DataTable,
  formatDate,
  formatNumber,
  ProblemAlert,
  session,
  useCursorPaging,
} from '@cchc/web-shared';
import { Button, Flex, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, PlansQuery as PlansResult } from './generated/graphql.js';
import { PlansQuery } from './operations.js';
import { linkTo, planPath } from './routes.js';
import { PLAN_STATUSES, StatusTag } from './status.js';

type PlanRow = PlansResult['inspectionPlans']['nodes'][number];

const PAGE_SIZE = 20;

/** Plans by year and status, newest first, a page at a time. */
export function PlanList() {
  const { t } = useTranslation('planning');
  const [year, setYear] = useState<number | null>(null);
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const paging = useCursorPaging(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(PlansQuery, {
    variables: { filter: { year, status }, first: PAGE_SIZE, after: paging.after },
  });
  const connection = data?.inspectionPlans;
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Space>
          <label htmlFor="plan-year-filter">{t('year')}</label>
          <InputNumber<number>
            id="plan-year-filter"
            min={2000}
            max={2100}
            placeholder={t('allYears')}
            value={year}
            onChange={(value) => {
              paging.reset();
              setYear(value ?? null);
            }}
          />
          {session.hasRole('ADMIN') && (
            <Button type="primary" {...linkTo('/planning/new')}>
              {t('newPlan')}
            </Button>
          )}
        </Space>
      </Flex>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <DataTable<PlanRow>
        rowKey="id"
        rows={connection?.nodes}
        loading={loading}
        totalCount={connection?.totalCount}
        endCursor={connection?.pageInfo.endCursor}
        hasNextPage={connection?.pageInfo.hasNextPage}
        paging={paging}
        onQueryChange={({ filters }) => setStatus((filters.status?.[0] as PlanStatus | undefined) ?? null)}
        columns={[
          { title: t('year'), dataIndex: 'year', width: 80 },
          {
            title: t('planTitle'),
            dataIndex: 'title',
            render: (title: string, plan) => <a {...linkTo(planPath(plan.id))}>{title}</a>,
          },
          {
            title: t('status'),
            dataIndex: 'status',
            filters: PLAN_STATUSES.map((value) => ({ value, text: t(`statuses.${value}`) })),
            filterMultiple: false,
            filteredValue: status ? [status] : null,
            render: (value: PlanStatus) => <StatusTag status={value} />,
          },
          {
            title: t('period'),
            key: 'period',
            render: (_, plan) => `${formatDate(plan.periodFrom)} – ${formatDate(plan.periodTo)}`,
          },
          { title: t('leadUnit'), key: 'leadUnit', render: (_, plan) => plan.leadUnit.name },
          {
            title: t('targetCount'),
            key: 'targets',
            align: 'right',
            render: (_, plan) => formatNumber(plan.targets.length),
          },
        ]}
      />
    </Flex>
  );
}

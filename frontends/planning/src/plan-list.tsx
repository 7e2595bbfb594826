import { useQuery } from '@apollo/client/react';
import {
  DataTable,
  formatDate,
  formatNumber,
  linkTo,
  ProblemAlert,
  session,
  type TableQuery,
  useCursorPaging,
} from '@cchc/web-shared';
import { Button, Flex, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOrder, PlanStatus, PlansQuery as PlansResult } from './generated/graphql.js';
import { PlansQuery } from './operations.js';
import { planPath } from './routes.js';
import { PLAN_STATUSES, StatusTag } from './status.js';

type PlanRow = PlansResult['inspectionPlans']['nodes'][number];

const PAGE_SIZE = 20;

/** The server's order for a sorted column (the table sorts nothing itself: it shows one page). */
function planOrder(sort: TableQuery['sort']): PlanOrder | null {
  if (sort?.field === 'year') return sort.order === 'ascend' ? 'YEAR_ASC' : 'YEAR_DESC';
  if (sort?.field === 'title') return sort.order === 'ascend' ? 'TITLE_ASC' : 'TITLE_DESC';
  return null;
}

/** A column's sort arrow, from the order the server applies. */
const sortOrderOf = (orderBy: PlanOrder | null, column: 'YEAR' | 'TITLE') =>
  orderBy?.startsWith(column)
    ? orderBy.endsWith('_ASC')
      ? ('ascend' as const)
      : ('descend' as const)
    : null;

/** Plans by year and status, newest first unless sorted by year or title, a page at a time. */
export function PlanList() {
  const { t } = useTranslation('planning');
  const [year, setYear] = useState<number | null>(null);
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const [orderBy, setOrderBy] = useState<PlanOrder | null>(null);
  const paging = useCursorPaging(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(PlansQuery, {
    variables: { filter: { year, status }, orderBy, first: PAGE_SIZE, after: paging.after },
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
        connection={connection}
        loading={loading}
        paging={paging}
        onQueryChange={({ filters, sort }) => {
          setStatus((filters.status?.[0] as PlanStatus | undefined) ?? null);
          setOrderBy(planOrder(sort));
        }}
        columns={[
          {
            title: t('year'),
            dataIndex: 'year',
            width: 90,
            sorter: true,
            // Newest first is the default order: the arrow shows it, and a click turns it round.
            sortDirections: ['descend', 'ascend'],
            sortOrder: sortOrderOf(orderBy, 'YEAR') ?? (orderBy ? null : 'descend'),
          },
          {
            title: t('planTitle'),
            dataIndex: 'title',
            sorter: true,
            sortOrder: sortOrderOf(orderBy, 'TITLE'),
            render: (title: string, plan) => <a {...linkTo(planPath(plan.id))}>{title}</a>,
          },
          {
            title: t('status'),
            dataIndex: 'status',
            filters: PLAN_STATUSES.map((value) => ({ value, text: t(`common:planStatuses.${value}`) })),
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

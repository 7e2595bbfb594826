import { useQuery } from '@apollo/client/react';
import { formatDate, ProblemAlert } from '@cchc/web-shared';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitOfficerHomeQuery as HomeResult } from './generated/graphql.js';
import { UnitOfficerHomeQuery } from './operations.js';

type Action = HomeResult['correctiveActions']['nodes'][number];

/**
 * The department-specific console: a unit officer does not see plans (they name other units), only what
 * inspections asked their own unit to correct.
 */
export function UnitOfficerHome({ unitId }: { unitId: string }) {
  const { t } = useTranslation('planning');
  const { data, loading, error } = useQuery(UnitOfficerHomeQuery, { variables: { unitId } });
  const unit = data?.unit;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }} data-testid="officer-title">
        {t('officer.title', { unit: unit?.fullName ?? '…' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('officer.intro')}</Typography.Paragraph>
      <ProblemAlert error={error} />
      <Table<Action>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.correctiveActions.nodes ?? []}
        pagination={false}
        data-testid="officer-actions"
        columns={[
          { title: t('officer.requiredAction'), dataIndex: 'requiredAction' },
          {
            title: t('officer.deadline'),
            dataIndex: 'deadline',
            render: (value: string) => formatDate(value),
          },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (status: Action['status']) => (
              <Tag variant="solid" color={status === 'OVERDUE' ? '#a8071a' : '#0b5cad'}>
                {t(`actionStatuses.${status}`)}
              </Tag>
            ),
          },
          {
            title: t('officer.responsible'),
            key: 'unit',
            render: (_, action) => action.responsibleUnit.fullName,
          },
        ]}
      />
    </Card>
  );
}

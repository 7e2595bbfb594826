import { useQuery } from '@apollo/client/react';
import { formatDate, ProblemAlert } from '@cchc/web-shared';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitOfficerHomeQuery as HomeResult } from './generated/graphql.js';
import { UnitOfficerHomeQuery } from './operations.js';
import { ReportDialog } from './report-dialog.js';

type Action = HomeResult['correctiveActions']['nodes'][number];

/**
 * The department-specific console: a unit officer does not see plans (they name other units), only what
 * inspections asked their own unit to correct.
 */
export function UnitOfficerHome({ unitId }: { unitId: string }) {
  const { t } = useTranslation('planning');
  const { data, loading, error, refetch } = useQuery(UnitOfficerHomeQuery, { variables: { unitId } });
  const [reporting, setReporting] = useState<Action | null>(null);
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
          {
            title: '',
            key: 'report',
            // Open and overdue actions await the unit's report; a reported one awaits the inspectors.
            render: (_, action) =>
              action.status === 'REPORTED' ? null : (
                <Button size="small" onClick={() => setReporting(action)}>
                  {t('officer.report')}
                </Button>
              ),
          },
        ]}
      />
      {reporting && (
        <ReportDialog
          action={reporting}
          onClose={(changed) => {
            setReporting(null);
            if (changed) void refetch();
          }}
        />
      )}
    </Card>
  );
}

import { useQuery } from '@apollo/client/react';
import {
  DataTable,
  formatDate,
  formatNumber,
  ProblemAlert,
  useCursorPaging,
  useLanguage,
} from '@cchc/web-shared';
import { Button, Card, Checkbox, Empty, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineUrgency } from './action-deadline.js';
import type { ActionStatus, UnitOfficerHomeQuery as HomeResult } from './generated/graphql.js';
import { graphql } from './generated/index.js';
import { ReportDialog } from './report-dialog.js';

/** The officer's unit, usually already in the cache: the shell asked for it to show the scope. */
export const UnitOfficerUnitQuery = graphql(`
  query UnitOfficerUnit($unitId: ID!) {
    unit(id: $unitId) {
      id
      fullName
    }
  }
`);

/**
 * The corrective actions a unit officer's tree owes (scoped by the server), each with the finding, area and
 * plan it answers.
 */
export const UnitOfficerHomeQuery = graphql(`
  query UnitOfficerHome($statuses: [ActionStatus!], $first: Int!, $after: String) {
    correctiveActions(filter: { statuses: $statuses }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        version
        requiredAction
        deadline
        status
        responsibleUnit {
          id
          fullName
        }
        finding {
          id
          text
          area {
            id
            code
            nameVi
            nameEn
          }
          plan {
            id
            title
            year
          }
        }
      }
    }
    allActions: correctiveActions {
      totalCount
    }
  }
`);

type Action = HomeResult['correctiveActions']['nodes'][number];

const ALL_STATUSES: ActionStatus[] = ['OPEN', 'OVERDUE', 'REPORTED', 'VERIFIED'];
/** What the unit still has to do or is waiting on; verified actions are one click away. */
const OUTSTANDING: ActionStatus[] = ['OPEN', 'OVERDUE', 'REPORTED'];
const PAGE_SIZE = 50;

const STATUS_COLOURS: Record<ActionStatus, string> = {
  OPEN: '#0b5cad',
  OVERDUE: '#a8071a',
  REPORTED: '#531dab',
  VERIFIED: '#237804',
};

/**
 * The department-specific console: a unit officer does not see plans (they name other units), only what
 * inspections asked their own unit to correct, and where each request comes from.
 */
export function UnitOfficerHome({ unitId }: { unitId: string }) {
  const { t } = useTranslation('planning');
  const language = useLanguage();
  const [statuses, setStatuses] = useState<ActionStatus[]>(OUTSTANDING);
  const paging = useCursorPaging(PAGE_SIZE);
  const unit = useQuery(UnitOfficerUnitQuery, { variables: { unitId } }).data?.unit;
  const { data, loading, error, refetch } = useQuery(UnitOfficerHomeQuery, {
    variables: { statuses, first: PAGE_SIZE, after: paging.after },
  });
  const [reporting, setReporting] = useState<Action | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const filterBy = (next: ActionStatus[]) => {
    paging.reset();
    setStatuses(next);
  };
  const connection = data?.correctiveActions;
  const nothingShown = !loading && connection?.totalCount === 0;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }} data-testid="officer-title">
        {t('officer.title', { unit: unit?.fullName ?? '…' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('officer.intro')}</Typography.Paragraph>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <Flex gap="small" align="center" wrap role="group" aria-labelledby="officer-status-filter">
        <Typography.Text id="officer-status-filter" strong>
          {t('officer.statusFilter')}
        </Typography.Text>
        <Checkbox.Group<ActionStatus>
          value={statuses}
          onChange={filterBy}
          options={ALL_STATUSES.map((status) => ({ value: status, label: t(`actionStatuses.${status}`) }))}
        />
      </Flex>
      {nothingShown ? (
        <OfficerEmptyState
          statuses={statuses}
          hidden={data?.allActions.totalCount ?? 0}
          onShowAll={() => filterBy(ALL_STATUSES)}
        />
      ) : (
        <div data-testid="officer-actions" style={{ marginTop: 16 }}>
          <DataTable<Action>
            rowKey="id"
            rows={connection?.nodes}
            loading={loading}
            totalCount={connection?.totalCount}
            endCursor={connection?.pageInfo.endCursor}
            hasNextPage={connection?.pageInfo.hasNextPage}
            paging={paging}
            columns={[
              { title: t('officer.requiredAction'), dataIndex: 'requiredAction' },
              {
                title: t('officer.deadline'),
                key: 'deadline',
                width: 150,
                render: (_, action) => <Deadline action={action} today={today} />,
              },
              {
                title: t('status'),
                dataIndex: 'status',
                width: 130,
                render: (status: ActionStatus) => (
                  <Tag variant="solid" color={STATUS_COLOURS[status]}>
                    {t(`actionStatuses.${status}`)}
                  </Tag>
                ),
              },
              {
                title: t('officer.responsible'),
                key: 'unit',
                width: 150,
                render: (_, action) => action.responsibleUnit.fullName,
              },
              {
                title: t('officer.source'),
                key: 'source',
                width: '34%',
                render: (_, { finding }) => (
                  <Flex vertical gap={2} data-testid="action-source">
                    <Typography.Text>{finding.text}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('officer.sourceOf', {
                        area: language === 'en' ? finding.area.nameEn : finding.area.nameVi,
                        plan: finding.plan.title,
                      })}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: '',
                key: 'report',
                // Open and overdue actions await the unit's report; reported and verified ones do not.
                render: (_, action) =>
                  action.status === 'OPEN' || action.status === 'OVERDUE' ? (
                    <Button size="small" onClick={() => setReporting(action)}>
                      {t('officer.report')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </div>
      )}
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

/** The date, and in words (not colour alone) how near or how far past it is, while the unit still has to act. */
function Deadline({ action, today }: { action: Action; today: string }) {
  const { t } = useTranslation('planning');
  const urgency = deadlineUrgency(action.deadline, action.status, today);
  return (
    <Flex vertical align="start" gap={4}>
      <span>{formatDate(action.deadline)}</span>
      {urgency?.kind === 'overdue' && (
        <Tag color="#a8071a" variant="solid" data-testid="deadline-urgency">
          {t('officer.overdueBy', { days: formatNumber(urgency.days) })}
        </Tag>
      )}
      {urgency?.kind === 'soon' && (
        <Tag color="#ad4e00" variant="solid" data-testid="deadline-urgency">
          {urgency.days === 0 ? t('officer.dueToday') : t('officer.dueIn', { days: urgency.days })}
        </Tag>
      )}
    </Flex>
  );
}

/** Says what the filter hides and how to show it, instead of a bare "no data". */
function OfficerEmptyState(props: { statuses: ActionStatus[]; hidden: number; onShowAll: () => void }) {
  const { t } = useTranslation('planning');
  const shown = props.statuses.map((status) => t(`actionStatuses.${status}`)).join(', ');
  return (
    <Empty
      data-testid="officer-empty"
      style={{ marginBlock: 32 }}
      description={
        props.hidden === 0 ? (
          t('officer.noneAtAll')
        ) : (
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {props.statuses.length ? t('officer.noneWith', { statuses: shown }) : t('officer.noStatus')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">
              {t('officer.hidden', { count: props.hidden })}
            </Typography.Paragraph>
          </>
        )
      }
    >
      {props.hidden > 0 && (
        <Button type="primary" onClick={props.onShowAll}>
          {t('officer.showAll')}
        </Button>
      )}
    </Empty>
  );
}

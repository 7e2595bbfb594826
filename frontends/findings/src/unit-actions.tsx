import { useQuery } from '@apollo/client/react';
import {
  DataTable,
  formatDate,
  formatNumber,
  ProblemAlert,
  useCursorPaging,
  useLanguage,
} from '@cchc/web-shared';
import { Alert, Button, Checkbox, Empty, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineUrgency } from './action-deadline.js';
import type { UnitSideActionFragment as Action, ActionStatus } from './generated/graphql.js';
import { ACTION_STATUSES, ActionStatusTag } from './labels.js';
import { WRAPPING } from './text-style.js';
import { awaitsReport, latestReportOn } from './unit-report.js';
import { UnitReportDialog } from './unit-report-dialog.js';
import { UnitSideActionsQuery } from './unit-side.operations.js';

/** What the unit still has to do or is waiting on; verified actions are one click away. */
const OUTSTANDING: ActionStatus[] = ['OVERDUE', 'OPEN', 'REPORTED'];
const PAGE_SIZE = 50;

/**
 * What inspections asked the unit to correct and by when, earliest deadline first (the server's order),
 * with how many there are of each status; the unit reports its progress on each.
 */
export function UnitActions() {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const [statuses, setStatuses] = useState<ActionStatus[]>(OUTSTANDING);
  const paging = useCursorPaging(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(UnitSideActionsQuery, {
    variables: { statuses, first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const [reporting, setReporting] = useState<Action | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const filterBy = (next: ActionStatus[]) => {
    paging.reset();
    setStatuses(next);
  };
  const connection = data?.correctiveActions;
  const counts: Record<ActionStatus, number | undefined> = {
    OVERDUE: data?.overdue.totalCount,
    OPEN: data?.open.totalCount,
    REPORTED: data?.reported.totalCount,
    VERIFIED: data?.verified.totalCount,
  };
  const all = ACTION_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  // After a reload the row's fresh copy (new version, reports of others) replaces the one the dialog opened with.
  const current = reporting && (connection?.nodes.find((action) => action.id === reporting.id) ?? reporting);
  return (
    <Flex vertical gap="middle">
      <ProblemAlert error={error} onReload={() => void refetch()} />
      {(counts.OVERDUE ?? 0) > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="overdue-alert"
          title={t('unitSide.actions.overdueAlert', { count: counts.OVERDUE })}
        />
      )}
      <Flex gap="small" align="center" wrap role="group" aria-labelledby="unit-status-filter">
        <Typography.Text id="unit-status-filter" strong>
          {t('unitSide.actions.statusFilter')}
        </Typography.Text>
        <Checkbox.Group<ActionStatus>
          value={statuses}
          onChange={filterBy}
          options={ACTION_STATUSES.map((status) => ({
            value: status,
            label: t('unitSide.actions.statusCount', {
              status: t(`unitSide.statuses.${status}`),
              count: formatNumber(counts[status] ?? 0),
            }),
          }))}
        />
      </Flex>
      {!loading && connection?.totalCount === 0 ? (
        <ActionsEmptyState statuses={statuses} hidden={all} onShowAll={() => filterBy(ACTION_STATUSES)} />
      ) : (
        <div data-testid="unit-actions">
          <DataTable<Action>
            rowKey="id"
            connection={connection}
            loading={loading && !connection}
            paging={paging}
            columns={[
              {
                title: t('unitSide.actions.requiredAction'),
                dataIndex: 'requiredAction',
                render: (text: string) => <span style={WRAPPING}>{text}</span>,
              },
              {
                title: t('unitSide.actions.deadline'),
                key: 'deadline',
                width: 150,
                render: (_, action) => <Deadline action={action} today={today} />,
              },
              {
                title: t('unitSide.actions.status'),
                key: 'status',
                width: 190,
                render: (_, action) => <ActionState action={action} />,
              },
              {
                title: t('unitSide.actions.responsible'),
                key: 'unit',
                width: 150,
                render: (_, action) => action.responsibleUnit.fullName,
              },
              {
                title: t('unitSide.actions.source'),
                key: 'source',
                width: '30%',
                render: (_, { finding }) => (
                  <Flex vertical gap={2} data-testid="action-source">
                    <Typography.Text style={WRAPPING}>{finding.text}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('unitSide.actions.sourceOf', {
                        area: language === 'en' ? finding.area.nameEn : finding.area.nameVi,
                        plan: finding.plan.title,
                      })}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('unitSide.actions.reports'),
                key: 'reports',
                width: 170,
                render: (_, action) => (
                  <Flex vertical align="start" gap={4}>
                    <Typography.Text type="secondary" data-testid="report-count">
                      {action.reports.length
                        ? t('unitSide.actions.reportCount', {
                            count: action.reports.length,
                            date: formatDate(latestReportOn(action.reports)),
                          })
                        : t('unitSide.actions.noReport')}
                    </Typography.Text>
                    {awaitsReport(action.status) && (
                      <Button size="small" onClick={() => setReporting(action)}>
                        {t('unitSide.actions.report')}
                      </Button>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </div>
      )}
      {current && (
        <UnitReportDialog
          action={current}
          onReload={() => void refetch()}
          onClose={(sent) => {
            setReporting(null);
            if (sent) void refetch();
          }}
        />
      )}
    </Flex>
  );
}

/** The date, and in words (not colour alone) how near or how far past it is, while the unit still has to act. */
function Deadline({ action, today }: { action: Action; today: string }) {
  const { t } = useTranslation('findings');
  const urgency = deadlineUrgency(action.deadline, action.status, today);
  return (
    <Flex vertical align="start" gap={4}>
      <span>{formatDate(action.deadline)}</span>
      {urgency?.kind === 'overdue' && (
        <Tag color="#a8071a" variant="solid" data-testid="deadline-urgency">
          {t('unitSide.actions.overdueBy', { days: formatNumber(urgency.days) })}
        </Tag>
      )}
      {urgency?.kind === 'soon' && (
        <Tag color="#ad4e00" variant="solid" data-testid="deadline-urgency">
          {urgency.days === 0
            ? t('unitSide.actions.dueToday')
            : t('unitSide.actions.dueIn', { days: urgency.days })}
        </Tag>
      )}
    </Flex>
  );
}

/** The status, and what the inspectors said when they verified it or sent it back. */
function ActionState({ action }: { action: Action }) {
  const { t } = useTranslation('findings');
  return (
    <Flex vertical align="start" gap={4}>
      <ActionStatusTag status={action.status} />
      {action.status === 'VERIFIED' && action.verifiedOn && (
        <Typography.Text type="secondary">
          {t('unitSide.actions.verifiedOn', { date: formatDate(action.verifiedOn) })}
        </Typography.Text>
      )}
      {action.verificationNote && (
        <Typography.Text type="secondary" style={WRAPPING}>
          {t('unitSide.actions.inspectorNote', { note: action.verificationNote })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Says what the filter hides and how to show it, instead of a bare "no data". */
function ActionsEmptyState(props: { statuses: ActionStatus[]; hidden: number; onShowAll: () => void }) {
  const { t } = useTranslation('findings');
  const shown = props.statuses.map((status) => t(`unitSide.statuses.${status}`)).join(', ');
  return (
    <Empty
      data-testid="unit-actions-empty"
      style={{ marginBlock: 32 }}
      description={
        props.hidden === 0 ? (
          t('unitSide.actions.noneAtAll')
        ) : (
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {props.statuses.length
                ? t('unitSide.actions.noneWith', { statuses: shown })
                : t('unitSide.actions.noStatus')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">
              {t('unitSide.actions.hidden', { count: props.hidden })}
            </Typography.Paragraph>
          </>
        )
      }
    >
      {props.hidden > 0 && (
        <Button type="primary" onClick={props.onShowAll}>
          {t('unitSide.actions.showAll')}
        </Button>
      )}
    </Empty>
  );
}

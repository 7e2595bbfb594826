import { useMutation, useQuery } from '@apollo/client/react';
import {
  describeProblem,
  formatDate,
  linkTo,
  ProblemAlert,
  session,
  showFieldErrors,
} from '@cchc/web-shared';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  type FormInstance,
  Result,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePlanStatusMutation, PlanQuery } from './operations.js';
import { PlanConclusion, PlanFindings } from './plan-findings.js';
import { planPath } from './routes.js';
import { StatusTag } from './status.js';
import { PlanTargets } from './targets.js';
import { PlanTeam } from './team.js';

/** One plan: what it is, where it may go next, its targets and schedule, its team, its findings and conclusion. */
export function PlanDetail({ id }: { id: string }) {
  const { t } = useTranslation('planning');
  const { data, loading, error, refetch } = useQuery(PlanQuery, { variables: { id } });
  const [changeStatus, changing] = useMutation(ChangePlanStatusMutation);
  const [problem, setProblem] = useState<unknown>(null);
  const plan = data?.inspectionPlan;
  const canEdit = session.hasRole('ADMIN');
  if (loading && !plan) return <Skeleton active />;
  if (!plan)
    return error && describeProblem(error).kind !== 'notFound' ? (
      <ProblemAlert error={error} onReload={() => void refetch()} />
    ) : (
      <Result
        status="404"
        title={<span data-testid="plan-not-found">{t('planNotFound')}</span>}
        extra={<a {...linkTo('/planning')}>← {t('back')}</a>}
      />
    );

  /** Every change sends the version last read: a stale one gets CONFLICT, shown with a reload. */
  const run = async (change: () => Promise<unknown>, form?: FormInstance) => {
    setProblem(null);
    try {
      await change();
    } catch (failure) {
      setProblem(form ? showFieldErrors(form, failure) : failure);
    }
  };
  const reload = () => {
    setProblem(null);
    void refetch();
  };
  return (
    <Flex vertical gap="middle">
      <a {...linkTo('/planning')}>← {t('back')}</a>
      <Card>
        <Flex justify="space-between" align="start" wrap gap="small">
          <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }} data-testid="plan-title">
            {plan.title}
          </Typography.Title>
          {canEdit && (
            <Space wrap>
              {plan.status === 'DRAFT' && (
                <Button {...linkTo(`${planPath(plan.id)}/edit`)}>{t('common:actions.edit')}</Button>
              )}
              {plan.allowedTransitions.map((status) => (
                <Button
                  key={status}
                  loading={changing.loading}
                  onClick={() =>
                    run(() => changeStatus({ variables: { id: plan.id, version: plan.version, status } }))
                  }
                >
                  {t('moveTo', { status: t(`common:planStatuses.${status}`) })}
                </Button>
              ))}
            </Space>
          )}
        </Flex>
        <ProblemAlert error={problem ?? error} onReload={reload} />
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'status', label: t('status'), children: <StatusTag status={plan.status} /> },
            { key: 'year', label: t('year'), children: plan.year },
            {
              key: 'period',
              label: t('period'),
              children: (
                <span data-testid="plan-period">{`${formatDate(plan.periodFrom)} – ${formatDate(plan.periodTo)}`}</span>
              ),
            },
            { key: 'lead', label: t('leadUnit'), children: plan.leadUnit.fullName },
            {
              key: 'decision',
              label: t('decisionNumber'),
              children: [plan.decisionNumber, formatDate(plan.decisionDate)].filter(Boolean).join(' — '),
              span: 'filled',
            },
            // The scope is long prose: a row of its own, so that the decision number keeps its width.
            { key: 'scope', label: t('scope'), children: plan.scope, span: 'filled' },
          ]}
        />
      </Card>
      <PlanTargets plan={plan} canEdit={canEdit} run={run} />
      <PlanTeam plan={plan} canEdit={canEdit} run={run} />
      {plan.conclusion && <PlanConclusion conclusion={plan.conclusion} />}
      {plan.status !== 'DRAFT' && <PlanFindings plan={plan} />}
    </Flex>
  );
}

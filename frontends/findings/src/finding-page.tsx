import { useQuery } from '@apollo/client/react';
import { linkTo, ProblemAlert, session, useLanguage, useSession } from '@cchc/web-shared';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CorrectiveActions } from './corrective-actions.js';
import { FindingDetailQuery } from './detail.operations.js';
import { twelveMonthsBefore } from './evidence.js';
import { EvidenceSnapshot } from './evidence-snapshot.js';
import { FindingEditor } from './finding-editor.js';
import { FindingHistory } from './finding-history.js';
import { KindTag } from './labels.js';
import { FindingsPlanQuery } from './operations.js';
import { isOnTeam } from './plans.js';
import { planPath, targetPath } from './routes.js';
import { WRAPPING } from './text-style.js';

const section = (title: string) => (
  <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
    {title}
  </Typography.Title>
);

/** One finding: what it says, its figures then and now, its corrective actions and its history. */
export function FindingPage({ findingId }: { findingId: string }) {
  const { t } = useTranslation('findings');
  const language = useLanguage();
  const { user } = useSession();
  const [editing, setEditing] = useState(false);
  const detail = useQuery(FindingDetailQuery, {
    variables: { id: findingId },
    fetchPolicy: 'cache-and-network',
  });
  const finding = detail.data?.findings.nodes[0];
  const plan = useQuery(FindingsPlanQuery, { variables: { id: finding?.plan.id ?? '' }, skip: !finding });
  if (detail.error) return <ProblemAlert error={detail.error} onReload={() => void detail.refetch()} />;
  if (!detail.data) return <Skeleton active />;
  if (!finding)
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        extra={<a {...linkTo('/findings')}>{t('pickPlan')}</a>}
      />
    );
  const nameOf = (named: { nameVi: string; nameEn: string }) =>
    language === 'en' ? named.nameEn : named.nameVi;
  const canAct =
    session.hasRole('ADMIN') ||
    (session.hasRole('INSPECTOR') && isOnTeam(finding.plan, user?.username ?? ''));
  const catalog = plan.data?.inspectionPlan?.catalog;
  const area = catalog?.areas.find((candidate) => candidate.code === finding.area.code);
  const target = plan.data?.inspectionPlan?.targets.find((candidate) => candidate.id === finding.target.id);
  const period =
    plan.data?.inspectionPlan &&
    twelveMonthsBefore(target?.visit?.actualDate ?? plan.data.inspectionPlan.periodFrom);
  return (
    <Flex vertical gap="middle">
      <Card>
        <Space wrap size="large">
          <a {...linkTo(targetPath(finding.plan.id, finding.target.id))}>{t('detail.backToTarget')}</a>
          <a {...linkTo(planPath(finding.plan.id))}>{t('backToPlan')}</a>
        </Space>
        <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0' }}>
          {t('detail.title')} · {finding.unit.name}
        </Typography.Title>
        <ProblemAlert error={plan.error} onReload={() => void plan.refetch()} />
        {editing && area && period ? (
          <FindingEditor
            key={finding.id}
            finding={finding}
            area={area}
            unitId={finding.unit.id}
            period={period}
            onDone={() => setEditing(false)}
          />
        ) : (
          <>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'unit', label: t('unit'), children: finding.unit.name },
                { key: 'plan', label: t('plan'), children: finding.plan.title },
                { key: 'area', label: t('area'), children: nameOf(finding.area) },
                {
                  key: 'criterion',
                  label: t('criterion'),
                  children: finding.criterion
                    ? `${finding.criterion.code} ${nameOf(finding.criterion)}`
                    : t('detail.noCriterion'),
                },
                { key: 'kind', label: t('kind'), children: <KindTag kind={finding.kind} /> },
                { key: 'severity', label: t('severity'), children: t(`severities.${finding.severity}`) },
                {
                  key: 'status',
                  label: t('detail.status'),
                  children: t(`common:findingStatuses.${finding.status}`),
                },
                {
                  key: 'text',
                  label: t('text'),
                  span: 'filled',
                  children: (
                    <span data-testid="finding-text" style={WRAPPING}>
                      {finding.text}
                    </span>
                  ),
                },
              ]}
            />
            {canAct && (
              <Button onClick={() => setEditing(true)} disabled={!area}>
                {t('detail.edit')}
              </Button>
            )}
          </>
        )}
      </Card>
      <Card title={section(t('detail.evidence.title'))}>
        <EvidenceSnapshot finding={finding} />
      </Card>
      <Card title={section(t('detail.actions.title'))}>
        <CorrectiveActions
          findingId={finding.id}
          isStrength={finding.kind === 'STRENGTH'}
          unit={finding.unit}
          actions={finding.actions}
          canAct={canAct}
        />
      </Card>
      <Card title={section(t('detail.history.title'))}>
        <FindingHistory findingId={finding.id} catalog={catalog} />
      </Card>
    </Flex>
  );
}

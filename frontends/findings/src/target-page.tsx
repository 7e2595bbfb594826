import { useQuery } from '@apollo/client/react';
import { formatDate, linkTo, ProblemAlert } from '@cchc/web-shared';
import { Card, Col, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AreaSection } from './area-section.js';
import { twelveMonthsBefore } from './evidence.js';
import { FiguresPanel } from './figures-panel.js';
import { FindingsPlanQuery, FindingsQuery } from './operations.js';
import { planPath, printPath } from './routes.js';
import { ScoringSection } from './scoring.js';
import { Suggestions } from './suggestions.js';
import { VisitForm } from './visit-form.js';

/**
 * Step three: one unit's visit, its findings area by area (each with a quick form) and its scores; beside them
 * (above on a narrow screen) the unit's figures and the findings they suggest.
 */
export function TargetPage({ planId, targetId }: { planId: string; targetId: string }) {
  const { t } = useTranslation('findings');
  const plan = useQuery(FindingsPlanQuery, { variables: { id: planId } });
  const target = plan.data?.inspectionPlan?.targets.find((candidate) => candidate.id === targetId);
  const findings = useQuery(FindingsQuery, {
    variables: { filter: { planId, unitIds: target ? [target.unit.id] : [] }, first: 500 },
    skip: !target,
    fetchPolicy: 'cache-and-network',
  });
  if (plan.error) return <ProblemAlert error={plan.error} onReload={() => void plan.refetch()} />;
  if (!plan.data) return <Skeleton active />;
  if (!target)
    return (
      <Result
        status="404"
        title={t('pickTarget')}
        extra={<a {...linkTo(planPath(planId))}>{t('backToPlan')}</a>}
      />
    );
  // The months the server reads an indicator over: before the visit, or the plan's start without one.
  const period = twelveMonthsBefore(target.visit?.actualDate ?? plan.data.inspectionPlan!.periodFrom);
  const rows = findings.data?.findings.nodes ?? [];
  const named = new Set(rows.flatMap((finding) => finding.evidenceReading?.indicatorCode ?? []));
  return (
    <Flex vertical gap="middle">
      <Card>
        <Flex wrap gap="middle" justify="space-between">
          <a {...linkTo(planPath(planId))}>{t('backToPlan')}</a>
          <a {...linkTo(printPath(planId, target.id))}>{t('scoring.printLink')}</a>
        </Flex>
        <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0' }}>
          {target.unit.name}
        </Typography.Title>
        <Typography.Text>{formatDate(target.visit?.actualDate ?? target.plannedDate)}</Typography.Text>
      </Card>
      <Row gutter={[16, 16]}>
        {/* First in reading order: the figures are what the team writes from. */}
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          <Flex vertical gap="middle">
            <FiguresPanel unitId={target.unit.id} period={period} />
            <Suggestions
              planId={planId}
              targetId={target.id}
              unitId={target.unit.id}
              period={period}
              named={named}
            />
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <Flex vertical gap="middle">
            <Card
              title={
                <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                  {t('visit.title')}
                </Typography.Title>
              }
            >
              <VisitForm key={target.visit?.version ?? 0} targetId={target.id} visit={target.visit} />
            </Card>
            <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
              {t('areas')}
            </Typography.Title>
            <ProblemAlert error={findings.error} onReload={() => void findings.refetch()} />
            {plan.data.inspectionPlan!.catalog.areas.map((area) => (
              <AreaSection
                key={area.id}
                area={area}
                targetId={target.id}
                unitId={target.unit.id}
                period={period}
                findings={rows.filter((finding) => finding.area.code === area.code)}
              />
            ))}
            <ScoringSection planId={planId} targetId={target.id} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

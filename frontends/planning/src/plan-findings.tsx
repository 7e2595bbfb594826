import { useQuery } from '@apollo/client/react';
import {
  DataTable,
  formatDate,
  formatNumber,
  ProblemAlert,
  useCursorPaging,
  useLanguage,
} from '@cchc/web-shared';
import { Card, Collapse, Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  FindingKind,
  FindingStatus,
  PlanDetailFragment,
  TargetFindingsQuery as TargetFindingsResult,
} from './generated/graphql.js';
import { PlanFindingCountsQuery, TargetFindingsQuery } from './operations.js';

type FindingRow = TargetFindingsResult['findings']['nodes'][number];

const PAGE_SIZE = 20;

/** The conclusion notice: its number and date, what it concludes, and whom each recommendation addresses. */
export function PlanConclusion({
  conclusion,
}: {
  conclusion: NonNullable<PlanDetailFragment['conclusion']>;
}) {
  const { t } = useTranslation('planning');
  return (
    <Card title={<span data-testid="conclusion-title">{t('conclusion.title')}</span>}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'number', label: t('conclusion.number'), children: conclusion.number },
          { key: 'issuedOn', label: t('conclusion.issuedOn'), children: formatDate(conclusion.issuedOn) },
          {
            key: 'summary',
            label: t('conclusion.summary'),
            span: 'filled',
            children: <span data-testid="conclusion-summary">{conclusion.summary}</span>,
          },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('conclusion.recommendations', { count: conclusion.recommendations.length })}
      </Typography.Title>
      <List
        data-testid="recommendations"
        dataSource={conclusion.recommendations}
        renderItem={(recommendation) => (
          <List.Item>
            <List.Item.Meta
              title={t(`conclusion.addressees.${recommendation.addressee}`)}
              description={recommendation.text}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The findings, grouped per target; each target's are loaded from the server when it is opened, a page at a time. */
export function PlanFindings({ plan }: { plan: PlanDetailFragment }) {
  const { t } = useTranslation('planning');
  const { data, error, refetch } = useQuery(PlanFindingCountsQuery, { variables: { planId: plan.id } });
  const countOf = new Map((data?.findingStats ?? []).map((stat) => [stat.unit?.id, stat.count]));
  const total = [...countOf.values()].reduce((sum, count) => sum + count, 0);
  if (!error && total === 0) return null;
  return (
    <Card title={<span data-testid="findings-title">{t('findings.title', { count: total })}</span>}>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <Collapse
        data-testid="findings-by-target"
        items={plan.targets
          .filter((target) => countOf.get(target.unit.id))
          .map((target) => ({
            key: target.id,
            label: `${target.unit.fullName} (${formatNumber(countOf.get(target.unit.id))})`,
            children: <TargetFindings planId={plan.id} unitId={target.unit.id} />,
          }))}
      />
    </Card>
  );
}

function TargetFindings({ planId, unitId }: { planId: string; unitId: string }) {
  const { t } = useTranslation('planning');
  const language = useLanguage();
  const paging = useCursorPaging(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(TargetFindingsQuery, {
    variables: { planId, unitId, first: PAGE_SIZE, after: paging.after },
  });
  const connection = data?.findings;
  return (
    <>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      <DataTable<FindingRow>
        rowKey="id"
        connection={connection}
        loading={loading}
        paging={paging}
        columns={[
          {
            title: t('findings.kind'),
            dataIndex: 'kind',
            width: 150,
            render: (kind: FindingKind) => t(`findings.kinds.${kind}`),
          },
          {
            title: t('findings.area'),
            key: 'area',
            width: 220,
            render: (_, finding) => (language === 'en' ? finding.area.nameEn : finding.area.nameVi),
          },
          { title: t('findings.text'), dataIndex: 'text' },
          {
            title: t('status'),
            dataIndex: 'status',
            width: 140,
            render: (status: FindingStatus) => t(`common:findingStatuses.${status}`),
          },
        ]}
      />
    </>
  );
}

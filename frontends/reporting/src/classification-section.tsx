import { useQuery } from '@apollo/client/react';
import {
  DocumentButton,
  documentPaths,
  formatNumber,
  i18n,
  ProblemAlert,
  useLanguage,
} from '@cchc/web-shared';
import { Flex, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileSlug } from './export.js';
import { ExportButtons } from './export-buttons.js';
import type { ReportingPlansOfYearQuery } from './generated/graphql.js';
import { PlansOfYearQuery } from './operations.js';
import { type DashboardScope, fileFilters } from './scope.js';
import { Section } from './section.js';
import { yearOf } from './selection.js';

type Plan = ReportingPlansOfYearQuery['inspectionPlans']['nodes'][number];
type Ranked = Plan['ranking'][number];

const CONCLUDED = new Set(['CONCLUDED', 'CLOSED']);

/**
 * The plans of the year that inspected the unit or units below it (or, for today's units, the units they were
 * formed from), each with its classification of those units and its documents.
 */
export function ClassificationSection({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation('reporting');
  const year = yearOf(scope.selection.period);
  const { data, loading, error, refetch } = useQuery(PlansOfYearQuery, {
    variables: { year, unitId: scope.unit.id, throughLineage: scope.throughLineage },
  });
  const roots = new Set([scope.unit.id, ...(data?.units?.nodes.map((unit) => unit.id) ?? [])]);
  const inScope = (unit: { id: string; ancestors: { id: string }[] }) =>
    roots.has(unit.id) || unit.ancestors.some((ancestor) => roots.has(ancestor.id));
  const plans = (data?.inspectionPlans.nodes ?? [])
    .map((plan) => {
      const units = new Set(
        plan.targets.filter((target) => inScope(target.unit)).map((target) => target.unit.id),
      );
      return { plan, rows: plan.ranking.filter((row) => units.has(row.unit.id)), inspected: units.size };
    })
    .filter((entry) => entry.inspected > 0);
  return (
    <Section testId="classification" title={t('classification.title', { year })}>
      <ProblemAlert error={error} onReload={() => void refetch()} />
      {data && plans.length === 0 && <Typography.Paragraph>{t('classification.empty')}</Typography.Paragraph>}
      {loading && !data && <Typography.Paragraph aria-busy="true">…</Typography.Paragraph>}
      {plans.map(({ plan, rows }) => (
        <PlanRanking key={plan.id} plan={plan} rows={rows} scope={scope} />
      ))}
    </Section>
  );
}

function PlanRanking({ plan, rows, scope }: { plan: Plan; rows: Ranked[]; scope: DashboardScope }) {
  const { t } = useTranslation('reporting');
  const language = useLanguage();
  const thresholds = plan.catalog.classificationThresholds;
  const gradeOf = (row: Ranked, lng: string) => {
    const threshold = thresholds.find((candidate) => candidate.classification === row.classification);
    if (!threshold) return i18n.t('reporting:classification.unclassified', { lng });
    return lng === 'en' ? threshold.nameEn : threshold.nameVi;
  };
  const vi = i18n.getFixedT('vi', 'reporting');
  const exported = () => ({
    title: `${vi('classification.fileTitle')} — ${plan.title}`,
    fileName: fileSlug(`xep-loai ${scope.unit.name} ${scope.selection.period}`),
    filters: fileFilters(scope),
    header: [
      vi('classification.rank'),
      vi('classification.unit'),
      vi('classification.total'),
      vi('classification.maxTotal'),
      vi('classification.classification'),
    ],
    rows: rows.map((row) => [row.rank, row.unit.fullName, row.total, row.maxTotal, gradeOf(row, 'vi')]),
  });
  return (
    <div data-testid={`plan-${plan.id}`} style={{ marginBottom: 24 }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {plan.title}
        </Typography.Title>
        <ExportButtons title={plan.title} table={exported} />
      </Flex>
      {!CONCLUDED.has(plan.status) && (
        <Typography.Paragraph>{t('classification.draft')}</Typography.Paragraph>
      )}
      <Space wrap style={{ margin: '8px 0 12px' }} align="start">
        <DocumentButton
          testId="report-docx"
          path={documentPaths.report(plan.id)}
          label={t('documents.report')}
        />
        <DocumentButton
          testId="findings-xlsx"
          path={documentPaths.findings(plan.id)}
          label={t('documents.findings')}
        />
      </Space>
      <Table<Ranked>
        size="small"
        rowKey={(row) => row.target.id}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('classification.unscored') }}
        columns={[
          { title: t('classification.rank'), key: 'rank', width: 80, render: (_, row) => row.rank },
          { title: t('classification.unit'), key: 'unit', render: (_, row) => row.unit.fullName },
          {
            title: t('classification.total'),
            key: 'total',
            align: 'right',
            width: 130,
            render: (_, row) => `${formatNumber(row.total)} / ${formatNumber(row.maxTotal)}`,
          },
          {
            title: t('classification.classification'),
            key: 'classification',
            width: 140,
            render: (_, row) => gradeOf(row, language),
          },
          {
            title: t('classification.notice'),
            key: 'notice',
            width: 220,
            render: (_, row) =>
              row.target.notice ? (
                <DocumentButton
                  testId={`notice-${row.unit.id}`}
                  path={documentPaths.notice(plan.id, row.unit.id)}
                  label={t('documents.notice')}
                  ariaLabel={t('documents.noticeOf', { unit: row.unit.fullName })}
                />
              ) : (
                t('classification.noNotice')
              ),
          },
        ]}
      />
    </div>
  );
}

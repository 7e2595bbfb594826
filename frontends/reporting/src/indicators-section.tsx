import { useQuery } from '@apollo/client/react';
import {
  formatNumber,
  IndicatorStatusTag,
  i18n,
  indicatorValueText,
  ProblemAlert,
  percentText,
  useLanguage,
} from '@cchc/web-shared';
import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from './chart.js';
import { fileSlug } from './export.js';
import { ExportButtons } from './export-buttons.js';
import { indicatorFileValue } from './format.js';
import type { ReportingUnitIndicatorsQuery } from './generated/graphql.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { UnitIndicatorsQuery } from './operations.js';
import { type DashboardScope, fileFilters } from './scope.js';
import { ChartAndTable, Section } from './section.js';

type Unit = NonNullable<ReportingUnitIndicatorsQuery['unit']>;
type Value = NonNullable<Unit['indicators']>[number];
type Group = NonNullable<Unit['score766']>['groups'][number];

/** The unit's indicators for the period against their targets, and its Decision 766 score by group. */
export function IndicatorsSection({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation('reporting');
  const catalog = useIndicatorCatalog();
  const { data, loading, error, refetch } = useQuery(UnitIndicatorsQuery, {
    // Today's units: without a date, a unit's figures from before it existed are its predecessors' (lineage).
    variables: {
      id: scope.unit.id,
      period: scope.selection.period,
      asOf: scope.throughLineage ? null : scope.asOf,
    },
  });
  const values = data?.unit?.indicators ?? [];
  const vi = i18n.getFixedT('vi', 'reporting');
  const viCommon = i18n.getFixedT('vi', 'common');
  const valueUnitOf = (code: string) => catalog.byCode.get(code)?.valueUnit ?? '';
  const targetText = (code: string) => {
    const indicator = catalog.byCode.get(code);
    if (!indicator) return '';
    const sign = indicator.direction === 'HIGHER_IS_BETTER' ? '≥' : '≤';
    return `${sign} ${indicatorValueText(indicator.target, indicator.valueUnit)}`;
  };
  const exported = () => ({
    title: `${vi('indicators.title')} — ${scope.unit.fullName}`,
    fileName: fileSlug(`chi-so ${scope.unit.name} ${scope.selection.period}`),
    filters: fileFilters(scope),
    header: [
      vi('indicators.indicator'),
      vi('indicators.value'),
      vi('indicators.valueUnit'),
      vi('indicators.status'),
      vi('indicators.target'),
      `${vi('indicators.coverage')} (%)`,
      vi('approximate'),
    ],
    rows: values.map((value) => [
      catalog.byCode.get(value.code)?.nameVi ?? value.code,
      indicatorFileValue(value.value, valueUnitOf(value.code)),
      vi(`valueUnitNames.${valueUnitOf(value.code) || 'RATIO'}`),
      viCommon(`indicatorStatuses.${value.status}`),
      targetText(value.code),
      indicatorFileValue(value.coverage, 'RATIO'),
      value.approximate ? vi('approximateShort') : '',
    ]),
  });
  return (
    <Section
      testId="indicators"
      title={t('indicators.title')}
      extra={<ExportButtons title={t('indicators.title')} table={exported} />}
    >
      <ProblemAlert error={error ?? catalog.error} onReload={() => void refetch()} />
      <Table<Value>
        size="small"
        rowKey="code"
        loading={loading && !data}
        dataSource={values}
        pagination={false}
        locale={{ emptyText: t('indicators.empty') }}
        onRow={(value) => ({ 'data-testid': `indicator-${value.code}` }) as object}
        columns={[
          { title: t('indicators.indicator'), key: 'name', render: (_, value) => catalog.nameOf(value.code) },
          {
            title: t('indicators.value'),
            key: 'value',
            align: 'right',
            width: 150,
            render: (_, value) => (
              <span data-testid="indicator-value">
                {value.approximate && <span title={t('approximate')}>{t('approximateShort')} </span>}
                {indicatorValueText(value.value, valueUnitOf(value.code))}
              </span>
            ),
          },
          {
            title: t('indicators.status'),
            key: 'status',
            width: 190,
            render: (_, value) => <IndicatorStatusTag status={value.status} />,
          },
          { title: t('indicators.target'), key: 'target', width: 120, render: (_, v) => targetText(v.code) },
          {
            title: t('indicators.coverage'),
            key: 'coverage',
            align: 'right',
            width: 120,
            render: (_, value) => percentText(value.coverage),
          },
        ]}
      />
      {values.some((value) => value.approximate) && (
        <Typography.Paragraph style={{ marginTop: 8 }}>{t('approximate')}</Typography.Paragraph>
      )}
      <ScoreCard scope={scope} score={data?.unit?.score766 ?? null} loaded={data !== undefined} />
    </Section>
  );
}

function ScoreCard(props: { scope: DashboardScope; score: Unit['score766']; loaded: boolean }) {
  const { t } = useTranslation('reporting');
  const language = useLanguage();
  const { score, scope } = props;
  const groups = score?.groups ?? [];
  const nameOf = (group: Group) => (language === 'en' ? group.nameEn : group.nameVi);
  const vi = i18n.getFixedT('vi', 'reporting');
  const exported = () => ({
    title: `${vi('score.title')} — ${scope.unit.fullName}`,
    fileName: fileSlug(`diem-766 ${scope.unit.name} ${scope.selection.period}`),
    filters: fileFilters(scope),
    header: [vi('score.group'), vi('score.points'), vi('score.maxPoints')],
    rows: [
      ...groups.map((group) => [group.nameVi, group.points, group.maxPoints]),
      ...(score ? [[vi('score.totalRow'), score.total, score.maxTotal]] : []),
    ],
  });
  return (
    <div data-testid="score-766" style={{ marginTop: 24 }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {t('score.title')}
        </Typography.Title>
        <ExportButtons title={t('score.title')} table={exported} />
      </Flex>
      {props.loaded && !score && <Typography.Paragraph>{t('score.empty')}</Typography.Paragraph>}
      {score && (
        <>
          <Typography.Paragraph strong data-testid="score-total" style={{ fontSize: 16, marginTop: 8 }}>
            {t('score.total', { total: formatNumber(score.total), max: formatNumber(score.maxTotal) })}
            {score.approximate && ` (${t('approximateShort')} ${t('score.approximate')})`}
          </Typography.Paragraph>
          <ChartAndTable
            chart={
              <Chart
                label={t('score.chart')}
                height={groups.length * 44 + 60}
                option={{
                  grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
                  tooltip: { trigger: 'axis', valueFormatter: (value) => formatNumber(Number(value)) },
                  legend: { top: 0 },
                  xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumber(value) } },
                  yAxis: {
                    type: 'category',
                    inverse: true,
                    data: groups.map(nameOf),
                    axisLabel: { width: 160, overflow: 'truncate' },
                  },
                  series: [
                    {
                      type: 'bar',
                      name: t('score.points'),
                      data: groups.map((g) => g.points),
                      color: '#0b5cad',
                    },
                    {
                      type: 'bar',
                      name: t('score.maxPoints'),
                      data: groups.map((g) => g.maxPoints),
                      color: '#bfbfbf',
                    },
                  ],
                }}
              />
            }
            table={
              <Table<Group>
                size="small"
                rowKey="code"
                dataSource={groups}
                pagination={false}
                columns={[
                  { title: t('score.group'), key: 'name', render: (_, group) => nameOf(group) },
                  {
                    title: t('score.points'),
                    key: 'points',
                    align: 'right',
                    render: (_, g) => formatNumber(g.points),
                  },
                  {
                    title: t('score.maxPoints'),
                    key: 'max',
                    align: 'right',
                    render: (_, g) => formatNumber(g.maxPoints),
                  },
                ]}
              />
            }
          />
        </>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import {
  IndicatorStatusTag,
  i18n,
  indicatorStatusColor,
  indicatorValueText,
  linkTo,
  ProblemAlert,
  percentText,
} from '@cchc/web-shared';
import { Segmented, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from './chart.js';
import { useChoices } from './choices.js';
import { fileSlug } from './export.js';
import { ExportButtons } from './export-buttons.js';
import { indicatorFileValue } from './format.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { MarkTag } from './labels.js';
import { ReadingsQuery } from './operations.js';
import { type RankedRow, type RankingGroup, rankingGroups, rankUnits } from './ranking.js';
import { type DashboardScope, fileFilters } from './scope.js';
import { ChartAndTable, Section } from './section.js';
import { periodBounds } from './selection.js';

export interface ChildUnit {
  id: string;
  name: string;
  fullName: string;
  kind: string;
  /** Part of its area came from a unit only partly merged into it. */
  partial: boolean;
}

type Row = RankedRow<ChildUnit>;

/** Bars shown at once before the chart scrolls. */
const BARS_IN_VIEW = 15;

/** The units below the unit ranked on one indicator, best and worst marked; a click drills down to a unit. */
export function RankingSection(props: {
  scope: DashboardScope;
  units: ChildUnit[];
  pathOf: (unitId: string) => string;
  onDrill: (unitId: string) => void;
}) {
  const { scope } = props;
  const { t } = useTranslation('reporting');
  const catalog = useIndicatorCatalog();
  const [choices, choose] = useChoices();
  const code = choices.ranking ?? catalog.indicators[0]?.code ?? '';
  const groups = rankingGroups(props.units);
  const group = groups.find(([key]) => key === choices.rankingGroup) ?? groups[0];
  const units = group?.[1] ?? [];
  const indicator = catalog.byCode.get(code);
  const { from, to } = periodBounds(scope.selection.period);
  const { data, loading, error, refetch } = useQuery(ReadingsQuery, {
    variables: { readings: units.map((unit) => ({ unitId: unit.id, indicatorCode: code, from, to })) },
    skip: !indicator || units.length === 0,
  });
  const rows = indicator ? rankUnits(units, data?.indicatorReadings ?? [], indicator.direction) : [];
  const valueUnit = indicator?.valueUnit ?? '';
  const ranked = rows.filter((row) => row.rank !== null);
  const vi = i18n.getFixedT('vi', 'reporting');
  const viCommon = i18n.getFixedT('vi', 'common');
  const unitName = (row: Row) => `${row.unit.partial ? `${t('approximateShort')} ` : ''}${row.unit.name}`;
  const exported = () => ({
    title: `${vi('ranking.title')} — ${scope.unit.fullName}`,
    fileName: fileSlug(`xep-hang ${scope.unit.name} ${code} ${scope.selection.period}`),
    filters: fileFilters(scope, [
      [vi('ranking.group'), group ? vi(`ranking.groups.${group[0]}`) : ''],
      [vi('file.indicator'), indicator?.nameVi ?? code],
    ]),
    header: [
      vi('ranking.rank'),
      vi('ranking.unit'),
      `${vi('ranking.value')} (${vi(`valueUnitNames.${valueUnit || 'RATIO'}`)})`,
      vi('ranking.status'),
      `${vi('ranking.coverage')} (%)`,
      '',
    ],
    rows: rows.map((row) => [
      row.rank,
      row.unit.fullName,
      indicatorFileValue(row.value, valueUnit),
      viCommon(`indicatorStatuses.${row.status}`),
      indicatorFileValue(row.coverage, 'RATIO'),
      row.mark ? vi(`ranking.${row.mark}`) : row.rank === null ? vi('ranking.unranked') : '',
    ]),
  });
  return (
    <Section
      testId="ranking"
      title={t('ranking.title')}
      extra={<ExportButtons title={t('ranking.title')} table={exported} />}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {groups.length > 1 && (
          <Segmented
            aria-label={t('ranking.group')}
            value={group?.[0]}
            onChange={(rankingGroup) => choose({ rankingGroup: rankingGroup as RankingGroup })}
            options={groups.map(([key, members]) => ({
              value: key,
              label: `${t(`ranking.groups.${key}`)} (${members.length})`,
            }))}
          />
        )}
        <label htmlFor="ranking-indicator">{t('ranking.pick')}</label>
        <Select
          id="ranking-indicator"
          value={code || undefined}
          onChange={(ranking: string) => choose({ ranking })}
          style={{ minWidth: 320, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
          showSearch={{ optionFilterProp: 'label' }}
          options={catalog.indicators.map((candidate) => ({
            value: candidate.code,
            label: catalog.nameOf(candidate.code),
          }))}
        />
      </Space>
      <ProblemAlert error={error ?? catalog.error} onReload={() => void refetch()} />
      {units.length === 0 ? (
        <Typography.Paragraph>{t('ranking.empty')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph>{t('ranking.drill')}</Typography.Paragraph>
          <ChartAndTable
            chart={
              <Chart
                label={t('ranking.chart', { count: ranked.length, indicator: catalog.nameOf(code) })}
                height={Math.max(200, Math.min(ranked.length, BARS_IN_VIEW) * 26 + 60)}
                onSelect={(index) => {
                  const row = ranked[index];
                  if (row) props.onDrill(row.unit.id);
                }}
                option={{
                  grid: {
                    left: 8,
                    right: ranked.length > BARS_IN_VIEW ? 40 : 16,
                    top: 8,
                    bottom: 8,
                    containLabel: true,
                  },
                  tooltip: {
                    trigger: 'item',
                    valueFormatter: (value) => indicatorValueText(Number(value), valueUnit),
                  },
                  xAxis: {
                    type: 'value',
                    axisLabel: {
                      formatter: (value: number) =>
                        valueUnit === 'RATIO' ? percentText(value) : indicatorValueText(value, valueUnit),
                    },
                  },
                  yAxis: { type: 'category', inverse: true, data: ranked.map(unitName) },
                  dataZoom:
                    ranked.length > BARS_IN_VIEW
                      ? [
                          {
                            type: 'slider',
                            yAxisIndex: 0,
                            startValue: 0,
                            endValue: BARS_IN_VIEW - 1,
                            right: 8,
                            width: 16,
                          },
                        ]
                      : [],
                  series: [
                    {
                      type: 'bar',
                      name: catalog.nameOf(code),
                      data: ranked.map((row) => ({
                        value: row.value,
                        itemStyle: { color: indicatorStatusColor(row.status) },
                      })),
                    },
                  ],
                }}
              />
            }
            table={
              <Table<Row>
                size="small"
                rowKey={(row) => row.unit.id}
                loading={loading && !data}
                dataSource={rows}
                pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                onRow={(row) => ({ 'data-testid': `ranked-${row.unit.id}` }) as object}
                columns={[
                  {
                    title: t('ranking.rank'),
                    key: 'rank',
                    width: 80,
                    sorter: (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
                    render: (_, row) => row.rank ?? '–',
                  },
                  {
                    title: t('ranking.unit'),
                    key: 'unit',
                    sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
                    render: (_, row) => (
                      <Space wrap size={4}>
                        <a {...linkTo(props.pathOf(row.unit.id))}>{unitName(row)}</a>
                        {row.mark && <MarkTag mark={row.mark} />}
                      </Space>
                    ),
                  },
                  {
                    title: t('ranking.value'),
                    key: 'value',
                    align: 'right',
                    width: 130,
                    render: (_, row) => (
                      <span data-testid="ranked-value">{indicatorValueText(row.value, valueUnit)}</span>
                    ),
                  },
                  {
                    title: t('ranking.status'),
                    key: 'status',
                    width: 190,
                    render: (_, row) => <IndicatorStatusTag status={row.status} />,
                  },
                  {
                    title: t('ranking.coverage'),
                    key: 'coverage',
                    align: 'right',
                    width: 110,
                    sorter: (a, b) => a.coverage - b.coverage,
                    render: (_, row) => percentText(row.coverage),
                  },
                ]}
              />
            }
          />
          {units.some((unit) => unit.partial) && (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              {t('ranking.note', { mark: t('approximateShort') })}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Section>
  );
}

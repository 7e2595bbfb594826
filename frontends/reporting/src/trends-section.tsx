import { useQuery } from '@apollo/client/react';
import { i18n, indicatorValueText, ProblemAlert, percentText } from '@cchc/web-shared';
import { Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from './chart.js';
import { useChoices } from './choices.js';
import { fileSlug } from './export.js';
import { ExportButtons } from './export-buttons.js';
import { indicatorFileValue } from './format.js';
import { useIndicatorCatalog } from './indicator-catalog.js';
import { ReadingsQuery } from './operations.js';
import { type DashboardScope, fileFilters } from './scope.js';
import { ChartAndTable, Section } from './section.js';
import { monthsOf } from './selection.js';

/** How many rates a trend follows at first: the catalogue's first ones. */
const FIRST_FOLLOWED = 3;

const monthText = (month: string) => month.split('-').reverse().join('/');

/** Chosen rates month by month over the period: one request for every month and indicator. */
export function TrendsSection({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation('reporting');
  const catalog = useIndicatorCatalog();
  // Rates only: one percentage axis reads them all.
  const rates = catalog.indicators.filter((indicator) => indicator.valueUnit === 'RATIO');
  const [choices, choose] = useChoices();
  const codes = choices.trend ?? rates.slice(0, FIRST_FOLLOWED).map((indicator) => indicator.code);
  const months = monthsOf(scope.selection.period);
  // Apollo compares variables by value: the same months and codes ask nothing again.
  const readings = months.flatMap((month) =>
    codes.map((code) => ({
      unitId: scope.unit.id,
      indicatorCode: code,
      from: `${month}-01`,
      to: `${month}-01`,
    })),
  );
  const { data, loading, error, refetch } = useQuery(ReadingsQuery, {
    variables: { readings },
    skip: readings.length === 0,
  });
  const readingOf = (code: string, month: string) =>
    data?.indicatorReadings.find(
      (reading) => reading.indicatorCode === code && reading.from.startsWith(month),
    )?.value ?? null;
  const vi = i18n.getFixedT('vi', 'reporting');
  const exported = () => ({
    title: `${vi('trends.title')} — ${scope.unit.fullName}`,
    fileName: fileSlug(`dien-bien ${scope.unit.name} ${scope.selection.period}`),
    filters: fileFilters(scope),
    header: [vi('trends.month'), ...codes.map((code) => `${catalog.byCode.get(code)?.nameVi ?? code} (%)`)],
    rows: months.map((month) => [
      monthText(month),
      ...codes.map((code) => indicatorFileValue(readingOf(code, month), 'RATIO')),
    ]),
  });
  return (
    <Section
      testId="trends"
      title={t('trends.title')}
      extra={<ExportButtons title={t('trends.title')} table={exported} />}
    >
      <label htmlFor="trend-indicators">{t('trends.pick')}</label>
      <Select
        id="trend-indicators"
        mode="multiple"
        value={codes}
        onChange={(trend: string[]) => choose({ trend })}
        style={{ width: '100%', margin: '4px 0 16px' }}
        options={rates.map((indicator) => ({ value: indicator.code, label: catalog.nameOf(indicator.code) }))}
        optionFilterProp="label"
      />
      <ProblemAlert error={error ?? catalog.error} onReload={() => void refetch()} />
      {codes.length === 0 ? (
        t('trends.empty')
      ) : (
        <ChartAndTable
          chart={
            <Chart
              label={t('trends.chart', { indicators: codes.map(catalog.nameOf).join('; ') })}
              height={320}
              option={{
                grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
                tooltip: {
                  trigger: 'axis',
                  valueFormatter: (value) =>
                    value === null || value === undefined ? '' : percentText(Number(value)),
                },
                legend: { type: 'scroll', top: 0 },
                xAxis: { type: 'category', data: months.map(monthText) },
                yAxis: { type: 'value', axisLabel: { formatter: (value: number) => percentText(value) } },
                series: codes.map((code) => ({
                  type: 'line',
                  name: catalog.nameOf(code),
                  connectNulls: false,
                  data: months.map((month) => readingOf(code, month)),
                })),
              }}
            />
          }
          table={
            <Table<string>
              size="small"
              rowKey={(month) => month}
              loading={loading && !data}
              dataSource={months}
              pagination={false}
              scroll={{ x: true }}
              columns={[
                {
                  title: t('trends.month'),
                  key: 'month',
                  render: (_, month) => monthText(month),
                  fixed: 'left',
                },
                ...codes.map((code) => ({
                  title: catalog.nameOf(code),
                  key: code,
                  align: 'right' as const,
                  render: (_: unknown, month: string) => indicatorValueText(readingOf(code, month), 'RATIO'),
                })),
              ]}
            />
          }
        />
      )}
    </Section>
  );
}

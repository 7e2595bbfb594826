import { formatNumber } from '@cchc/web-shared';
import { Flex, Table, Typography } from 'antd';
import { Chart } from './chart.js';
import type { TableExport } from './export.js';
import { ExportButtons } from './export-buttons.js';
import { ChartAndTable } from './section.js';

export interface CountRow {
  key: string;
  /** In the user's language. */
  label: string;
  /** In Vietnamese, for files. */
  labelVi: string;
  count: number;
  color?: string;
}

/** Counts along one dimension (area, kind, status…): a bar chart with its table beside it, downloadable. */
export function CountsBlock(props: {
  title: string;
  countHeader: string;
  chartLabel: string;
  rows: CountRow[];
  loading: boolean;
  testId: string;
  empty: string;
  /** The file of the table, from its Vietnamese rows. */
  exported: (rows: CountRow[]) => TableExport;
  /** A second column (e.g. the share of the total). */
  extraColumn?: { title: string; render: (row: CountRow) => string };
}) {
  const { rows } = props;
  return (
    <div data-testid={props.testId} style={{ marginBottom: 24 }}>
      <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {props.title}
        </Typography.Title>
        <ExportButtons title={props.title} table={() => props.exported(rows)} />
      </Flex>
      <ChartAndTable
        chart={
          <Chart
            label={props.chartLabel}
            height={Math.max(160, rows.length * 32 + 40)}
            option={{
              grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
              tooltip: { trigger: 'item', valueFormatter: (value) => formatNumber(Number(value)) },
              xAxis: {
                type: 'value',
                minInterval: 1,
                axisLabel: { formatter: (v: number) => formatNumber(v) },
              },
              yAxis: {
                type: 'category',
                inverse: true,
                data: rows.map((row) => row.label),
                axisLabel: { width: 200, overflow: 'truncate' },
              },
              series: [
                {
                  type: 'bar',
                  name: props.countHeader,
                  label: {
                    show: true,
                    position: 'right',
                    formatter: ({ value }) => formatNumber(Number(value)),
                  },
                  data: rows.map((row) => ({
                    value: row.count,
                    itemStyle: { color: row.color ?? '#0b5cad' },
                  })),
                },
              ],
            }}
          />
        }
        table={
          <Table<CountRow>
            size="small"
            rowKey="key"
            loading={props.loading}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: props.empty }}
            columns={[
              { title: props.title, key: 'label', render: (_, row) => row.label },
              {
                title: props.countHeader,
                key: 'count',
                align: 'right',
                width: 110,
                render: (_, row) => formatNumber(row.count),
              },
              ...(props.extraColumn
                ? [
                    {
                      title: props.extraColumn.title,
                      key: 'extra',
                      align: 'right' as const,
                      width: 110,
                      render: (_: unknown, row: CountRow) => props.extraColumn!.render(row),
                    },
                  ]
                : []),
            ]}
          />
        }
      />
    </div>
  );
}

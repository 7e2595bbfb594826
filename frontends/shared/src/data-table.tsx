import { Button, Empty, Flex, Table, type TableProps, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './i18n.js';

/**
 * Page after page through a Relay connection with opaque cursors: the cursor each visited page started
 * after is kept, so "previous" goes back without the client computing cursors.
 */
export function useCursorPaging(pageSize: number) {
  const [starts, setStarts] = useState<(string | null)[]>([null]);
  const index = starts.length - 1;
  return {
    pageSize,
    /** The `after` argument of the page to show. */
    after: starts[index] ?? null,
    offset: index * pageSize,
    next: useCallback((endCursor: string) => setStarts((previous) => [...previous, endCursor]), []),
    previous: useCallback(
      () => setStarts((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous)),
      [],
    ),
    /** Back to the first page (the filter or the order changed). */
    reset: useCallback(() => setStarts([null]), []),
  };
}

export type CursorPaging = ReturnType<typeof useCursorPaging>;

export interface TableQuery {
  filters: Record<string, (string | number | boolean)[] | null>;
  sort: { field: string; order: 'ascend' | 'descend' } | null;
}

/** A page of a Relay connection, as the API answers it. */
export interface Connection<Row> {
  nodes: Row[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface DataTableProps<Row> {
  columns: NonNullable<TableProps<Row>['columns']>;
  /** The page shown; undefined until the first answer. */
  connection: Connection<Row> | undefined;
  rowKey: keyof Row & string;
  loading: boolean;
  paging: CursorPaging;
  /** Filters and sort are applied by the server: a change goes back to the first page. */
  onQueryChange?: (query: TableQuery) => void;
  caption?: string;
  /** What an empty table says instead of "no data" (e.g. which filters hide the rows). */
  empty?: ReactNode;
}

/** A table whose paging, sorting and filters run on the server, with loading and empty states. */
export function DataTable<Row extends object>(props: DataTableProps<Row>) {
  const { t } = useTranslation('common');
  const { paging, connection } = props;
  const rows = connection?.nodes ?? [];
  const totalCount = connection?.totalCount ?? 0;
  const endCursor = connection?.pageInfo.endCursor;
  const onChange: TableProps<Row>['onChange'] = (_pagination, filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Row> | undefined;
    paging.reset();
    props.onQueryChange?.({
      filters: filters as TableQuery['filters'],
      sort: single?.order ? { field: String(single.field ?? single.columnKey), order: single.order } : null,
    });
  };
  const from = totalCount === 0 ? 0 : paging.offset + 1;
  const to = paging.offset + rows.length;
  return (
    <Flex vertical gap="small">
      <Table<Row>
        columns={props.columns}
        dataSource={rows}
        rowKey={props.rowKey}
        loading={props.loading}
        pagination={false}
        onChange={onChange}
        size="middle"
        title={props.caption ? () => <Typography.Text strong>{props.caption}</Typography.Text> : undefined}
        locale={{
          emptyText: props.loading ? ' ' : (props.empty ?? <Empty description={t('table.empty')} />),
        }}
      />
      <Flex justify="flex-end" align="center" gap="small">
        <Typography.Text type="secondary" data-testid="table-range">
          {t('table.range', {
            from: formatNumber(from),
            to: formatNumber(to),
            total: formatNumber(totalCount),
          })}
        </Typography.Text>
        <Button onClick={paging.previous} disabled={paging.offset === 0 || props.loading}>
          {t('table.previous')}
        </Button>
        <Button
          onClick={() => endCursor && paging.next(endCursor)}
          disabled={!connection?.pageInfo.hasNextPage || !endCursor || props.loading}
        >
          {t('table.next')}
        </Button>
      </Flex>
    </Flex>
  );
}

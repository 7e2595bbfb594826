import { FINDING_KIND_COLORS, FINDING_KINDS } from '@cchc/web-shared';
import { type TableColumnType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, FindingKind } from './generated/graphql.js';

/** Most pressing first: what is late, what is still to do, what waits for the inspectors, what is done. */
export const ACTION_STATUSES: ActionStatus[] = ['OVERDUE', 'OPEN', 'REPORTED', 'VERIFIED'];

/** Solid tags with white text, dark enough for AA contrast. */
const ACTION_STATUS_COLORS: Record<ActionStatus, string> = {
  OVERDUE: '#a8071a',
  OPEN: '#0b5cad',
  REPORTED: '#531dab',
  VERIFIED: '#237804',
};

/** A value as a solid coloured tag, in the words under `words` (`common:findingKinds`, `unitSide.statuses`). */
function ValueTag<Value extends string>(props: {
  value: Value;
  colors: Record<Value, string>;
  words: string;
}) {
  const { t } = useTranslation('findings');
  const key: string = `${props.words}.${props.value}`;
  return (
    <Tag variant="solid" color={props.colors[props.value]}>
      {t(key)}
    </Tag>
  );
}

export const KindTag = ({ kind }: { kind: FindingKind }) => (
  <ValueTag value={kind} colors={FINDING_KIND_COLORS} words="common:findingKinds" />
);

/** A corrective action's status in the unit's words. */
export const ActionStatusTag = ({ status }: { status: ActionStatus }) => (
  <ValueTag value={status} colors={ACTION_STATUS_COLORS} words="unitSide.statuses" />
);

/** A column of a table the server filters: each row's value in the words under `words`, filtered on the values picked. */
export function wordsColumn<Row, Value extends string>(
  t: (key: string) => string,
  column: Pick<TableColumnType<Row>, 'title' | 'key' | 'width'> & {
    values: Value[];
    words: string;
    filteredValue: Value[] | null;
    /** Null when the service that knows it could not answer: the cell stays empty. */
    rowValue: (row: Row) => Value | null;
  },
): TableColumnType<Row> {
  const { values, words, rowValue, ...shown } = column;
  return {
    ...shown,
    filters: values.map((value) => ({ value, text: t(`${words}.${value}`) })),
    render: (_, row) => {
      const value = rowValue(row);
      return value === null ? '' : t(`${words}.${value}`);
    },
  };
}

/** The kind column of a table the server filters: a tag per finding, filtered on the kinds picked. */
export function useKindColumn<Row extends { kind: FindingKind }>(
  filteredValue: FindingKind[] | null,
): TableColumnType<Row> {
  const { t } = useTranslation('findings');
  return {
    ...wordsColumn<Row, FindingKind>(t, {
      title: t('kind'),
      key: 'kind',
      width: 150,
      values: FINDING_KINDS,
      words: 'common:findingKinds',
      filteredValue,
      rowValue: (row) => row.kind,
    }),
    render: (_, row) => <KindTag kind={row.kind} />,
  };
}

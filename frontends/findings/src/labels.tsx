import { type TableColumnType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, EvidenceVerdict, FindingKind } from './generated/graphql.js';

export const FINDING_KINDS: FindingKind[] = ['STRENGTH', 'LIMITATION', 'VIOLATION'];
export const VERDICTS: EvidenceVerdict[] = ['CONSISTENT', 'CONTRADICTED', 'REVISED', 'NOT_MEASURED'];
/** Most pressing first: what is late, what is still to do, what waits for the inspectors, what is done. */
export const ACTION_STATUSES: ActionStatus[] = ['OVERDUE', 'OPEN', 'REPORTED', 'VERIFIED'];

/** Solid tags with white text, dark enough for AA contrast. */
const KIND_COLORS: Record<FindingKind, string> = {
  STRENGTH: '#237804',
  LIMITATION: '#873800',
  VIOLATION: '#a8071a',
};
const ACTION_STATUS_COLORS: Record<ActionStatus, string> = {
  OVERDUE: '#a8071a',
  OPEN: '#0b5cad',
  REPORTED: '#531dab',
  VERIFIED: '#237804',
};

/** A value as a solid coloured tag, in the words under `words` (`kinds`, `unitSide.statuses`). */
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
  <ValueTag value={kind} colors={KIND_COLORS} words="kinds" />
);

/** A corrective action's status in the unit's words. */
export const ActionStatusTag = ({ status }: { status: ActionStatus }) => (
  <ValueTag value={status} colors={ACTION_STATUS_COLORS} words="unitSide.statuses" />
);

/** The kind column of a table the server filters: a tag per finding, filtered on the kinds picked. */
export function useKindColumn<Row extends { kind: FindingKind }>(
  filteredValue: FindingKind[] | null,
): TableColumnType<Row> {
  const { t } = useTranslation('findings');
  return {
    title: t('kind'),
    key: 'kind',
    width: 150,
    filters: FINDING_KINDS.map((kind) => ({ value: kind, text: t(`kinds.${kind}`) })),
    filteredValue,
    render: (_, row) => <KindTag kind={row.kind} />,
  };
}

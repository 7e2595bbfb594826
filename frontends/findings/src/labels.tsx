import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvidenceVerdict, FindingKind } from './generated/graphql.js';

export const FINDING_KINDS: FindingKind[] = ['STRENGTH', 'LIMITATION', 'VIOLATION'];
export const VERDICTS: EvidenceVerdict[] = ['CONSISTENT', 'CONTRADICTED', 'REVISED', 'NOT_MEASURED'];

/** Solid tags with white text, dark enough for AA contrast. */
const KIND_COLORS: Record<FindingKind, string> = {
  STRENGTH: '#237804',
  LIMITATION: '#873800',
  VIOLATION: '#a8071a',
};

export function KindTag({ kind }: { kind: FindingKind }) {
  const { t } = useTranslation('findings');
  return (
    <Tag variant="solid" color={KIND_COLORS[kind]}>
      {t(`kinds.${kind}`)}
    </Tag>
  );
}

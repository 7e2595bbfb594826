import type { FindingFields } from './finding-fields.js';
import { findingInputOf } from './finding-form.js';
import type { FindingContentFragment as FindingContent, FindingInput } from './generated/graphql.js';

/** A stored finding as the edit form holds it; its first observed figure stands for its observed evidence. */
export function fieldsOfFinding(finding: FindingContent): FindingFields {
  const [figure] = finding.evidence;
  return {
    kind: finding.kind,
    severity: finding.severity,
    criterionCode: finding.criterion?.code ?? null,
    text: finding.text,
    evidenceKind: finding.evidenceReading ? 'indicator' : figure ? 'observed' : 'none',
    indicatorCode: finding.evidenceReading?.indicatorCode,
    observedLabel: figure?.label,
    observedValue: figure?.value ?? null,
  };
}

const sameFigure = (a: FindingFields, b: FindingFields) =>
  a.observedLabel?.trim() === b.observedLabel?.trim() && a.observedValue === b.observedValue;

/**
 * What an edit sends over the stored finding: "none" removes its evidence; an unchanged indicator keeps the
 * reading taken when it was written (sent again, the server might read other months); an unchanged observed
 * figure keeps all the finding's figures (the form shows only the first).
 */
export function findingUpdateOf(stored: FindingContent, fields: FindingFields): FindingInput {
  const input = findingInputOf(stored.area.code, fields);
  const before = fieldsOfFinding(stored);
  const keepReading = fields.evidenceKind === 'indicator' && fields.indicatorCode === before.indicatorCode;
  const keepFigures =
    fields.evidenceKind === 'observed' && before.evidenceKind === 'observed' && sameFigure(fields, before);
  return {
    ...input,
    reading: keepReading ? undefined : (input.reading ?? null),
    evidence: keepFigures ? undefined : (input.evidence ?? []),
  };
}

/** The parts of a finding the conflict view sets side by side. */
export const COMPARED = ['kind', 'severity', 'criterion', 'text', 'evidence'] as const;
export type Compared = (typeof COMPARED)[number];

const comparable = (fields: FindingFields): Record<Compared, unknown> => ({
  kind: fields.kind,
  severity: fields.severity,
  criterion: fields.criterionCode ?? null,
  text: fields.text.trim(),
  evidence:
    fields.evidenceKind === 'indicator'
      ? ['indicator', fields.indicatorCode]
      : fields.evidenceKind === 'observed'
        ? ['observed', fields.observedLabel?.trim(), fields.observedValue]
        : ['none'],
});

/** Where the saved version and the user's differ. */
export function differingParts(theirs: FindingFields, mine: FindingFields): Set<Compared> {
  const [a, b] = [comparable(theirs), comparable(mine)];
  return new Set(COMPARED.filter((part) => JSON.stringify(a[part]) !== JSON.stringify(b[part])));
}

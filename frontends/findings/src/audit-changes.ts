import { i18n } from '@cchc/web-shared';
import { type Figure, figuresText, type Reading, readingText } from './evidence-text.js';

/** What the audit log keeps of a finding's fields, each as [before, after]. */
export type AuditChanges = Record<string, [unknown, unknown] | undefined>;

/** One field's change in the user's words. */
export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

/** Names the log's ids and codes: the plan's catalogue (areas, criteria by id) and the indicator catalogue. */
export interface ChangeNames {
  areaName(id: string): string | undefined;
  criterionName(id: string): string | undefined;
  indicator(code: string): { name: string; valueUnit: string } | undefined;
}

const word = (key: string) => i18n.t(`findings:${key}`);
const commonWord = (key: string) => i18n.t(`common:${key}`);
const nothing = () => word('detail.history.nothing');

/**
 * How each field the user knows reads, keyed as the log names it; the log's other fields (version, times,
 * search text, ids of the plan, target and unit) say nothing a reader needs and are left out.
 */
const READERS: Record<string, (value: unknown, names: ChangeNames) => string | undefined> = {
  kind: (value) => commonWord(`findingKinds.${value}`),
  severity: (value) => word(`severities.${value}`),
  text: (value) => String(value),
  criterionId: (value, names) => names.criterionName(String(value)),
  areaId: (value, names) => names.areaName(String(value)),
  evidence: (value) => figuresText(value as Figure[]) || undefined,
  evidenceReading: (value, names) => {
    const reading = value as Reading;
    return readingText(reading, names.indicator(reading.indicatorCode));
  },
  status: (value) => commonWord(`findingStatuses.${value}`),
};

const FIELD_OF: Record<string, string> = { criterionId: 'criterion', areaId: 'area' };

/** The changes of one audit entry as lines a reader understands: field, value before, value after. */
export function changeLinesOf(changes: AuditChanges, names: ChangeNames): ChangeLine[] {
  return Object.entries(READERS).flatMap(([key, read]) => {
    const change = changes[key];
    if (!change) return [];
    const say = (value: unknown) => (value === null || value === undefined ? undefined : read(value, names));
    return [
      {
        field: word(`detail.history.fields.${FIELD_OF[key] ?? key}`),
        before: say(change[0]) ?? nothing(),
        after: say(change[1]) ?? nothing(),
      },
    ];
  });
}

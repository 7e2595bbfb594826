import type { Classification } from './classification.js';
import { FindingKind } from './enums.js';

export interface NoticeAction {
  requiredAction: string;
  deadline: string;
  responsibleUnitId: string;
  /** Who answers for it, as a notice names them (the head of the inspected unit, or of another unit). */
  responsibleRole: string;
}

/** What a conclusion notice (thông báo kết luận) to one unit says; stored as issued. */
export interface NoticeContent {
  strengths: string[];
  limitations: string[];
  classification: Classification | null;
  total: number;
  maxTotal: number;
  actions: NoticeAction[];
}

export const INSPECTED_UNIT_HEAD = 'Thủ trưởng cơ quan, đơn vị được kiểm tra';
export const OTHER_UNIT_HEAD = 'Thủ trưởng cơ quan, đơn vị được giao khắc phục';

/**
 * A unit's notice from its findings (strengths; limitations and violations), its assessment, and the corrective
 * actions of its findings, earliest deadline first.
 */
export function noticeContent(
  unitId: string,
  findings: readonly { id: string; kind: FindingKind; text: string }[],
  actions: readonly {
    findingId: string;
    requiredAction: string;
    deadline: string;
    responsibleUnitId: string;
  }[],
  assessment: { classification: Classification | null; total: number; maxTotal: number },
): NoticeContent {
  const own = new Set(findings.map((f) => f.id));
  return {
    strengths: findings.filter((f) => f.kind === FindingKind.STRENGTH).map((f) => f.text),
    limitations: findings.filter((f) => f.kind !== FindingKind.STRENGTH).map((f) => f.text),
    classification: assessment.classification,
    total: assessment.total,
    maxTotal: assessment.maxTotal,
    actions: actions
      .filter((a) => own.has(a.findingId))
      .sort((a, b) => a.deadline.localeCompare(b.deadline))
      .map((a) => ({
        requiredAction: a.requiredAction,
        deadline: a.deadline,
        responsibleUnitId: a.responsibleUnitId,
        responsibleRole: a.responsibleUnitId === unitId ? INSPECTED_UNIT_HEAD : OTHER_UNIT_HEAD,
      })),
  };
}

import { badInput } from '@cchc/kit';
import { PlanStatus } from './enums.js';

/** The only moves a plan can make; APPROVED may go back to DRAFT to be revised. */
const ALLOWED: Record<PlanStatus, PlanStatus[]> = {
  [PlanStatus.DRAFT]: [PlanStatus.APPROVED],
  [PlanStatus.APPROVED]: [PlanStatus.IN_PROGRESS, PlanStatus.DRAFT],
  [PlanStatus.IN_PROGRESS]: [PlanStatus.CONCLUDED],
  [PlanStatus.CONCLUDED]: [PlanStatus.CLOSED],
  [PlanStatus.CLOSED]: [],
};

export function allowedTransitions(from: PlanStatus): PlanStatus[] {
  return ALLOWED[from];
}

export interface PlanFacts {
  hasLead: boolean;
  targetCount: number;
  hasConclusion: boolean;
}

/** Checks a status change, naming the reason when it is refused. */
export function assertTransition(from: PlanStatus, to: PlanStatus, facts: PlanFacts): void {
  if (!ALLOWED[from].includes(to)) {
    const allowed = ALLOWED[from];
    throw badInput(
      'status',
      `A plan cannot go from ${from} to ${to}; from ${from} it can go to ${allowed.length ? allowed.join(' or ') : 'nothing (it is closed)'}`,
    );
  }
  if (to === PlanStatus.APPROVED && (!facts.hasLead || facts.targetCount === 0)) {
    throw badInput(
      'status',
      'A plan needs a team lead (trưởng đoàn) and at least one target unit before approval',
    );
  }
  if (to === PlanStatus.CONCLUDED && !facts.hasConclusion) {
    throw badInput('status', 'A plan needs its conclusion (thông báo kết luận) before it is concluded');
  }
}

/**
 * What a write changes of a plan: its own fields (`details`), its team and targets (`composition`), the field
 * work (`findings`: visits, findings and their corrective actions, scores, dismissed alerts), and the
 * `conclusion` with the notices issued from it. Reports on corrective actions and their verification follow the
 * actions, whatever their plan's status.
 */
export type PlanPart = 'details' | 'composition' | 'findings' | 'conclusion';

/**
 * The plan, its team and targets can change until the inspection has started (plan → team → visits): they are
 * what was approved. Findings and the conclusion only while the inspection runs or is being concluded.
 */
const EDITABLE: Record<PlanPart, readonly PlanStatus[]> = {
  details: [PlanStatus.DRAFT, PlanStatus.APPROVED],
  composition: [PlanStatus.DRAFT, PlanStatus.APPROVED],
  findings: [PlanStatus.IN_PROGRESS, PlanStatus.CONCLUDED],
  conclusion: [PlanStatus.IN_PROGRESS, PlanStatus.CONCLUDED],
};

/** Refuses a write to a part of a plan its status closes (every write to a plan passes here). */
export function assertPlanEditable(status: PlanStatus, part: PlanPart): void {
  if (EDITABLE[part].includes(status)) return;
  if (part === 'details') throw badInput('id', `A ${status} plan cannot be edited`);
  throw badInput('planId', `The ${part} of a ${status} plan cannot be changed`);
}

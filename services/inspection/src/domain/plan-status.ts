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

/** Team and targets can change until the inspection has started; findings only while it runs or is being concluded. */
export function assertPlanEditable(
  status: PlanStatus,
  what: 'composition' | 'findings' | 'conclusion',
): void {
  const open: Record<typeof what, PlanStatus[]> = {
    composition: [PlanStatus.DRAFT, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS],
    findings: [PlanStatus.IN_PROGRESS, PlanStatus.CONCLUDED],
    conclusion: [PlanStatus.IN_PROGRESS, PlanStatus.CONCLUDED],
  };
  if (!open[what].includes(status)) {
    throw badInput('planId', `The ${what} of a ${status} plan cannot be changed`);
  }
}

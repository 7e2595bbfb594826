import { badInput } from '@cchc/kit';

/** DRAFT (the unit edits) → SUBMITTED → APPROVED (by the province) → LOCKED (the month is closed). */
export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  LOCKED = 'LOCKED',
}

/** Statuses whose figures count in indicators: a draft is not a figure yet. */
export const COUNTED_STATUSES = [
  SubmissionStatus.SUBMITTED,
  SubmissionStatus.APPROVED,
  SubmissionStatus.LOCKED,
];

/** What partner agencies see: figures the province has approved. */
export const PUBLISHED_STATUSES = [SubmissionStatus.APPROVED, SubmissionStatus.LOCKED];

export type SubmissionStep = 'SAVE' | 'SUBMIT' | 'APPROVE' | 'RETURN' | 'LOCK';

const FROM: Record<SubmissionStep, SubmissionStatus[]> = {
  SAVE: [SubmissionStatus.DRAFT],
  SUBMIT: [SubmissionStatus.DRAFT],
  APPROVE: [SubmissionStatus.SUBMITTED],
  RETURN: [SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED],
  LOCK: [SubmissionStatus.APPROVED],
};
const TO: Record<SubmissionStep, SubmissionStatus> = {
  SAVE: SubmissionStatus.DRAFT,
  SUBMIT: SubmissionStatus.SUBMITTED,
  APPROVE: SubmissionStatus.APPROVED,
  RETURN: SubmissionStatus.DRAFT,
  LOCK: SubmissionStatus.LOCKED,
};

/** The statuses a step applies to and the status it leads to, for a step taken on many unit-months at once. */
export const transitionOf = (step: SubmissionStep) => ({ from: FROM[step], to: TO[step] });

/** The status after a step, or BAD_USER_INPUT saying why the step is not possible now. */
export function nextStatus(current: SubmissionStatus, step: SubmissionStep): SubmissionStatus {
  if (current === SubmissionStatus.LOCKED) {
    throw badInput('period', 'This month is locked: its figures can no longer change');
  }
  if (!FROM[step].includes(current)) {
    throw badInput(
      'status',
      `Figures that are ${current} cannot be ${step.toLowerCase()}ed; they must be ${FROM[step].join(' or ')}`,
    );
  }
  return TO[step];
}

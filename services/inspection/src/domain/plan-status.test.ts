import { DomainError } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { PlanStatus } from './enums.js';
import { allowedTransitions, assertPlanEditable, assertTransition } from './plan-status.js';

const ready = { hasLead: true, targetCount: 3, hasConclusion: true };
const ALLOWED = new Set([
  'DRAFT→APPROVED',
  'APPROVED→IN_PROGRESS',
  'APPROVED→DRAFT',
  'IN_PROGRESS→CONCLUDED',
  'CONCLUDED→CLOSED',
]);
const statuses = Object.values(PlanStatus);
const pairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

describe('the plan status machine', () => {
  it.each(pairs)('%s → %s is allowed only if it is one of the five moves', (from, to) => {
    const move = () => assertTransition(from, to, ready);
    if (ALLOWED.has(`${from}→${to}`)) expect(move).not.toThrow();
    else expect(move).toThrow(new RegExp(`cannot go from ${from} to ${to}`));
  });

  it('says where a refused plan can go instead', () => {
    expect(() => assertTransition(PlanStatus.DRAFT, PlanStatus.CLOSED, ready)).toThrow(
      'it can go to APPROVED',
    );
    expect(() => assertTransition(PlanStatus.CLOSED, PlanStatus.DRAFT, ready)).toThrow(
      'nothing (it is closed)',
    );
    expect(allowedTransitions(PlanStatus.APPROVED)).toEqual([PlanStatus.IN_PROGRESS, PlanStatus.DRAFT]);
  });

  it('refuses approval without a team lead or targets, and concluding without a conclusion', () => {
    const error = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a refusal');
    };
    const noLead = error(() =>
      assertTransition(PlanStatus.DRAFT, PlanStatus.APPROVED, { ...ready, hasLead: false }),
    );
    expect(noLead.code).toBe('BAD_USER_INPUT');
    expect(noLead.message).toMatch(/trưởng đoàn/);
    expect(() =>
      assertTransition(PlanStatus.DRAFT, PlanStatus.APPROVED, { ...ready, targetCount: 0 }),
    ).toThrow(DomainError);
    expect(() =>
      assertTransition(PlanStatus.IN_PROGRESS, PlanStatus.CONCLUDED, { ...ready, hasConclusion: false }),
    ).toThrow(/thông báo kết luận/);
  });

  it('opens the team and targets until the inspection runs, findings while it runs and is concluded', () => {
    expect(() => assertPlanEditable(PlanStatus.DRAFT, 'composition')).not.toThrow();
    expect(() => assertPlanEditable(PlanStatus.CONCLUDED, 'composition')).toThrow(DomainError);
    expect(() => assertPlanEditable(PlanStatus.DRAFT, 'findings')).toThrow(DomainError);
    expect(() => assertPlanEditable(PlanStatus.IN_PROGRESS, 'findings')).not.toThrow();
    expect(() => assertPlanEditable(PlanStatus.CLOSED, 'conclusion')).toThrow(DomainError);
  });
});

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
});

/**
 * Written from the rule, not from the table: plan, team and targets until the inspection has started
 * (DRAFT, APPROVED); findings and the conclusion while it runs or is being concluded; nothing once closed.
 */
describe('what a plan takes in each status', () => {
  const cases = [
    ['DRAFT', 'details', true],
    ['DRAFT', 'composition', true],
    ['DRAFT', 'findings', false],
    ['DRAFT', 'conclusion', false],
    ['APPROVED', 'details', true],
    ['APPROVED', 'composition', true],
    ['APPROVED', 'findings', false],
    ['APPROVED', 'conclusion', false],
    ['IN_PROGRESS', 'details', false],
    ['IN_PROGRESS', 'composition', false],
    ['IN_PROGRESS', 'findings', true],
    ['IN_PROGRESS', 'conclusion', true],
    ['CONCLUDED', 'details', false],
    ['CONCLUDED', 'composition', false],
    ['CONCLUDED', 'findings', true],
    ['CONCLUDED', 'conclusion', true],
    ['CLOSED', 'details', false],
    ['CLOSED', 'composition', false],
    ['CLOSED', 'findings', false],
    ['CLOSED', 'conclusion', false],
  ] as const;

  it.each(cases)('a %s plan: its %s can change: %s', (status, part, open) => {
    const write = () => assertPlanEditable(PlanStatus[status], part);
    if (open) expect(write).not.toThrow();
    else expect(write).toThrow(DomainError);
  });

  it('names the status in the refusal, with the messages the frontends recognise', () => {
    expect(() => assertPlanEditable(PlanStatus.IN_PROGRESS, 'details')).toThrow(
      'A IN_PROGRESS plan cannot be edited',
    );
    expect(() => assertPlanEditable(PlanStatus.IN_PROGRESS, 'composition')).toThrow(
      'The composition of a IN_PROGRESS plan cannot be changed',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { actionTimeliness, effectiveActionStatus } from './action-status.js';
import { ActionStatus, ActionTimeliness } from './enums.js';

describe('the status a corrective action shows', () => {
  it('is OVERDUE for an open action past its deadline, and never for a reported or verified one', () => {
    expect(effectiveActionStatus(ActionStatus.OPEN, '2021-03-31', '2021-04-01')).toBe(ActionStatus.OVERDUE);
    expect(effectiveActionStatus(ActionStatus.OPEN, '2021-03-31', '2021-03-31')).toBe(ActionStatus.OPEN);
    expect(effectiveActionStatus(ActionStatus.REPORTED, '2021-03-31', '2026-01-01')).toBe(
      ActionStatus.REPORTED,
    );
    expect(effectiveActionStatus(ActionStatus.VERIFIED, '2021-03-31', '2026-01-01')).toBe(
      ActionStatus.VERIFIED,
    );
  });
});

describe('how a corrective action stands against its deadline', () => {
  const deadline = '2021-03-31';
  it.each([
    [ActionStatus.OPEN, null, '2021-03-31', ActionTimeliness.IN_PROGRESS],
    [ActionStatus.OPEN, null, '2021-04-01', ActionTimeliness.OVERDUE],
    [ActionStatus.OPEN, '2021-03-01', '2021-04-01', ActionTimeliness.OVERDUE],
    [ActionStatus.REPORTED, '2021-03-31', '2026-01-01', ActionTimeliness.DONE_ON_TIME],
    [ActionStatus.REPORTED, '2021-04-01', '2021-04-02', ActionTimeliness.DONE_LATE],
    [ActionStatus.VERIFIED, '2021-02-15', '2026-01-01', ActionTimeliness.DONE_ON_TIME],
    [ActionStatus.VERIFIED, '2021-05-02', '2026-01-01', ActionTimeliness.DONE_LATE],
    [ActionStatus.VERIFIED, null, '2026-01-01', ActionTimeliness.DONE_LATE],
  ])('%s, done on %s, seen on %s: %s', (status, doneOn, today, expected) => {
    expect(actionTimeliness(status, deadline, doneOn, today)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { effectiveActionStatus } from './action-status.js';
import { ActionStatus } from './enums.js';

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

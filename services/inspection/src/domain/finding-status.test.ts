import { describe, expect, it } from 'vitest';
import { ActionStatus, FindingKind, FindingStatus } from './enums.js';
import { findingStatus } from './finding-status.js';

const { OPEN, REPORTED, VERIFIED } = ActionStatus;

describe("a finding's status", () => {
  it('is NOTED for a strength, whatever actions it has', () => {
    expect(findingStatus(FindingKind.STRENGTH, [])).toBe(FindingStatus.NOTED);
    expect(findingStatus(FindingKind.STRENGTH, [VERIFIED])).toBe(FindingStatus.NOTED);
  });

  it('is OPEN for a limitation or violation without actions, or with one not verified', () => {
    expect(findingStatus(FindingKind.LIMITATION, [])).toBe(FindingStatus.OPEN);
    expect(findingStatus(FindingKind.VIOLATION, [VERIFIED, OPEN])).toBe(FindingStatus.OPEN);
    expect(findingStatus(FindingKind.LIMITATION, [REPORTED, VERIFIED])).toBe(FindingStatus.OPEN);
  });

  it('is RESOLVED when every one of its actions is verified', () => {
    expect(findingStatus(FindingKind.LIMITATION, [VERIFIED])).toBe(FindingStatus.RESOLVED);
    expect(findingStatus(FindingKind.VIOLATION, [VERIFIED, VERIFIED])).toBe(FindingStatus.RESOLVED);
  });
});

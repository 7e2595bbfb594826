import { describe, expect, it } from 'vitest';
import { LIMITATION_GROUPS, limitationGroupOf } from './report-groups.js';

describe('limitation groups of the report', () => {
  it('follow the seed report’s order', () => {
    expect(LIMITATION_GROUPS.map((g) => g.key)).toEqual([
      'direction',
      'procedures',
      'online',
      'websites',
      'joint',
      'archives',
      'discipline',
    ]);
  });

  it('name each indicator in one group at most', () => {
    const indicators = LIMITATION_GROUPS.flatMap((g) => g.indicators);
    expect(new Set(indicators).size).toBe(indicators.length);
  });

  it.each([
    // The 2020 demo's limitations: TTHC.2 holds both one-stop and 3-in-1 findings, told apart by their reading.
    ['CDDH.1', null, 'direction'],
    ['CDDH.5', null, 'direction'],
    ['TTHC.1', null, 'procedures'],
    ['TTHC.1', 'PUBLICATION_RATE', 'procedures'],
    ['TTHC.2', 'ONE_STOP_UPDATE_RATE', 'procedures'],
    ['TTHC.2', 'JOINT_3IN1_RATE', 'joint'],
    ['TTHC.3', 'APOLOGY_RATE', 'procedures'],
    ['HDH.3', null, 'online'],
    ['HDH.3', 'ONLINE_FILING_RATE', 'online'],
    ['HDH.2', 'WEBSITE_DAYS_SINCE_UPDATE', 'websites'],
    ['TTHC.5', null, 'archives'],
    ['CBCCVC.5', 'DISCIPLINE_CASES', 'discipline'],
    // Sub-criteria: the longest code wins.
    ['TTHC.2.1', null, 'procedures'],
    ['TTHC.2.2', null, 'joint'],
    ['TTHC.2.3', null, 'joint'],
    ['HDH.4', null, 'online'],
    ['CBCCVC.5.2', null, 'discipline'],
    ['TTHC.4.2', null, 'procedures'],
    // The indicator decides before the criterion.
    ['HDH.3', 'POSTAL_RATE', 'online'],
    ['TTHC.1', 'JOINT_3IN1_RATE', 'joint'],
    [null, 'WEBSITE_FRESHNESS', 'websites'],
    // An unknown indicator leaves the criterion to decide.
    ['TTHC.5', 'SOME_NEW_RATE', 'archives'],
  ])('criterion %s with indicator %s → %s', (criterionCode, indicatorCode, key) => {
    expect(limitationGroupOf({ criterionCode, indicatorCode })?.key).toBe(key);
  });

  it.each([
    ['TC.2', null],
    ['TCBM.1', null],
    ['CBCCVC.1', null],
    ['HDH.1', null],
    ['HDH.20', null],
    ['TTHC.50', null],
    [null, null],
  ])('criterion %s with indicator %s is among the other contents', (criterionCode, indicatorCode) => {
    expect(limitationGroupOf({ criterionCode, indicatorCode })).toBeNull();
  });
});

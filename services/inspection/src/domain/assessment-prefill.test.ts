import { describe, expect, it } from 'vitest';
import { effectiveShares, indicatorPointsOf, prefilledPoints } from './assessment-prefill.js';
import { IndicatorStatus } from './evidence.js';

const { GOOD, WARNING, ALERT, NO_DATA } = IndicatorStatus;

describe('prefilledPoints', () => {
  it.each([
    { max: 2, status: GOOD, stated: null, points: 2 },
    { max: 2, status: WARNING, stated: null, points: 1 },
    { max: 1.5, status: WARNING, stated: null, points: 0.75 },
    { max: 2, status: ALERT, stated: null, points: 0 },
    { max: 2, status: NO_DATA, stated: null, points: null },
    { max: 3, status: WARNING, stated: { GOOD: 1, WARNING: 0.25, ALERT: 0 }, points: 0.75 },
    { max: 3, status: ALERT, stated: { ALERT: 0.1 }, points: 0.3 },
    { max: 3, status: GOOD, stated: { ALERT: 0.1 }, points: 3 },
    { max: 1, status: WARNING, stated: { WARNING: 1 / 3 }, points: 0.33 },
    { max: 2, status: NO_DATA, stated: { GOOD: 1, WARNING: 1, ALERT: 1 }, points: null },
  ])('$status on $max points with $stated → $points', ({ max, status, stated, points }) => {
    expect(prefilledPoints(max, status, stated)).toBe(points);
  });
});

describe('stated shares', () => {
  it.each([
    { shares: {}, stated: {}, effective: { good: 1, warning: 0.5, alert: 0 } },
    { shares: { warning: 0.25 }, stated: { WARNING: 0.25 }, effective: { good: 1, warning: 0.25, alert: 0 } },
    {
      shares: { good: 0.9, warning: null, alert: 0.1 },
      stated: { GOOD: 0.9, ALERT: 0.1 },
      effective: { good: 0.9, warning: 0.5, alert: 0.1 },
    },
    { shares: { alert: 0 }, stated: { ALERT: 0 }, effective: { good: 1, warning: 0.5, alert: 0 } },
  ])('$shares are kept as $stated and read as $effective', ({ shares, stated, effective }) => {
    expect(indicatorPointsOf(shares)).toEqual(stated);
    expect(effectiveShares(indicatorPointsOf(shares))).toEqual(effective);
  });
});

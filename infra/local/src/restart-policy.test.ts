import { describe, expect, it } from 'vitest';
import { defaultRestartPolicy, failuresInARow, restartDelayMs } from './restart-policy.js';

describe('the default restart policy', () => {
  it('waits 0.5 s after the first failure, doubling with each failure in a row up to 30 s', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((failures) =>
      restartDelayMs(defaultRestartPolicy, failures),
    );
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it('counts a failure as the first again once the service has stayed up 60 s', () => {
    expect(failuresInARow(defaultRestartPolicy, 5, 60_000)).toBe(1);
    expect(failuresInARow(defaultRestartPolicy, 5, 120_000)).toBe(1);
  });

  it('adds to the failures in a row when the service died within 60 s of starting', () => {
    expect(failuresInARow(defaultRestartPolicy, 0, 10)).toBe(1);
    expect(failuresInARow(defaultRestartPolicy, 5, 59_999)).toBe(6);
  });
});

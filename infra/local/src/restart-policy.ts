/** When the launcher restarts a service that died, and when it stops trying. */
export interface RestartPolicy {
  /** The wait before the first restart; it doubles with each failure in a row. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A service that stayed up this long had recovered: its next failure counts as the first again. */
  resetAfterMs: number;
  /** Restarts in a row that exit before they are ready (bad configuration, say) after which it stays down. */
  maxStartFailures: number;
}

/** 0.5 s, 1 s, 2 s … 30 s; eight failed start-ups in a row (about 90 s of trying) leave the service down. */
export const defaultRestartPolicy: RestartPolicy = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  resetAfterMs: 60_000,
  maxStartFailures: 8,
};

/** How many failures in a row a service has had, counting the exit that just happened after `uptimeMs`. */
export function failuresInARow(policy: RestartPolicy, previousFailures: number, uptimeMs: number): number {
  return uptimeMs >= policy.resetAfterMs ? 1 : previousFailures + 1;
}

/** The wait before restarting after the `failures`-th failure in a row (1 for the first). */
export function restartDelayMs(policy: RestartPolicy, failures: number): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (failures - 1));
}

import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';

/** When failed logins slow a caller down, and (for a username) lock it. */
export interface ThrottlePolicy {
  /** Failures answered at once; after them each attempt waits 1 s, 2 s, 4 s… up to maxDelaySeconds after the last. */
  freeFailures: number;
  maxDelaySeconds: number;
  /** Failures older than this are forgotten. */
  forgetAfterSeconds: number;
}

/** Per username: 5 free failures, then slowed, locked for 15 minutes at the 20th. */
export const USERNAME_POLICY = {
  freeFailures: 5,
  maxDelaySeconds: 60,
  forgetAfterSeconds: 24 * 3600,
  lockAfter: 20,
  lockSeconds: 15 * 60,
};

/** Per address: more free failures (an office's users share one address behind its NAT), never locked. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 20,
  maxDelaySeconds: 60,
  forgetAfterSeconds: 15 * 60,
};

/** Seconds still to wait before the next attempt, after `failures` failures, the last `secondsSince` ago. */
export function secondsToWait(failures: number, secondsSince: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures || secondsSince >= policy.forgetAfterSeconds) return 0;
  const delay = Math.min(2 ** (failures - policy.freeFailures), policy.maxDelaySeconds);
  return Math.max(0, Math.ceil(delay - secondsSince));
}

/** What stops a login attempt before its password is checked. */
export type Hold = { kind: 'locked' | 'throttled'; retryAfterSeconds: number };

export interface LockedUser {
  username: string;
  lockedUntil: string;
}

/**
 * Failed logins counted per username (in the gateway's database, shared by its replicas and the users command)
 * and per address (in this process).
 */
export class LoginThrottle {
  private readonly addresses = new LRUCache<string, { failures: number; lastAt: number }>({
    max: 100_000,
    ttl: ADDRESS_POLICY.forgetAfterSeconds * 1000,
  });

  constructor(private readonly db: DataSource) {}

  /**
   * Why an attempt for `username` from `address` must not be checked now, if it must not; else the attempt is
   * counted against the address until it succeeds, so that a burst of concurrent attempts is cut at the limit
   * rather than all checked before the first failure is known.
   */
  async admit(username: string, address: string): Promise<Hold | null> {
    const [row] = (await this.db.query(
      `SELECT failures, extract(epoch FROM now() - last_failure_at)::float AS "secondsSince",
         ceil(extract(epoch FROM locked_until - now()))::int AS "lockedFor"
       FROM login_failures WHERE username = $1`,
      [username],
    )) as { failures: number; secondsSince: number; lockedFor: number | null }[];
    if (row?.lockedFor && row.lockedFor > 0) return { kind: 'locked', retryAfterSeconds: row.lockedFor };
    const fromAddress = this.addresses.get(address);
    const wait = Math.max(
      row ? secondsToWait(row.failures, row.secondsSince, USERNAME_POLICY) : 0,
      fromAddress
        ? secondsToWait(fromAddress.failures, (Date.now() - fromAddress.lastAt) / 1000, ADDRESS_POLICY)
        : 0,
    );
    if (wait > 0) return { kind: 'throttled', retryAfterSeconds: wait };
    this.addresses.set(address, { failures: (fromAddress?.failures ?? 0) + 1, lastAt: Date.now() });
    return null;
  }

  /** Counts a failure of an admitted attempt; says whether it locked the username (its count then starts again). */
  async failed(username: string): Promise<{ failures: number; locked: boolean }> {
    const { lockAfter, lockSeconds, forgetAfterSeconds } = USERNAME_POLICY;
    const [row] = (await this.db.query(
      `INSERT INTO login_failures AS f (username, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (username) DO UPDATE SET
         failures = CASE WHEN f.last_failure_at < now() - make_interval(secs => $2) THEN 1 ELSE f.failures + 1 END,
         last_failure_at = now()
       RETURNING failures`,
      [username, forgetAfterSeconds],
    )) as { failures: number }[];
    const failures = row!.failures;
    if (failures < lockAfter) return { failures, locked: false };
    await this.db.query(
      `UPDATE login_failures SET failures = 0, locked_until = now() + make_interval(secs => $2)
       WHERE username = $1`,
      [username, lockSeconds],
    );
    return { failures, locked: true };
  }

  /**
   * A login that succeeded: the username's failures are forgotten; the address's other failures are not (it may
   * be an attacker's who has an account too).
   */
  async succeeded(username: string, address: string): Promise<void> {
    const fromAddress = this.addresses.get(address);
    if (fromAddress) this.addresses.set(address, { ...fromAddress, failures: fromAddress.failures - 1 });
    await this.db.query('DELETE FROM login_failures WHERE username = $1', [username]);
  }

  /** An admin's unlock, which forgets the username's failures too: false when it had none. */
  async unlock(username: string): Promise<boolean> {
    const [, count] = (await this.db.query('DELETE FROM login_failures WHERE username = $1', [username])) as [
      unknown,
      number,
    ];
    return count > 0;
  }

  async locked(): Promise<LockedUser[]> {
    return this.db.query(
      `SELECT username, locked_until AS "lockedUntil" FROM login_failures
       WHERE locked_until > now() ORDER BY locked_until`,
    );
  }
}

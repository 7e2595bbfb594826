import { createLogger } from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsDatabase } from './accounts-database.js';
import { ADDRESS_POLICY, LoginThrottle, secondsToWait, USERNAME_POLICY } from './login-throttle.js';

describe('the wait after failed logins', () => {
  it.each([
    // failures, seconds since the last, seconds to wait (per username: 5 free, then 1, 2, 4… up to 60 s)
    [4, 0, 0],
    [5, 0, 1],
    [6, 0, 2],
    [7, 1, 3],
    [8, 8, 0],
    [12, 10, 50],
    [19, 0, 60],
    [19, 86_400, 0],
  ])('%i failures, the last %i s ago: wait %i s', (failures, since, wait) => {
    expect(secondsToWait(failures, since, USERNAME_POLICY)).toBe(wait);
  });

  it('lets an address (an office behind one NAT) fail 20 times before it waits', () => {
    expect(secondsToWait(19, 0, ADDRESS_POLICY)).toBe(0);
    expect(secondsToWait(20, 0, ADDRESS_POLICY)).toBe(1);
    // Forgotten after 15 minutes without a failure.
    expect(secondsToWait(30, 15 * 60, ADDRESS_POLICY)).toBe(0);
  });
});

describe('failed logins in the accounts database', () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('login_throttle');
    db = await openAccountsDatabase(database.url, createLogger('test', 'silent'));
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  /** Moves a username's last failure into the past, as if the caller had waited. */
  const waitOut = (username: string) =>
    db.query("UPDATE login_failures SET last_failure_at = now() - interval '2 minutes' WHERE username = $1", [
      username,
    ]);

  it('slows a username after 5 failures, locks it at the 20th, and lists it for admins', async () => {
    const throttle = new LoginThrottle(db);
    for (let i = 1; i <= 5; i++) {
      expect(await throttle.admit('mallory-target', `10.0.0.${i}`)).toBeNull();
      expect(await throttle.failed('mallory-target')).toEqual({ failures: i, locked: false });
    }
    // From any address: the username is what is slowed.
    expect(await throttle.admit('mallory-target', '10.9.9.9')).toEqual({
      kind: 'throttled',
      retryAfterSeconds: 1,
    });
    for (let i = 6; i < 20; i++) {
      await waitOut('mallory-target');
      await throttle.failed('mallory-target');
    }
    await waitOut('mallory-target');
    expect(await throttle.failed('mallory-target')).toEqual({ failures: 20, locked: true });
    const hold = await throttle.admit('mallory-target', '10.9.9.9');
    expect(hold?.kind).toBe('locked');
    expect(hold?.retryAfterSeconds).toBeGreaterThan(15 * 60 - 5);
    expect(hold?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect((await throttle.locked()).map((user) => user.username)).toEqual(['mallory-target']);
    // Another username is not touched.
    expect(await throttle.admit('someone-else', '10.9.9.8')).toBeNull();
  });

  it('unlocks a username when an admin says so, forgetting its failures', async () => {
    const throttle = new LoginThrottle(db);
    for (let i = 0; i < 7; i++) await throttle.failed('typo-user');
    expect(await throttle.unlock('typo-user')).toBe(true);
    expect(await throttle.admit('typo-user', '10.1.0.2')).toBeNull();
    expect(await throttle.unlock('typo-user')).toBe(false);
  });

  it('forgets a username’s failures when it logs in, but not its address’s', async () => {
    const throttle = new LoginThrottle(db);
    for (let i = 0; i < 19; i++) {
      expect(await throttle.admit(`sprayed-${i}`, '10.2.0.1')).toBeNull();
      await throttle.failed(`sprayed-${i}`);
    }
    await throttle.admit('sprayed-0', '10.2.0.1');
    await throttle.succeeded('sprayed-0', '10.2.0.1');
    expect(await throttle.admit('sprayed-0', '10.2.0.2')).toBeNull();
    // Twenty failures from one address, across usernames: that address waits, for any username.
    expect(await throttle.admit('sprayed-1', '10.2.0.1')).toBeNull();
    await throttle.failed('sprayed-1');
    expect(await throttle.admit('sprayed-0', '10.2.0.1')).toEqual({
      kind: 'throttled',
      retryAfterSeconds: 1,
    });
  });

  it('counts attempts in flight, so that a burst from one address is cut at 20', async () => {
    const throttle = new LoginThrottle(db);
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => throttle.admit(`burst-${i}`, '10.3.0.1')),
    );
    expect(burst.filter((hold) => hold === null)).toHaveLength(20);
    expect(burst.filter((hold) => hold?.kind === 'throttled')).toHaveLength(10);
  });
});

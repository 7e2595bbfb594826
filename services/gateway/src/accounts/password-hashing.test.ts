import bcrypt from 'bcryptjs';
import { afterAll, describe, expect, it } from 'vitest';
import { PasswordHashing } from './password-hashing.js';

const passwords = new PasswordHashing(1);
afterAll(() => passwords.close());

describe('password hashing in a worker thread', () => {
  it('checks bcrypt hashes made elsewhere, and makes hashes bcrypt checks', async () => {
    const stored = bcrypt.hashSync('demo', 10);
    expect(await passwords.compare('demo', stored)).toBe(true);
    expect(await passwords.compare('Demo', stored)).toBe(false);
    const made = await passwords.hash('correct horse battery');
    expect(made).toMatch(/^\$2b\$12\$/);
    expect(bcrypt.compareSync('correct horse battery', made)).toBe(true);
  });

  it('leaves the event loop free while many passwords are checked', async () => {
    const stored = bcrypt.hashSync('demo', 10);
    let longestGapMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    await Promise.all(Array.from({ length: 10 }, () => passwords.compare('wrong', stored)));
    clearInterval(ticker);
    // Ten checks take several hundred milliseconds in all; none of it on this thread.
    expect(performance.now() - started).toBeGreaterThan(200);
    expect(longestGapMs).toBeLessThan(150);
  });
});

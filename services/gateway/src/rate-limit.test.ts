import type { IncomingMessage } from 'node:http';
import { clientAddressOf } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import {
  CLIENTS_COUNTED,
  clientKey,
  MemoryCounter,
  rateLimit,
  secondsUntilAdmitted,
  slidingCount,
} from './rate-limit.js';

/** A request as the limit sees it: the peer's address and the headers. */
const requestFrom = (remoteAddress: string, headers: IncomingMessage['headers'] = {}) =>
  ({ socket: { remoteAddress }, headers }) as IncomingMessage;

const MINUTE = 60;

describe('the in-memory request counter', () => {
  it('counts each client in its window, and forgets the least recent past its bound rather than growing', async () => {
    const counter = new MemoryCounter();
    expect((await counter.increment('a:first', MINUTE)).current).toBe(1);
    expect((await counter.increment('a:first', MINUTE)).current).toBe(2);
    for (let i = 0; i < CLIENTS_COUNTED; i++) await counter.increment(`a:${i}`, MINUTE);
    // The first client was the least recent: forgotten, it starts again from one.
    expect((await counter.increment('a:first', MINUTE)).current).toBe(1);
  });

  it('carries the last window into the next, and nothing older', async () => {
    let now = 59;
    const counter = new MemoryCounter(() => now * 1000);
    await counter.increment('a:x', MINUTE);
    await counter.increment('a:x', MINUTE);
    now = 61;
    expect(await counter.increment('a:x', MINUTE)).toEqual({ current: 1, previous: 2 });
    expect(await counter.increment('a:x', MINUTE)).toEqual({ current: 2, previous: 2 });
    now = 185; // two windows on: the minute before (120–179 s) saw nothing
    expect(await counter.increment('a:x', MINUTE)).toEqual({ current: 1, previous: 0 });
  });
});

describe('the sliding window', () => {
  it('counts four requests sent across a minute edge as about four, not two and two', () => {
    // Two at 59 s, two at 60.6 s: 1 % of the minute has gone, so the first two weigh 0.99 each.
    expect(slidingCount({ previous: 2, current: 2 }, MINUTE, 60_600)).toBeCloseTo(3.98, 2);
  });

  it('lets the previous minute fade as this one goes on', () => {
    // Half-way through the minute, last minute's 10 requests count as 5.
    expect(slidingCount({ previous: 10, current: 1 }, MINUTE, 90_000)).toBe(6);
  });

  it('says when one more request gets in, with a limit of 3 a minute', () => {
    // 4 this minute (at 30 s): wait for the next minute, then until 4·(1 − f) + 1 ≤ 3, f = ½: 30 + 30 s.
    expect(secondsUntilAdmitted({ previous: 0, current: 4 }, 3, MINUTE, 30_000)).toBe(60);
    // 1 this minute, 4 the last (at 15 s): 4·(1 − f) + 2 ≤ 3 when f = ¾, at 45 s: 30 s from now.
    expect(secondsUntilAdmitted({ previous: 4, current: 1 }, 3, MINUTE, 15_000)).toBe(30);
    // 2 this minute, 4 the last (at 15 s): never this minute; at the next one 2·(1 − f) + 1 ≤ 3 at once: 45 s.
    expect(secondsUntilAdmitted({ previous: 4, current: 2 }, 3, MINUTE, 15_000)).toBe(45);
  });
});

describe('whom the limit counts', () => {
  it('counts a user and an address together', () => {
    expect(clientKey('203.0.113.7', 'thanhtra.nguyen')).toBe(clientKey('203.0.113.7', 'thanhtra.nguyen'));
    expect(clientKey('203.0.113.7', 'thanhtra.nguyen')).not.toBe(clientKey('203.0.113.7', 'phantich'));
    expect(clientKey('203.0.113.7', 'thanhtra.nguyen')).not.toBe(clientKey('203.0.113.8', 'thanhtra.nguyen'));
    expect(clientKey('203.0.113.7', undefined)).toBe('a:203.0.113.7');
  });

  it('counts each client behind a trusted ingress on its own, not the ingress as one client', async () => {
    const limit = rateLimit(new MemoryCounter(), 1, clientAddressOf(['10.0.0.0/8']), () => {});
    const through = (client: string) => requestFrom('10.1.2.3', { 'x-forwarded-for': client });
    expect(await limit(through('203.0.113.7'), undefined)).toBeNull();
    expect(await limit(through('203.0.113.8'), undefined)).toBeNull();
    expect(await limit(through('203.0.113.7'), undefined)).toMatchObject({ status: 429 });
  });

  it('refuses the request past the limit with 429, RATE_LIMITED and Retry-After, even after a new login', async () => {
    const limit = rateLimit(new MemoryCounter(), 3, clientAddressOf(), () => {});
    const request = (token: string) => requestFrom('203.0.113.7', { authorization: `Bearer ${token}` });
    for (const token of ['a', 'b', 'c']) expect(await limit(request(token), 'phantich')).toBeNull();
    const refusal = await limit(request('d'), 'phantich');
    expect(refusal).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(refusal?.headers?.['retry-after'])).toBeGreaterThan(0);
    // Another user at the same address has a budget of their own.
    expect(await limit(request('e'), 'thanhtra.nguyen')).toBeNull();
  });
});

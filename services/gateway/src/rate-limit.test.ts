import { describe, expect, it } from 'vitest';
import { CLIENTS_COUNTED, MemoryCounter, secondsUntilAdmitted, slidingCount } from './rate-limit.js';

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

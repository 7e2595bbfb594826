import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ClientAddressOf, Refusal } from '@cchc/kit';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** A client's requests in the current fixed window (this one included) and in the window before it. */
export interface WindowCounts {
  current: number;
  previous: number;
}

/** Counts a client's requests in fixed windows; the limit reads the last two as a sliding window. */
export interface RequestCounter {
  increment(key: string, windowSeconds: number): Promise<WindowCounts>;
  close(): Promise<void>;
}

/** Clients counted at once in memory: the least recent are forgotten past it (their count starts again). */
export const CLIENTS_COUNTED = 100_000;

const windowOf = (windowSeconds: number, nowMs: number) => Math.floor(nowMs / 1000 / windowSeconds);

export class MemoryCounter implements RequestCounter {
  /** Bounded, and each entry dropped after two windows: every caller and address that ever came would stay. */
  private readonly counts = new LRUCache<string, { window: number; count: number; previous: number }>({
    max: CLIENTS_COUNTED,
  });

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowSeconds: number): Promise<WindowCounts> {
    const window = windowOf(windowSeconds, this.now());
    const entry = this.counts.get(key);
    const previous = !entry
      ? 0
      : entry.window === window
        ? entry.previous
        : entry.window === window - 1
          ? entry.count
          : 0;
    const current = entry?.window === window ? entry.count + 1 : 1;
    this.counts.set(key, { window, count: current, previous }, { ttl: windowSeconds * 2000 });
    return { current, previous };
  }

  async close(): Promise<void> {}
}

/** Shared by every gateway replica through Redis: INCR on a key per client and window, expiring with the next one. */
export class RedisCounter implements RequestCounter {
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1 });
  }

  async increment(key: string, windowSeconds: number): Promise<WindowCounts> {
    const window = windowOf(windowSeconds, Date.now());
    const keyOf = (w: number) => `cchc:rate:${key}:${w}`;
    const [[, current], , [, previous]] = (await this.redis
      .multi()
      .incr(keyOf(window))
      .expire(keyOf(window), windowSeconds * 2)
      .get(keyOf(window - 1))
      .exec()) as [[null, number], unknown, [null, string | null]];
    return { current, previous: Number(previous ?? 0) };
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

/**
 * The sliding-window estimate of a client's requests in the last `windowSeconds`: the previous window's count weighs
 * by the part of it still inside the last `windowSeconds`. A fixed window alone lets a client send twice its limit
 * across a window's edge (and counts four requests split two and two as two).
 */
export function slidingCount(counts: WindowCounts, windowSeconds: number, nowMs: number): number {
  const elapsed = nowMs / 1000 / windowSeconds - windowOf(windowSeconds, nowMs);
  return counts.previous * (1 - elapsed) + counts.current;
}

/** Seconds until one more request would be let in, if the client sends none meanwhile. */
export function secondsUntilAdmitted(
  counts: WindowCounts,
  limit: number,
  windowSeconds: number,
  nowMs: number,
): number {
  const position = nowMs / 1000 / windowSeconds;
  const windowEnd = windowOf(windowSeconds, nowMs) + 1;
  // previous·(1 − f) + current ≤ limit − 1, solved for f in this window; else in the next, where current weighs.
  const inThisWindow =
    counts.current <= limit - 1 && counts.previous > 0
      ? 1 - (limit - 1 - counts.current) / counts.previous
      : 1;
  const at =
    inThisWindow < 1
      ? windowEnd - 1 + inThisWindow
      : windowEnd + Math.max(0, 1 - (limit - 1) / Math.max(counts.current, 1));
  return Math.max(1, Math.ceil((at - position) * windowSeconds));
}

/**
 * Who is asking: the caller (the verified token's subject) together with the address, else the address alone.
 * Not the token itself: logging in again would give a fresh budget.
 */
export function clientKey(address: string, subject: string | undefined): string {
  if (subject === undefined) return `a:${address}`;
  return `u:${createHash('sha256').update(subject).digest('hex').slice(0, 32)}|a:${address}`;
}

/**
 * A limit of `perMinute` requests per client (any route but health and metrics); past it, HTTP 429 with
 * Retry-After, before anything is parsed. Ours rather than the runtime's rate-limit plugin, which counts calls of
 * chosen fields and answers HTTP 200 with a GraphQL error, without Retry-After.
 */
export function rateLimit(
  counter: RequestCounter,
  perMinute: number,
  clientAddress: ClientAddressOf,
  onError: (error: unknown) => void,
) {
  return async (request: IncomingMessage, subject: string | undefined): Promise<Refusal | null> => {
    let counts: WindowCounts;
    try {
      counts = await counter.increment(clientKey(clientAddress(request), subject), 60);
    } catch (error) {
      // A counter that is down (Redis unreachable) must not take the platform down with it: let the request in.
      onError(error);
      return null;
    }
    const now = Date.now();
    if (slidingCount(counts, 60, now) <= perMinute) return null;
    const retryAfter = secondsUntilAdmitted(counts, perMinute, 60, now);
    return {
      status: 429,
      code: 'RATE_LIMITED',
      message: `Too many requests: at most ${perMinute} a minute; try again in ${retryAfter} s`,
      headers: { 'retry-after': String(retryAfter) },
    };
  };
}

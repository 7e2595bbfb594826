import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Refusal } from '@cchc/kit';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** Counts a client's requests in fixed one-minute windows. */
export interface RequestCounter {
  /** The client's count in the current window, this request included. */
  increment(key: string, windowSeconds: number): Promise<number>;
  close(): Promise<void>;
}

/** Clients counted at once in memory: the least recent are forgotten past it (their count starts again). */
export const CLIENTS_COUNTED = 100_000;

export class MemoryCounter implements RequestCounter {
  /** Bounded, and each entry dropped after two windows: every caller and address that ever came would stay. */
  private readonly counts = new LRUCache<string, { window: number; count: number }>({ max: CLIENTS_COUNTED });

  async increment(key: string, windowSeconds: number): Promise<number> {
    const window = Math.floor(Date.now() / 1000 / windowSeconds);
    const entry = this.counts.get(key);
    const count = entry && entry.window === window ? entry.count + 1 : 1;
    this.counts.set(key, { window, count }, { ttl: windowSeconds * 2000 });
    return count;
  }

  async close(): Promise<void> {}
}

/** Shared by every gateway replica through Redis: INCR on a key per client and window, expiring with it. */
export class RedisCounter implements RequestCounter {
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1 });
  }

  async increment(key: string, windowSeconds: number): Promise<number> {
    const window = Math.floor(Date.now() / 1000 / windowSeconds);
    const redisKey = `cchc:rate:${key}:${window}`;
    const [[, count]] = (await this.redis
      .multi()
      .incr(redisKey)
      .expire(redisKey, windowSeconds * 2)
      .exec()) as [[null, number]];
    return count;
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

/** Who is asking: the bearer token (hashed, never stored) when there is one, else the remote address. */
export function clientKey(request: IncomingMessage): string {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    return `t:${createHash('sha256').update(authorization.slice(7)).digest('hex').slice(0, 32)}`;
  }
  return `a:${request.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * A limit of `perMinute` GraphQL requests per client; past it, HTTP 429 with Retry-After, before anything is parsed.
 * Ours rather than the runtime's rate-limit plugin, which counts calls of chosen fields and answers HTTP 200 with
 * a GraphQL error, without Retry-After.
 */
export function rateLimit(counter: RequestCounter, perMinute: number, onError: (error: unknown) => void) {
  return async (request: IncomingMessage): Promise<Refusal | null> => {
    let count: number;
    try {
      count = await counter.increment(clientKey(request), 60);
    } catch (error) {
      // A counter that is down (Redis unreachable) must not take the platform down with it: let the request in.
      onError(error);
      return null;
    }
    if (count <= perMinute) return null;
    const retryAfter = 60 - (Math.floor(Date.now() / 1000) % 60);
    return {
      status: 429,
      code: 'RATE_LIMITED',
      message: `Too many requests: at most ${perMinute} a minute; try again in ${retryAfter} s`,
      headers: { 'retry-after': String(retryAfter) },
    };
  };
}

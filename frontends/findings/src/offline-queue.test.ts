import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import {
  FindingQueue,
  newClientKey,
  type QueuedFinding,
  type QueueStore,
  resultOfFailure,
  type Send,
  senderLock,
} from './offline-queue.js';

/** The queue's storage as IndexedDB keeps it, in memory (happy-dom has no IndexedDB). */
function memoryStore(): QueueStore & { entries: Map<string, QueuedFinding> } {
  const entries = new Map<string, QueuedFinding>();
  return {
    entries,
    all: async () => [...entries.values()],
    put: async (entry) => void entries.set(entry.clientKey, entry),
    update: async (key, change) => {
      const entry = entries.get(key);
      if (entry) entries.set(key, change(entry));
    },
    remove: async (key) => void entries.delete(key),
  };
}

const NOW = Date.parse('2026-11-30T08:00:00Z');

const entry = (clientKey: string, changes: Partial<QueuedFinding> = {}): QueuedFinding => ({
  clientKey,
  username: 'thanhtra',
  targetId: 'target-1',
  area: { code: 'TTHC', nameVi: 'Cải cách thủ tục hành chính', nameEn: 'Administrative procedures' },
  finding: { areaCode: 'TTHC', kind: 'LIMITATION', severity: 'MEDIUM', text: `Kết quả ${clientKey}` },
  typedAt: new Date(NOW - 60_000).toISOString(),
  attempts: 0,
  lastProblem: null,
  refusal: null,
  ...changes,
});

const graphQLError = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'text must be longer', extensions: { code, ...extensions } }],
  });
const httpError = (status: number, body = '') =>
  new ServerError(String(status), { response: new Response(body, { status }), bodyText: body });
const unreachable = () => new TypeError('Failed to fetch');

/**
 * The platform as the queue meets it: one finding per clientKey (as recordFinding promises), and answers that
 * may fail on the way back.
 */
function platform() {
  const recorded = new Map<string, string>();
  let failures: (() => Error)[] = [];
  let answersLost = 0;
  const send = vi.fn<Send>(async (queued) => {
    const failure = failures.shift();
    if (failure) throw failure();
    if (!recorded.has(queued.clientKey)) recorded.set(queued.clientKey, queued.finding.text);
    if (answersLost > 0) {
      answersLost -= 1;
      throw unreachable();
    }
  });
  return {
    send,
    recorded,
    failNext: (...errors: (() => Error)[]) => {
      failures = errors;
    },
    loseNextAnswer: () => {
      answersLost = 1;
    },
  };
}

const queueOf = (store = memoryStore(), lock = senderLock(undefined)) =>
  new FindingQueue(store, lock, undefined, () => NOW);

describe('which failed sends keep the finding to send later, and which give it back to the form', () => {
  it.each([
    ['the gateway cannot be reached (fetch failed)', unreachable, 'network'],
    ['the shell answers 502 (gateway stopped)', () => httpError(502), 'unavailable'],
    ['a 503', () => httpError(503), 'unavailable'],
    ['a 504', () => httpError(504), 'unavailable'],
    ['a subgraph is not answering', () => graphQLError('SERVICE_UNAVAILABLE'), 'unavailable'],
    ['the session expired', () => graphQLError('UNAUTHENTICATED'), 'unauthenticated'],
    ['the token was refused with a 401', () => httpError(401), 'unauthenticated'],
    ['too many requests', () => httpError(429), 'rateLimited'],
  ])('keeps it when %s', (_, error, kind) => {
    expect(resultOfFailure(error())).toMatchObject({ status: 'waiting', problem: { kind } });
  });

  it.each([
    ['the input is refused', () => graphQLError('BAD_USER_INPUT', { field: 'finding.text' }), 'badInput'],
    ['the user may not record it', () => graphQLError('FORBIDDEN'), 'forbidden'],
    ['the target is gone', () => graphQLError('NOT_FOUND'), 'notFound'],
    ['its key was used on another target', () => graphQLError('CONFLICT'), 'conflict'],
    ['the server failed', () => graphQLError('INTERNAL_SERVER_ERROR'), 'unexpected'],
  ])('gives it back when %s', (_, error, kind) => {
    expect(resultOfFailure(error())).toMatchObject({ status: 'refused', problem: { kind } });
  });
});

describe('a finding just typed', () => {
  it('is kept before it is sent, and gone once saved', async () => {
    const store = memoryStore();
    const queue = queueOf(store);
    const server = platform();
    server.send.mockImplementationOnce(async () => {
      expect([...store.entries.keys()]).toEqual(['a']);
    });
    expect(await queue.saveTyped(entry('a'), server.send)).toEqual({ status: 'saved' });
    expect(server.send).toHaveBeenCalledOnce();
    expect(store.entries.size).toBe(0);
    expect(queue.getSnapshot()).toEqual([]);
  });

  it('stays queued, counted and with its problem, when the gateway cannot be reached', async () => {
    const store = memoryStore();
    const queue = queueOf(store);
    const server = platform();
    server.failNext(() => httpError(502));
    const result = await queue.saveTyped(entry('a'), server.send);
    expect(result).toMatchObject({ status: 'waiting', problem: { kind: 'unavailable' } });
    expect(store.entries.get('a')).toMatchObject({ attempts: 1, lastProblem: 'unavailable', refusal: null });
    expect(queue.waiting('thanhtra').map((queued) => queued.clientKey)).toEqual(['a']);
  });

  it('leaves the queue when refused: the form shows why and still holds the text', async () => {
    const store = memoryStore();
    const queue = queueOf(store);
    const server = platform();
    server.failNext(() => graphQLError('BAD_USER_INPUT', { field: 'finding.text' }));
    const result = await queue.saveTyped(entry('a'), server.send);
    expect(result).toMatchObject({
      status: 'refused',
      problem: { kind: 'badInput', fields: { text: expect.any(String) } },
    });
    expect(store.entries.size).toBe(0);
  });

  it('goes back to the form when it cannot be sent and this browser cannot keep it', async () => {
    const store = memoryStore();
    store.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const server = platform();
    server.failNext(unreachable);
    expect(await queueOf(store).saveTyped(entry('a'), server.send)).toMatchObject({
      status: 'refused',
      problem: { kind: 'network' },
    });
  });
});

describe('sending the queue again', () => {
  it('sends each waiting entry with its own key, and a lost answer does not make a second finding', async () => {
    const store = memoryStore();
    const queue = queueOf(store);
    const server = platform();
    server.loseNextAnswer();
    expect(await queue.saveTyped(entry('a'), server.send)).toMatchObject({ status: 'waiting' });
    expect(server.recorded.size).toBe(1);
    expect(await queue.flush('thanhtra', server.send)).toBe(1);
    expect(server.send.mock.calls.map(([sent]) => sent.clientKey)).toEqual(['a', 'a']);
    expect([...server.recorded.values()]).toEqual(['Kết quả a']);
    expect(store.entries.size).toBe(0);
  });

  it('sends the oldest first and stops at the first that must still wait', async () => {
    const store = memoryStore();
    await store.put(entry('new', { typedAt: new Date(NOW - 40_000).toISOString() }));
    await store.put(entry('old', { typedAt: new Date(NOW - 90_000).toISOString() }));
    await store.put(entry('middle', { typedAt: new Date(NOW - 60_000).toISOString() }));
    const queue = queueOf(store);
    const send = vi.fn<Send>(async (queued) => {
      if (queued.clientKey === 'middle') throw httpError(503);
    });
    expect(await queue.flush('thanhtra', send)).toBe(1);
    expect(send.mock.calls.map(([sent]) => sent.clientKey)).toEqual(['old', 'middle']);
    expect([...store.entries.keys()].sort()).toEqual(['middle', 'new']);
    expect(store.entries.get('middle')).toMatchObject({ attempts: 1, lastProblem: 'unavailable' });
  });

  it('sends only the logged-in user’s entries', async () => {
    const store = memoryStore();
    await store.put(entry('mine'));
    await store.put(entry('theirs', { username: 'admin' }));
    const server = platform();
    expect(await queueOf(store).flush('thanhtra', server.send)).toBe(1);
    expect([...store.entries.keys()]).toEqual(['theirs']);
  });

  it('keeps a refusal met in the background beside the entry, and does not send it again', async () => {
    const store = memoryStore();
    await store.put(entry('a'));
    const queue = queueOf(store);
    const server = platform();
    server.failNext(() => graphQLError('FORBIDDEN'));
    expect(await queue.flush('thanhtra', server.send)).toBe(0);
    expect(store.entries.get('a')).toMatchObject({ attempts: 1, refusal: { kind: 'forbidden' } });
    expect(queue.waiting('thanhtra')).toEqual([]);
    expect(await queue.flush('thanhtra', server.send)).toBe(0);
    expect(server.send).toHaveBeenCalledOnce();
  });

  it('leaves a first send still under way in its tab alone', async () => {
    const store = memoryStore();
    await store.put(entry('typing', { typedAt: new Date(NOW - 5_000).toISOString() }));
    const server = platform();
    expect(await queueOf(store).flush('thanhtra', server.send)).toBe(0);
    expect(server.send).not.toHaveBeenCalled();
  });

  it('runs one sender at a time', async () => {
    const store = memoryStore();
    await store.put(entry('a'));
    const queue = queueOf(store);
    let release = () => {};
    const slow = vi.fn<Send>(() => new Promise<void>((resolve) => (release = resolve)));
    const first = queue.flush('thanhtra', slow);
    await vi.waitFor(() => expect(slow).toHaveBeenCalledOnce());
    expect(await queue.flush('thanhtra', slow)).toBeNull();
    release();
    expect(await first).toBe(1);
    expect(slow).toHaveBeenCalledOnce();
  });

  it('lets the entries be removed, and tells the screens', async () => {
    const store = memoryStore();
    await store.put(entry('a'));
    const queue = queueOf(store);
    await queue.reload();
    const heard = vi.fn();
    queue.subscribe(heard);
    await queue.remove('a');
    expect(heard).toHaveBeenCalled();
    expect(queue.getSnapshot()).toEqual([]);
  });
});

describe('the lock across tabs', () => {
  it('skips the task while another tab holds the Web Lock', async () => {
    const locks = {
      request: async (_: string, options: LockOptions, task: (lock: Lock | null) => Promise<boolean>) =>
        task(options.ifAvailable ? null : ({ name: 'x', mode: 'exclusive' } as Lock)),
    } as unknown as LockManager;
    const task = vi.fn(async () => {});
    expect(await senderLock(locks)('queue', task)).toBe(false);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('a client key', () => {
  it('is a version 4 UUID, also on a plain http page without crypto.randomUUID', () => {
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) } as Crypto;
    const keys = [newClientKey(), newClientKey(insecure), newClientKey(insecure)];
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(3);
  });
});

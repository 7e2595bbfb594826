import { describeProblem, type Problem, type ProblemKind } from '@cchc/web-shared';
import type { FindingInput } from './generated/graphql.js';

/** A finding typed on this browser and not yet known to be saved. */
export interface QueuedFinding {
  /** Sent with the finding: the server records one finding per key, so a re-send after a lost answer is harmless. */
  clientKey: string;
  /** Whose it is: another user logging in on this browser neither sees nor sends it. */
  username: string;
  targetId: string;
  /** The area's names when it was typed, to show the entry where the plan's catalogue is not loaded. */
  area: { code: string; nameVi: string; nameEn: string };
  finding: FindingInput;
  /** When it was typed (ISO). */
  typedAt: string;
  /** Sends that did not save it. */
  attempts: number;
  /** Why the last send did not save it. */
  lastProblem: ProblemKind | null;
  /** A refusal met while sent in the background, with no form open to put it back in: kept, shown, not re-sent. */
  refusal: Problem | null;
}

export interface FailedSend {
  /**
   * waiting: kept, to be sent again (the platform could not be reached, or the session ended);
   * refused: something the user must change (their input, their rights), which sending again would not help.
   */
  status: 'waiting' | 'refused';
  problem: Problem;
}

export type SendResult = { status: 'saved' } | FailedSend;

/** Sends one entry (with its clientKey); rejects as Apollo Client does. */
export type Send = (entry: QueuedFinding) => Promise<unknown>;

/**
 * Problems that pass by themselves: no network or gateway (fetch failed, 502/503/504), a session to open again,
 * too many requests. Everything else is the user's to fix, with the form in front of them.
 */
const PASSING: ReadonlySet<ProblemKind> = new Set([
  'network',
  'unavailable',
  'unauthenticated',
  'rateLimited',
]);

export function resultOfFailure(error: unknown): FailedSend {
  const problem = describeProblem(error);
  return { status: PASSING.has(problem.kind) ? 'waiting' : 'refused', problem };
}

export interface QueueStore {
  all(): Promise<QueuedFinding[]>;
  put(entry: QueuedFinding): Promise<void>;
  /** Changes an entry if it is still there (another tab, or the user, may have removed it meanwhile). */
  update(clientKey: string, change: (entry: QueuedFinding) => QueuedFinding): Promise<void>;
  remove(clientKey: string): Promise<void>;
}

/** Runs the task unless a sender of that name already runs; false when it did not run. */
export type SenderLock = (name: string, task: () => Promise<void>) => Promise<boolean>;

/** Tells this browser's other tabs that the queue changed, and hears them. */
export interface ChangeChannel {
  post(): void;
  listen(listener: () => void): void;
}

/**
 * One sender at a time across the browser's tabs where it has Web Locks (https or localhost), else in this tab
 * only: a second tab then may send an entry twice, which its clientKey makes harmless.
 */
export function senderLock(locks: LockManager | undefined = globalThis.navigator?.locks): SenderLock {
  const held = new Set<string>();
  return async (name, task) => {
    if (held.has(name)) return false;
    held.add(name);
    try {
      if (!locks) {
        await task();
        return true;
      }
      return await locks.request(name, { ifAvailable: true }, async (lock) => {
        if (!lock) return false;
        await task();
        return true;
      });
    } finally {
      held.delete(name);
    }
  };
}

/** A random UUID; `crypto.randomUUID` exists only on https or localhost, an intranet page may be plain http. */
export function newClientKey(random: Crypto = globalThis.crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A first send still running in its tab is not sent again by a sender meanwhile (avoiding two at once). */
const FIRST_SEND_MS = 30_000;

/**
 * The findings typed on this browser until the platform has them: kept first, then sent; a send that
 * cannot reach the platform keeps the entry for a later one, with the same clientKey.
 */
export class FindingQueue {
  private entries: readonly QueuedFinding[] = [];
  private readonly listeners = new Set<() => void>();
  /** Entries this tab is sending now. */
  private readonly sending = new Set<string>();

  constructor(
    private readonly store: QueueStore,
    private readonly lock: SenderLock,
    private readonly changes?: ChangeChannel,
    private readonly now: () => number = Date.now,
  ) {
    changes?.listen(() => void this.reload());
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Every user's entries, as last read (filter by username to show them). */
  readonly getSnapshot = (): readonly QueuedFinding[] => this.entries;

  /** The entries of a user that a sender will send. */
  waiting(username: string): QueuedFinding[] {
    return this.entries.filter((entry) => entry.username === username && !entry.refusal);
  }

  async reload(): Promise<void> {
    const all = await this.store.all().catch(() => [] as QueuedFinding[]);
    this.entries = all.sort((a, b) => a.typedAt.localeCompare(b.typedAt));
    for (const listener of this.listeners) listener();
  }

  /**
   * A finding just typed: kept first (a closed tab keeps it), then sent. A refusal takes it out again: the
   * form still holds the text, and shows why. Without storage (none in this browser, or full) it is only sent.
   */
  async saveTyped(entry: QueuedFinding, send: Send): Promise<SendResult> {
    this.sending.add(entry.clientKey);
    const kept = await this.store.put(entry).then(
      () => true,
      () => false,
    );
    if (kept) await this.changed();
    const result = await this.attempt(entry, send);
    if (result.status === 'refused') await this.remove(entry.clientKey);
    // Not kept anywhere: the form keeps the text instead.
    if (result.status === 'waiting' && !kept) return { status: 'refused', problem: result.problem };
    return result;
  }

  /**
   * Sends a user's waiting entries, oldest first, under the lock; stops at the first that must wait (the next
   * would too). Returns how many were saved, or null when another sender was at work.
   */
  async flush(username: string, send: Send): Promise<number | null> {
    let saved = 0;
    const ran = await this.lock(`cchc.findings.queue:${username}`, async () => {
      // Read afresh: another tab may have sent some since.
      await this.reload();
      const due = this.waiting(username).filter(
        (entry) =>
          !this.sending.has(entry.clientKey) &&
          (entry.attempts > 0 || this.now() - Date.parse(entry.typedAt) > FIRST_SEND_MS),
      );
      for (const entry of due) {
        const result = await this.attempt(entry, send);
        if (result.status === 'saved') saved += 1;
        if (result.status === 'waiting') return;
        if (result.status === 'refused') {
          await this.store.update(entry.clientKey, (kept) => ({ ...kept, refusal: result.problem }));
          await this.changed();
        }
      }
    });
    if (!ran) await this.reload();
    return ran ? saved : null;
  }

  async remove(clientKey: string): Promise<void> {
    await this.store.remove(clientKey);
    await this.changed();
  }

  /** One send: saved → gone; otherwise counted, with its problem. */
  private async attempt(entry: QueuedFinding, send: Send): Promise<SendResult> {
    this.sending.add(entry.clientKey);
    try {
      await send(entry);
      await this.store.remove(entry.clientKey).catch(() => {});
      return { status: 'saved' };
    } catch (error) {
      const result = resultOfFailure(error);
      await this.store
        .update(entry.clientKey, (kept) => ({
          ...kept,
          attempts: kept.attempts + 1,
          lastProblem: result.problem.kind,
        }))
        .catch(() => {});
      return result;
    } finally {
      this.sending.delete(entry.clientKey);
      await this.changed();
    }
  }

  private async changed(): Promise<void> {
    await this.reload();
    this.changes?.post();
  }
}

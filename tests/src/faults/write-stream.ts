export interface Write {
  /** The write's number in its stream, which its marker (a finding's text, a month) is made from. */
  n: number;
  /** The id the service answered with: the write was acknowledged. */
  id?: string;
  /** Why the write was not acknowledged (an error code, an HTTP status). */
  refusal?: string;
  answeredAt: number;
}

/** After a refusal a client waits a little before its next write, as a retrying user would. */
const PAUSE_AFTER_REFUSAL_MS = 50;

/**
 * Writes numbered 0, 1, 2… sent by `concurrency` clients, each sending its next write once its last one is
 * answered, until stopped. `write` answers the acknowledged id, or throws why the write was not acknowledged.
 */
export function startWriteStream(write: (n: number) => Promise<string>, concurrency: number) {
  const writes: Write[] = [];
  let next = 0;
  let stopped = false;
  const client = async () => {
    while (!stopped) {
      const n = next++;
      const outcome: Write = await write(n).then(
        (id) => ({ n, id, answeredAt: Date.now() }),
        (error: Error) => ({ n, refusal: error.message, answeredAt: Date.now() }),
      );
      writes.push(outcome);
      if (!outcome.id) await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_REFUSAL_MS));
    }
  };
  const clients = Array.from({ length: concurrency }, client);
  const answeredSince = (since: number) => writes.filter((w) => w.answeredAt >= since);
  return {
    writes,
    acknowledgedSince: (since = 0) => answeredSince(since).filter((w) => w.id).length,
    refusedSince: (since = 0) => answeredSince(since).filter((w) => !w.id).length,
    /** How many writes were refused for each reason, e.g. `{ SERVICE_UNAVAILABLE: 12 }`. */
    refusals: () =>
      writes.reduce<Record<string, number>>((counts, w) => {
        if (w.refusal !== undefined) counts[w.refusal] = (counts[w.refusal] ?? 0) + 1;
        return counts;
      }, {}),
    /** Stops sending and waits for the writes in flight to be answered. */
    stop: async () => {
      stopped = true;
      await Promise.all(clients);
    },
  };
}

export type WriteStream = ReturnType<typeof startWriteStream>;

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, evaluated rather than loaded from a file so that it runs the same from dist/ and under
 * vitest (which runs src/*.ts); it is given bcryptjs's resolved path.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const bcrypt = require(workerData.bcryptjs);
parentPort.on('message', ({ id, password, hash, rounds }) => {
  try {
    const result = hash === undefined ? bcrypt.hashSync(password, rounds) : bcrypt.compareSync(password, hash);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});`;

const BCRYPTJS = createRequire(import.meta.url).resolve('bcryptjs');

/** Cost of new hashes (2^12 rounds). */
const HASH_ROUNDS = 12;

type Job = { password: string; hash?: string; rounds?: number };

/**
 * bcrypt (pure JavaScript bcryptjs, whose work would block the event loop: 20 concurrent logins slowed every
 * caller to seconds) run in worker threads. Hashes stay bcrypt, so stored passwords need no migration. One core is
 * left to the event loop.
 */
export class PasswordHashing {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 0;

  constructor(private readonly size = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  compare(password: string, hash: string): Promise<boolean> {
    return this.run({ password, hash }) as Promise<boolean>;
  }

  hash(password: string): Promise<string> {
    return this.run({ password, rounds: HASH_ROUNDS }) as Promise<string>;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
  }

  private run(job: Job): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workerFor(id).postMessage({ id, ...job });
    });
  }

  /** Jobs go round the workers, each started when first needed. */
  private workerFor(id: number): Worker {
    const index = id % this.size;
    let worker = this.workers[index];
    if (!worker) {
      worker = new Worker(WORKER_CODE, { eval: true, workerData: { bcryptjs: BCRYPTJS } });
      // Idle workers must not keep a finished process (the users command, a test) alive.
      worker.unref();
      worker.on(
        'message',
        ({ id: done, result, error }: { id: number; result?: unknown; error?: string }) => {
          const job = this.pending.get(done);
          this.pending.delete(done);
          if (error === undefined) job?.resolve(result);
          else job?.reject(new Error(error));
        },
      );
      this.workers[index] = worker;
    }
    return worker;
  }
}

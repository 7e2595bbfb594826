import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time.js';

/** A task the test finishes by hand, recording when it started. */
function heldTask(name: string, started: string[]) {
  let finish!: (outcome: 'ok' | 'fail') => void;
  const task = () =>
    new Promise<string>((resolve, reject) => {
      started.push(name);
      finish = (outcome) => (outcome === 'ok' ? resolve(name) : reject(new Error(name)));
    });
  return { task, finish: (outcome: 'ok' | 'fail') => finish(outcome) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('oneAtATime', () => {
  it('starts each task only once the one before has settled, in order, failed or not', async () => {
    const queue = oneAtATime();
    const started: string[] = [];
    const first = heldTask('first', started);
    const second = heldTask('second', started);
    const third = heldTask('third', started);
    const results = [queue(first.task), queue(second.task), queue(third.task)].map((p) =>
      p.then(
        (value) => `done ${value}`,
        (error: Error) => `failed ${error.message}`,
      ),
    );
    await settle();
    expect(started).toEqual(['first']);
    first.finish('fail');
    await settle();
    expect(started).toEqual(['first', 'second']);
    second.finish('ok');
    await settle();
    expect(started).toEqual(['first', 'second', 'third']);
    third.finish('ok');
    expect(await Promise.all(results)).toEqual(['failed first', 'done second', 'done third']);
  });
});

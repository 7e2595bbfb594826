import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import { RecentFacts } from './recent-facts.js';

const facts = (label: string) => [{ unitCode: label }] as unknown as Fact[];

describe('the facts of recent filters', () => {
  it('are computed once while the figures stay as they were, and again once they change', async () => {
    let changes = '7|t';
    let computed = 0;
    const recent = new RecentFacts(async () => changes);
    const compute = async () => facts(`run ${++computed}`);
    expect(await recent.get('a', compute)).toEqual(facts('run 1'));
    expect(await recent.get('a', compute)).toEqual(facts('run 1'));
    expect(await recent.get('b', compute)).toEqual(facts('run 2'));
    changes = '8|t';
    expect(await recent.get('a', compute)).toEqual(facts('run 3'));
    expect(computed).toBe(3);
  });

  it('keep the most recently used filters, expire with age, and never keep a failure', async () => {
    let now = 0;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      let computed = 0;
      const recent = new RecentFacts(async () => 'same', { entries: 2, maxAgeMs: 1000, maxFacts: 1000 });
      const compute = async () => facts(`run ${++computed}`);
      await recent.get('a', compute); // 1
      await recent.get('b', compute); // 2
      await recent.get('a', compute); // kept: a is now the most recent
      await recent.get('c', compute); // 3, and b goes
      await recent.get('b', compute); // 4
      expect(computed).toBe(4);
      now = 1500;
      await recent.get('b', compute); // 5: too old
      expect(computed).toBe(5);
      await expect(recent.get('d', async () => Promise.reject(new Error('registry down')))).rejects.toThrow();
      expect(await recent.get('d', compute)).toEqual(facts('run 6'));
    } finally {
      Date.now = realNow;
    }
  });

  it('hold no more facts than allowed: the oldest filters go first, the newest stays even alone', async () => {
    let computed = 0;
    const recent = new RecentFacts(async () => 'same', { entries: 8, maxAgeMs: 60_000, maxFacts: 5 });
    const many = (n: number) => async () => {
      computed++;
      return Array.from({ length: n }, (_, i) => ({ unitCode: `u${i}` })) as unknown as Fact[];
    };
    await recent.get('a', many(2)); // 1
    await recent.get('b', many(2)); // 2
    await recent.get('c', many(2)); // 3: six facts held, a goes
    await recent.get('b', many(2)); // kept
    await recent.get('a', many(2)); // 4: computed again
    expect(computed).toBe(4);
    await recent.get('big', many(9)); // 5: more than allowed alone, kept while newest
    await recent.get('big', many(9));
    expect(computed).toBe(5);
    await recent.get('c', many(2)); // 6: big was the only one left
    expect(computed).toBe(6);
  });
});

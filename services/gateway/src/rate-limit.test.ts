import { describe, expect, it } from 'vitest';
import { CLIENTS_COUNTED, MemoryCounter } from './rate-limit.js';

describe('the in-memory request counter', () => {
  it('counts each client in its window, and forgets the least recent past its bound rather than growing', async () => {
    const counter = new MemoryCounter();
    expect(await counter.increment('a:first', 60)).toBe(1);
    expect(await counter.increment('a:first', 60)).toBe(2);
    for (let i = 0; i < CLIENTS_COUNTED; i++) await counter.increment(`a:${i}`, 60);
    // The first client was the least recent: forgotten, it starts again from one.
    expect(await counter.increment('a:first', 60)).toBe(1);
  });
});

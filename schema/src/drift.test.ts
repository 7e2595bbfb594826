import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.js';

describe('the committed schema/', () => {
  it('holds the supergraphs composed from its subgraph files (run `npm run schema:compose` after a schema change)', async () => {
    const { files } = await composeSupergraph();
    expect(files.size).toBeGreaterThan(2);
    for (const [name, content] of files) {
      const committed = await readFile(new URL(`../${name}`, import.meta.url), 'utf8').catch(
        () => '(missing)',
      );
      expect(committed, `schema/${name} is stale`).toBe(content);
    }
  });
});

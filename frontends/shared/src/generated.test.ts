// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../codegen/generate.mjs';

describe('the generated operations', () => {
  it('match what graphql-codegen makes from the committed supergraph and the frontends’ documents (run npm run generate -w @cchc/web-shared)', async () => {
    const files = await generatedFiles();
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) {
      expect(await readFile(file.path, 'utf8').catch(() => 'missing'), file.path).toBe(file.content);
    }
  });
});

import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import codegenConfig, { apiSchema } from '../../codegen.js';
import { FINDINGS_EXPORT } from './findings-export.js';
import { INDICATOR_FACTS_EXPORT } from './indicator-facts-export.js';

describe('the export’s operations', () => {
  it('are valid against the API schema of the committed supergraph', () => {
    const schema = apiSchema();
    // The federation machinery is not part of what clients may ask.
    expect(schema.getType('join__Graph')).toBeUndefined();
    for (const { query } of [FINDINGS_EXPORT, INDICATOR_FACTS_EXPORT]) {
      expect(validate(schema, parse(String(query))).map((error) => error.message)).toEqual([]);
    }
  });

  it('have generated types that match what graphql-codegen makes from them (run npm run codegen -w @cchc/gateway)', async () => {
    const files: { filename: string; content: string }[] = await generate(codegenConfig, false);
    expect(files.map((file) => file.filename.split('/').at(-1)).sort()).toEqual([
      'gql.ts',
      'graphql.ts',
      'index.ts',
    ]);
    for (const file of files) {
      expect(await readFile(file.filename, 'utf8').catch(() => 'missing'), file.filename).toBe(file.content);
    }
  });
});

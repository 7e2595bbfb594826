import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { type DocumentNode, Kind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import codegenConfig, { servedRegistrySchema } from '../codegen.js';
import * as generated from './generated/graphql.js';

const operations = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    (entry[1] as DocumentNode).definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION) ?? false,
);

describe('the generated operations', () => {
  it('are what graphql-codegen makes from the committed SDL (run npm run codegen -w @cchc/unit-registry-client)', async () => {
    const files: { filename: string; content: string }[] = await generate(codegenConfig, false);
    expect(files.map((file) => file.filename.split('/').pop()).sort()).toEqual([
      'gql.ts',
      'graphql.ts',
      'index.ts',
    ]);
    for (const file of files) {
      expect(await readFile(file.filename, 'utf8').catch(() => 'missing'), file.filename).toBe(file.content);
    }
  });

  it('are every query the client sends, each valid against the registry’s schema as served', () => {
    const schema = servedRegistrySchema();
    expect(operations.map(([name]) => name).sort()).toEqual([
      'DescendantsPageDocument',
      'KnownUnitsDocument',
      'PredecessorsDocument',
      'UnitDescriptionsDocument',
      'UnitIdByCodeDocument',
      'UnitsPageDocument',
    ]);
    for (const [name, document] of operations) {
      expect(
        validate(schema, document).map((error) => error.message),
        name,
      ).toEqual([]);
    }
  });
});

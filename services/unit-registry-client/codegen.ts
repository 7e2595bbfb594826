import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { type GraphQLSchema, parse, printSchema } from 'graphql';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The registry's committed SDL: the contract this client is generated from. */
const REGISTRY_SDL_PATH = at('../../schema/subgraphs/unit-registry.graphql');

/**
 * The registry's schema as it serves it: the committed SDL with what federation adds (`_entities`, `_Any`,
 * the directives it imports), which the SDL file leaves out and `describe`/`unknownIds` need.
 */
export function servedRegistrySchema(): GraphQLSchema {
  return buildSubgraphSchema(parse(readFileSync(REGISTRY_SDL_PATH, 'utf8')));
}

/** graphql-codegen's client preset, as the frontends use it, over `graphql()` documents in src. */
const config: CodegenConfig = {
  schema: printSchema(servedRegistrySchema()),
  documents: [at('src/**/*.ts'), `!${at('src/generated/**')}`, `!${at('src/**/*.test.ts')}`],
  silent: true,
  generates: {
    [at('src/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string', _Any: '{ __typename: string; [field: string]: unknown }' },
      },
    },
  },
};

export default config;

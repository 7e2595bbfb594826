import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { filterInternalFieldsAndTypes } from '@graphql-tools/federation';
import { buildSchema, type GraphQLSchema, printSchema } from 'graphql';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The committed supergraph the gateway serves by default. */
export const SUPERGRAPH_PATH = at('../../schema/supergraph.graphql');
/** Where the export's operations are written (with `graphql()`, as in the frontends). */
export const EXPORT_DOCUMENTS = at('src/export/*.ts');

/**
 * The API schema clients see: the supergraph without its federation machinery (join__, link__, @inaccessible),
 * derived with the same function the gateway's query planner (`@graphql-hive/router-runtime`) uses.
 */
export function apiSchema(supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): GraphQLSchema {
  return filterInternalFieldsAndTypes(buildSchema(supergraphSdl));
}

/** graphql-codegen's client preset over the export's operations, typed against the API schema. */
const config: CodegenConfig = {
  schema: printSchema(apiSchema()),
  documents: EXPORT_DOCUMENTS,
  silent: true,
  generates: {
    [at('src/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // The gateway sends the text (RunGraphql takes a string): documents as typed strings, not ASTs.
        documentMode: 'string',
        importExtension: '.js',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTimeISO: 'string' },
      },
    },
  },
};

export default config;

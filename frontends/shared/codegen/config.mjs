import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const frontends = fileURLToPath(new URL('../../', import.meta.url));
const at = (path) => join(frontends, path);

/**
 * SHA-256 in plain hex, as automatic persisted queries and the gateway's manifest name documents
 * (the preset's own `'sha256'` prefixes the hash with `sha256:`).
 */
const sha256 = (document) => createHash('sha256').update(document).digest('hex');

/** Each frontend whose operations are generated (typed) and registered with the gateway as trusted documents. */
export const FRONTENDS_WITH_OPERATIONS = ['shared', 'planning', 'findings', 'reporting'];

/** graphql-codegen's client preset, once per frontend, from the committed supergraph. */
export const codegenConfig = {
  schema: at('../schema/supergraph.graphql'),
  silent: true,
  generates: Object.fromEntries(
    FRONTENDS_WITH_OPERATIONS.map((name) => [
      `${at(`${name}/src/generated`)}/`,
      {
        preset: 'client',
        documents: [at(`${name}/src/**/*.{ts,tsx}`), `!${at(`${name}/src/generated/**`)}`],
        // Apollo Client adds __typename to every selection before sending: the registered text must have it too.
        documentTransforms: [addTypenameSelectionDocumentTransform],
        presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: sha256 } },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          skipTypename: false,
          scalars: { Date: 'string', DateTimeISO: 'string' },
        },
      },
    ]),
  ),
};

/** The one manifest the gateway reads (TRUSTED_DOCUMENTS): every frontend's operations, hash → query. */
export const MANIFEST_PATH = at('shared/src/generated/persisted-documents.json');

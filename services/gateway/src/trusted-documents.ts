import { readFile } from 'node:fs/promises';
import { ErrorCode } from '@cchc/kit';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type APQStore, createInMemoryAPQStore, hashSHA256, useAPQ } from '@graphql-yoga/plugin-apq';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { GatewayServerContext } from './runtime/context.js';

/** The name the platform's own frontends send in `apollographql-client-name`. */
export const WEB_CLIENT_NAME = 'cchc-web';

const manifest = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in hex'), z.string().min(1));

/** Reads the operations registered at the frontends' build (graphql-codegen's persisted documents: hash → query). */
export async function readTrustedDocuments(files: string[]): Promise<Map<string, string>> {
  const documents = new Map<string, string>();
  for (const file of files) {
    for (const [hash, query] of Object.entries(manifest.parse(JSON.parse(await readFile(file, 'utf8'))))) {
      documents.set(hash, query);
    }
  }
  return documents;
}

/**
 * Automatic persisted queries (Yoga's APQ plugin), answering the registered documents first: a frontend sends
 * a hash only, and a BI tool's queries are learnt as usual in a bounded in-memory store. The runtime's
 * `persistedDocuments` option serves registered documents only, and would refuse a BI tool's APQ.
 */
function persistedQueries(trusted: Map<string, string>): GatewayPlugin<GatewayServerContext> {
  const learnt = createInMemoryAPQStore({ max: 1000 });
  const store: APQStore = {
    get: (hash) => trusted.get(hash) ?? learnt.get(hash),
    set: (hash, query) => learnt.set(hash, query),
  };
  const apq = useAPQ({ store });
  return {
    async onParams(payload) {
      try {
        await apq.onParams!(payload as never);
      } catch (error) {
        // The plugin's message is only its error's name ("PersistedQueryMismatch"): say what to send instead.
        if ((error as GraphQLError).extensions?.code !== 'PERSISTED_QUERY_MISMATCH') throw error;
        throw new GraphQLError(
          'The query does not match extensions.persistedQuery.sha256Hash: send the SHA-256 (hex) of the query as sent',
          { extensions: (error as GraphQLError).extensions },
        );
      }
    },
  };
}

interface PersistedQueryExtension {
  persistedQuery?: { sha256Hash?: unknown };
}

/**
 * In production, the platform's web client may send only the operations registered at its build; other
 * clients (BI tools, partners) are not limited to them.
 */
function registeredOperationsOnly(trusted: Map<string, string>): GatewayPlugin<GatewayServerContext> {
  return {
    async onParams({ params, request }) {
      if (request.headers.get('apollographql-client-name') !== WEB_CLIENT_NAME) return;
      const sent = (params.extensions as PersistedQueryExtension | undefined)?.persistedQuery?.sha256Hash;
      const hash = typeof sent === 'string' ? sent : params.query ? await hashSHA256(params.query) : '';
      if (!trusted.has(hash)) {
        throw new GraphQLError(
          `The ${WEB_CLIENT_NAME} client sends only the operations registered at its build; rebuild the frontends`,
          { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
        );
      }
    },
  };
}

export function trustedDocuments(
  trusted: Map<string, string>,
  production: boolean,
): GatewayPlugin<GatewayServerContext>[] {
  return [...(production ? [registeredOperationsOnly(trusted)] : []), persistedQueries(trusted)];
}

import { readFile } from 'node:fs/promises';
import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ErrorCode, type RequestContext } from '@cchc/kit';
import { GraphQLError } from 'graphql';
import { z } from 'zod';

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
 * The automatic-persisted-query cache, answering the registered documents first: a frontend sends a hash
 * only, and a BI tool's queries are learnt as usual (APQ) in a bounded in-memory cache.
 */
export class TrustedDocumentCache implements KeyValueCache<string> {
  private readonly learnt = new InMemoryLRUCache<string>();

  constructor(private readonly trusted: Map<string, string>) {}

  async get(key: string): Promise<string | undefined> {
    // Apollo Server prefixes its persisted-query keys with "apq:".
    return this.trusted.get(key.replace(/^apq:/, '')) ?? this.learnt.get(key);
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    await this.learnt.set(key, value, options);
  }

  async delete(key: string): Promise<boolean> {
    return this.learnt.delete(key);
  }
}

/**
 * In production, the platform's web client may send only the operations registered at its build; other
 * clients (BI tools, partners) are not limited to them.
 */
export function registeredOperationsOnly(trusted: Map<string, string>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get('apollographql-client-name') !== WEB_CLIENT_NAME) return;
      return {
        async didResolveOperation({ queryHash }) {
          if (!trusted.has(queryHash)) {
            throw new GraphQLError(
              `The ${WEB_CLIENT_NAME} client sends only the operations registered at its build; rebuild the frontends`,
              { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
            );
          }
        },
      };
    },
  };
}

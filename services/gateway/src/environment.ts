import {
  type AuthSettings,
  authEnvironment,
  authSettings,
  commonEnvironment,
  databaseEnvironment,
  optionalUrl,
  port,
  readEnvironment,
  type ServiceBasics,
  serviceBasics,
} from '@cchc/kit';
import { SUPERGRAPH_FILE } from '@cchc/schema';
import type { JWK } from 'jose';
import { z } from 'zod';
import { accountsDatabaseUrl } from './accounts/accounts-database.js';

const url = z.string().url();

const schema = z.object({
  ...commonEnvironment,
  ...authEnvironment,
  ...databaseEnvironment('GATEWAY'),
  /** The built-in login's signing key (an ES256 private JWK, JSON); no login without it. */
  AUTH_PRIVATE_JWK: z.string().optional(),
  /** Load the demo users (password "demo") into the built-in login's user table. */
  DEMO_USERS: z.stringbool().default(false),
  TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 3600),
  PORT: port(4000),
  /** The composed supergraph to serve; the one committed in schema/ by default. */
  SUPERGRAPH_PATH: z.string().optional(),
  UNIT_REGISTRY_URL: url.default('http://localhost:4001/graphql'),
  INSPECTION_URL: url.default('http://localhost:4002/graphql'),
  METRICS_URL: url.default('http://localhost:4003/graphql'),
  /** The example partner agency's subgraph, when the served supergraph includes it (supergraph.with-partners). */
  PARTNER_STAFFING_URL: optionalUrl,
  /** A subgraph that has not answered by then fails its part of the query; the rest is still returned. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** GraphQL requests a client (bearer token, else address) may send per minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /**
   * The operations registered at the frontends' build (persisted-documents JSON files, comma-separated): in
   * production the web client may send only these.
   */
  TRUSTED_DOCUMENTS: z.string().optional(),
  /** When set, rate limits are counted in Redis so that every gateway replica shares them. */
  REDIS_URL: optionalUrl,
});

export interface GatewayConfig extends ServiceBasics {
  maxBodyBytes: number;
  rateLimitPerMinute: number;
  auth: AuthSettings;
  /**
   * The built-in login and API tokens, when a signing key is configured; users and API tokens are kept in
   * the gateway's own database.
   */
  login?: { privateJwk: JWK; demoUsers: boolean; ttlSeconds: number; databaseUrl: string };
  redisUrl?: string;
  trustedDocuments: string[];
  supergraphPath: URL | string;
  /** Subgraph name (as in the supergraph) → URL. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = readEnvironment(schema, env);
  return {
    ...serviceBasics(parsed),
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE,
    auth: authSettings(parsed),
    login: parsed.AUTH_PRIVATE_JWK
      ? {
          privateJwk: JSON.parse(parsed.AUTH_PRIVATE_JWK) as JWK,
          demoUsers: parsed.DEMO_USERS,
          ttlSeconds: parsed.TOKEN_TTL_SECONDS,
          databaseUrl: accountsDatabaseUrl(parsed),
        }
      : undefined,
    redisUrl: parsed.REDIS_URL,
    trustedDocuments: parsed.TRUSTED_DOCUMENTS?.split(',').filter(Boolean) ?? [],
    supergraphPath: parsed.SUPERGRAPH_PATH ?? SUPERGRAPH_FILE,
    subgraphUrls: {
      'unit-registry': parsed.UNIT_REGISTRY_URL,
      inspection: parsed.INSPECTION_URL,
      'e-government-metrics': parsed.METRICS_URL,
      ...(parsed.PARTNER_STAFFING_URL ? { 'partner-staffing': parsed.PARTNER_STAFFING_URL } : {}),
    },
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
  };
}

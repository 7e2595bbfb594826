import { fileURLToPath } from 'node:url';
import {
  type AuthSettings,
  authEnvironment,
  authSettings,
  ConfigurationError,
  clientAddressOf,
  commonEnvironment,
  type DatabaseLimits,
  databaseEnvironment,
  databaseLimits,
  optionalUrl,
  port,
  readEnvironment,
  type ServiceBasics,
  serviceBasics,
} from '@cchc/kit';
import type { JWK } from 'jose';
import { z } from 'zod';
import { accountsDatabaseUrl } from './accounts/accounts-database.js';

/**
 * The supergraph committed in the repository's schema/, served when SUPERGRAPH_PATH names none: the contract is
 * the file (a deployed gateway is given its path), no code of the schema package runs here.
 */
const COMMITTED_SUPERGRAPH = fileURLToPath(new URL('../../../schema/supergraph.graphql', import.meta.url));

/** A subgraph answers over HTTP: `training:4020` (a valid URL of scheme "training") is a mistake, not a URL. */
const subgraphUrl = z.url({ protocol: /^https?$/ });
const optionalSubgraphUrl = subgraphUrl.optional().or(z.literal('').transform(() => undefined));

/** `SUBGRAPH_URL_<NAME>`: one subgraph's URL, its name upper-cased with `-` as `_` (SUBGRAPH_URL_E_GOVERNMENT_METRICS). */
export const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

/** A subgraph's name as it appears in a variable name: `e-government-metrics` → `E_GOVERNMENT_METRICS`. */
export function subgraphKey(name: string): string {
  return name.toUpperCase().replaceAll('-', '_');
}

/** `SUBGRAPH_URLS`: a JSON object, subgraph name → URL. */
const subgraphUrlsJson = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({
        code: 'custom',
        message: 'not JSON (expected {"subgraph-name": "http://…/graphql"})',
      });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), subgraphUrl))
  .optional();

/** Every variable the service reads, with its default: the Kubernetes manifests are checked against it. */
export const environmentSchema = z.object({
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
  /**
   * Where subgraphs answer, by name: a subgraph of the served supergraph that none names answers at the routing
   * URL composed into the supergraph. SUBGRAPH_URL_<NAME> wins over SUBGRAPH_URLS, which wins over the older
   * names kept below.
   */
  SUBGRAPH_URLS: subgraphUrlsJson,
  /** Older names of SUBGRAPH_URL_UNIT_REGISTRY, _INSPECTION, _E_GOVERNMENT_METRICS and _PARTNER_STAFFING. */
  UNIT_REGISTRY_URL: optionalSubgraphUrl,
  INSPECTION_URL: optionalSubgraphUrl,
  METRICS_URL: optionalSubgraphUrl,
  PARTNER_STAFFING_URL: optionalSubgraphUrl,
  /** A subgraph that has not answered by then fails its part of the query; the rest is still returned. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Requests a client (the token's subject together with the address) may send per minute, on every route. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Proxies in front of the gateway (an ingress), by address or CIDR range, comma-separated. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => {
        try {
          clientAddressOf(list);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'a comma-separated list of IP addresses or CIDR ranges (e.g. 10.0.0.0/8)' },
    ),
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
  /** Proxies whose X-Forwarded-For is believed (the web shell's server on this host always is). */
  trustedProxies?: string[];
  auth: AuthSettings;
  /**
   * The built-in login and API tokens, when a signing key is configured; users and API tokens are kept in
   * the gateway's own database.
   */
  login?: {
    privateJwk: JWK;
    demoUsers: boolean;
    ttlSeconds: number;
    databaseUrl: string;
    /** DEFAULT_DATABASE_LIMITS when not given. */
    databaseLimits?: DatabaseLimits;
  };
  redisUrl?: string;
  trustedDocuments: string[];
  supergraphPath: URL | string;
  /**
   * Subgraph name → URL, for the subgraphs that do not answer at their composed routing URL; a name matches a
   * subgraph in either spelling (`e-government-metrics` or `E_GOVERNMENT_METRICS`).
   */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
}

/** The environment's SUBGRAPH_URL_<NAME> variables, each checked as a URL with the rest. */
function withSubgraphUrlVariables(env: NodeJS.ProcessEnv) {
  const names = Object.keys(env).filter((key) => key.startsWith(SUBGRAPH_URL_PREFIX));
  // Typed as the fixed schema: the variables' values are read back by name in subgraphUrlsOf.
  const variables: Record<never, never> = Object.fromEntries(
    names.map((name) => [name, optionalSubgraphUrl]),
  );
  return environmentSchema.extend(variables);
}

function subgraphUrlsOf(parsed: z.infer<typeof environmentSchema>): Record<string, string> {
  const aliases = {
    UNIT_REGISTRY: parsed.UNIT_REGISTRY_URL,
    INSPECTION: parsed.INSPECTION_URL,
    E_GOVERNMENT_METRICS: parsed.METRICS_URL,
    PARTNER_STAFFING: parsed.PARTNER_STAFFING_URL,
  };
  const fromJson = Object.entries(parsed.SUBGRAPH_URLS ?? {}).map(([name, value]) => [
    subgraphKey(name),
    value,
  ]);
  const byName = Object.entries(parsed as Record<string, unknown>)
    .filter(([key]) => key.startsWith(SUBGRAPH_URL_PREFIX))
    .map(([key, value]) => [key.slice(SUBGRAPH_URL_PREFIX.length), value]);
  return Object.fromEntries(
    [...Object.entries(aliases), ...fromJson, ...byName].filter((entry): entry is [string, string] =>
      Boolean(entry[1]),
    ),
  );
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = readEnvironment(withSubgraphUrlVariables(env), env);
  if (parsed.AUTH_PRIVATE_JWK && parsed.TOKEN_TTL_SECONDS > parsed.AUTH_MAX_TOKEN_LIFETIME_SECONDS) {
    // Every service would refuse the tokens the login issues.
    throw new ConfigurationError([
      `TOKEN_TTL_SECONDS: ${parsed.TOKEN_TTL_SECONDS} is above AUTH_MAX_TOKEN_LIFETIME_SECONDS (${parsed.AUTH_MAX_TOKEN_LIFETIME_SECONDS})`,
    ]);
  }
  return {
    ...serviceBasics(parsed),
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE,
    trustedProxies: parsed.TRUSTED_PROXIES,
    auth: authSettings(parsed),
    login: parsed.AUTH_PRIVATE_JWK
      ? {
          privateJwk: JSON.parse(parsed.AUTH_PRIVATE_JWK) as JWK,
          demoUsers: parsed.DEMO_USERS,
          ttlSeconds: parsed.TOKEN_TTL_SECONDS,
          databaseUrl: accountsDatabaseUrl(parsed),
          databaseLimits: databaseLimits(parsed),
        }
      : undefined,
    redisUrl: parsed.REDIS_URL,
    trustedDocuments: parsed.TRUSTED_DOCUMENTS?.split(',').filter(Boolean) ?? [],
    supergraphPath: parsed.SUPERGRAPH_PATH ?? COMMITTED_SUPERGRAPH,
    subgraphUrls: subgraphUrlsOf(parsed),
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
  };
}

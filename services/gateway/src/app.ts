import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  createApolloServer,
  createLogger,
  createVerifier,
  databaseIsReady,
  type Logger,
  type Refusal,
  type RequestContext,
  type RunningHttpService,
  ServiceMetrics,
  startHttpService,
  UnitRegistryClient,
} from '@cchc/kit';
import { readSupergraph } from '@cchc/schema';
import { openAccountsDatabase } from './accounts/accounts-database.js';
import { apiTokenRoutes } from './accounts/api-token-routes.js';
import { ApiTokenStore } from './accounts/api-tokens.js';
import { type Caller, callerResolver } from './accounts/callers.js';
import { loginRoutes } from './accounts/login.js';
import { TokenIssuer } from './accounts/token-issuer.js';
import { readDemoUsers, UserStore } from './accounts/user-store.js';
import { type GatewayConfig, subgraphKey } from './environment.js';
import { exportRoutes } from './export.js';
import { protection } from './protection.js';
import { MemoryCounter, RedisCounter, rateLimit } from './rate-limit.js';
import { reportRoutes } from './reports/report-routes.js';
import { SubgraphClient } from './subgraph-client.js';
import { subgraphRoutes } from './subgraph-routes.js';
import { readTrustedDocuments, registeredOperationsOnly, TrustedDocumentCache } from './trusted-documents.js';

export { type GatewayConfig, readConfig } from './environment.js';

export interface Gateway extends RunningHttpService {
  metrics: ServiceMetrics;
}

/** Reads a subgraph's readiness from its own /readyz, next to its /graphql. */
async function subgraphReadiness(graphqlUrl: string): Promise<string> {
  try {
    const response = await fetch(new URL('/readyz', graphqlUrl), { signal: AbortSignal.timeout(2000) });
    return response.ok ? 'ready' : `not ready (${response.status})`;
  } catch {
    return 'unreachable';
  }
}

/** Serves the committed supergraph (no introspection of subgraphs at start) over the configured subgraph URLs. */
export async function startGateway(config: GatewayConfig, logger?: Logger): Promise<Gateway> {
  const log = logger ?? createLogger('gateway', config.logLevel);
  const metrics = new ServiceMetrics('gateway');
  const supergraphSdl = await readSupergraph(config.supergraphPath);
  const { routes, unused } = subgraphRoutes(supergraphSdl, config.subgraphUrls);
  log.info(
    { subgraphs: Object.fromEntries([...routes].map(([name, r]) => [name, r.url])) },
    'subgraph routes',
  );
  if (unused.length)
    log.warn({ unused }, 'subgraph URLs configured for subgraphs the supergraph does not have');
  // @apollo/gateway otherwise reports usage to Apollo's servers and probes cloud metadata addresses at start:
  // an intranet platform sends nothing outside.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const route = routes.get(name);
      if (!route?.url) throw new Error(`No URL for subgraph ${name}: set SUBGRAPH_URL_${subgraphKey(name)}`);
      return new SubgraphClient(name, route.url, config.subgraphTimeoutMs, metrics);
    },
  });
  const production = config.environment === 'production';
  const { plugins, validationRules } = protection(production);
  const trusted = await readTrustedDocuments(config.trustedDocuments);
  const apollo = createApolloServer<RequestContext>(
    { gateway },
    {
      // In production, introspection and field suggestions are for logged-in callers only (see protection.ts).
      introspection: true,
      plugins: [
        ...(plugins as ApolloServerPlugin<RequestContext>[]),
        ...(production ? [registeredOperationsOnly(trusted)] : []),
      ],
      validationRules,
      csrfPrevention: false,
      persistedQueries: { cache: new TrustedDocumentCache(trusted) },
    },
  );
  const counter = config.redisUrl ? new RedisCounter(config.redisUrl) : new MemoryCounter();
  const limit = rateLimit(counter, config.rateLimitPerMinute, (error) =>
    log.warn({ err: error }, 'rate limit counter unavailable'),
  );
  const accounts = config.login && (await openAccounts(config.login, config, log, metrics));
  const callerOf = callerResolver({ verify: createVerifier(config.auth), ...accounts });
  // The caller resolved when the request was admitted, picked up again by the GraphQL context.
  const callers = new WeakMap<IncomingMessage['headers'], Caller>();
  /** A request with a bad token stops here with 401; one without a token goes on as anonymous. */
  const authenticate = async (request: IncomingMessage): Promise<Refusal | null> => {
    try {
      callers.set(request.headers, await callerOf(request.headers));
      return null;
    } catch (error) {
      return { status: 401, code: 'UNAUTHENTICATED', message: (error as Error).message };
    }
  };
  const withCaller = (base: RequestContext, caller: Caller | undefined): RequestContext => ({
    ...base,
    identity: caller?.identity ?? null,
    headers: { ...base.headers, authorization: caller?.authorization },
  });
  /** For the routes that run GraphQL themselves (exports, documents): the caller resolved from the headers. */
  const contextOf = async (base: RequestContext, headers: IncomingMessage['headers']) =>
    withCaller(base, await callerOf(headers));
  const unitRegistry = new UnitRegistryClient(routes.get('unit-registry')?.url ?? '');
  // A unit registry that cannot answer leaves the token without a unit (a unit officer then sees nothing).
  const unitIdOf = (code: string, asOf: string) =>
    unitRegistry.idByCode(code, asOf).catch((error: unknown) => {
      log.warn({ err: error, code }, 'unit of a login not found');
      return null;
    });
  const accountRoutes = accounts
    ? [
        ...loginRoutes({
          privateJwk: config.login!.privateJwk,
          issuer: accounts.issuer,
          ttlSeconds: config.login!.ttlSeconds,
          users: accounts.users,
          logger: log,
          unitId: unitIdOf,
        }),
        ...apiTokenRoutes(accounts.apiTokens, callerOf),
      ]
    : [];
  const http = await startHttpService<RequestContext>({
    logger: log,
    metrics,
    apollo,
    host: config.http.host,
    port: config.http.port,
    maxBodyBytes: config.maxBodyBytes,
    admit: async (request) => (await authenticate(request)) ?? (await limit(request)),
    routes: [
      ...exportRoutes(apollo, log, contextOf),
      ...reportRoutes(apollo, log, contextOf),
      ...accountRoutes,
    ],
    context: async (base) => withCaller(base, callers.get(base.headers)),
    readiness: async () => {
      const subgraphs = Object.fromEntries(
        await Promise.all([...routes].map(async ([name, { url }]) => [name, await subgraphReadiness(url)])),
      );
      // The gateway still answers (with partial data) when a subgraph is down: ready, with the details.
      // Without its own database it cannot log anyone in: not ready.
      const database = accounts ? await databaseIsReady(accounts.database) : { ready: true };
      return { ...database, subgraphs };
    },
  });
  log.info({ url: `${http.url}/graphql` }, 'gateway ready');
  return {
    ...http,
    metrics,
    stop: async () => {
      await http.stop();
      await counter.close();
      await accounts?.database.destroy();
    },
  };
}

/** The gateway's own database (login users, API tokens), migrated, with the demo users when asked for. */
async function openAccounts(
  login: NonNullable<GatewayConfig['login']>,
  config: GatewayConfig,
  logger: Logger,
  metrics: ServiceMetrics,
) {
  const database = await openAccountsDatabase(login.databaseUrl, logger, metrics);
  const users = new UserStore(database);
  if (login.demoUsers) for (const user of await readDemoUsers()) await users.save(user);
  return {
    database,
    users,
    apiTokens: new ApiTokenStore(database),
    issuer: new TokenIssuer(login.privateJwk, config.auth.issuer, config.auth.audience),
  };
}

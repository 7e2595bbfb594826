import type { IncomingMessage } from 'node:http';
import {
  clientAddressOf,
  createLogger,
  createVerifier,
  databaseIsReady,
  ErrorCode,
  type Logger,
  type Refusal,
  type RunningHttpService,
  ServiceMetrics,
  startHttpService,
} from '@cchc/kit';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import InMemoryLRUCache from '@graphql-mesh/cache-inmemory-lru';
import RedisCache from '@graphql-mesh/cache-redis';
import * as httpTransport from '@graphql-mesh/transport-http';
import { openAccountsDatabase } from './accounts/accounts-database.js';
import { apiTokenRoutes } from './accounts/api-token-routes.js';
import { ApiTokenStore } from './accounts/api-tokens.js';
import { type Caller, callerResolver } from './accounts/callers.js';
import { lockedUsersRoute } from './accounts/locked-users-route.js';
import { loginRoutes } from './accounts/login.js';
import { LoginThrottle } from './accounts/login-throttle.js';
import { PasswordHashing } from './accounts/password-hashing.js';
import { TokenIssuer } from './accounts/token-issuer.js';
import { readDemoUsers, UserStore } from './accounts/user-store.js';
import type { GatewayConfig } from './environment.js';
import { exportRoutes } from './export.js';
import { importRoute } from './import-route.js';
import { protection } from './protection.js';
import { MemoryCounter, RedisCounter, rateLimit } from './rate-limit.js';
import { reportRoutes } from './reports/report-routes.js';
import { clientErrors } from './runtime/client-errors.js';
import type { GatewayServerContext } from './runtime/context.js';
import { graphqlAs, runtimeEndpoint } from './runtime/endpoint.js';
import { hiveLogger } from './runtime/hive-logger.js';
import { operationOutcomes, subgraphCalls, subgraphOutages } from './runtime/observability.js';
import { watchSupergraphFile } from './runtime/supergraph-file.js';
import {
  CACHE_TTL_MS,
  unitRegistryCaching,
  unitRegistryFields,
  watchUnitsRevision,
} from './runtime/unit-registry-cache.js';
import { type SubgraphRoute, subgraphRoutes } from './subgraph-routes.js';
import { readTrustedDocuments, trustedDocuments } from './trusted-documents.js';

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

/** Time a superseded supergraph keeps serving the requests it admitted before a reload. */
const RELOAD_DRAIN_MS = 30_000;

/**
 * Serves the supergraph file (no introspection of subgraphs at start; reloaded when the file changes) with
 * Hive Gateway's runtime and the Rust query planner, over the configured subgraph URLs.
 */
export async function startGateway(config: GatewayConfig, logger?: Logger): Promise<Gateway> {
  const log = logger ?? createLogger('gateway', config.logLevel);
  const metrics = new ServiceMetrics('gateway');
  const production = config.environment === 'production';
  let routes = new Map<string, SubgraphRoute>();
  const route = () => {
    const found = subgraphRoutes(supergraph.current(), config.subgraphUrls);
    if (found.unused.length)
      log.warn(
        { unused: found.unused },
        'subgraph URLs configured for subgraphs the supergraph does not have',
      );
    log.info(
      { subgraphs: Object.fromEntries([...found.routes].map(([name, r]) => [name, r.url])) },
      'subgraph routes',
    );
    routes = found.routes;
  };
  const supergraph = await watchSupergraphFile(config.supergraphPath, log, () => {
    route();
    runtime.invalidateUnifiedGraph();
  });
  route();
  const subgraphOf = (url: string) =>
    [...routes.values()].find((r) => url.startsWith(r.url))?.name ?? 'unknown';
  const trusted = await readTrustedDocuments(config.trustedDocuments);
  const unitsRevision = watchUnitsRevision(() => routes.get('unit-registry')?.url, log);
  const hiveLog = hiveLogger(log);
  // Shared by the replicas through Redis when there is one (cached answers), else in this process.
  const cache = config.redisUrl
    ? new RedisCache({ url: config.redisUrl, logger: hiveLog as never })
    : new InMemoryLRUCache({ max: 5_000, ttl: CACHE_TTL_MS });
  const registryCache = unitRegistryCaching({
    cache,
    cacheExpiresEntries: !config.redisUrl,
    watch: unitsRevision,
    registryFields: () => unitRegistryFields(supergraph.current()),
  });
  const runtime = createGatewayRuntime<GatewayServerContext>({
    supergraph: () => supergraph.current(),
    unifiedGraphHandler,
    // Loaded here rather than by name at the first request: the dependency is then explicit.
    transports: { http: httpTransport },
    gracefulSchemaReload: { drainTimeout: RELOAD_DRAIN_MS },
    // Each subgraph at its configured URL (else the one composed into the supergraph).
    transportEntries: Object.fromEntries(
      [...routes.values()].filter((r) => r.configured).map((r) => [r.name, { location: r.url }]),
    ),
    logging: hiveLog,
    cache,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    cors: false,
    // The HTTP layer gives every request its id (and echoes it); the subgraphs get it below.
    requestId: false,
    propagateHeaders: {
      // The subgraphs verify the caller's token again and apply their own rules.
      fromClientToSubgraphs: ({ context }) => ({
        authorization: context.caller?.authorization,
        'x-request-id': context.requestId,
      }),
    },
    upstreamTimeout: config.subgraphTimeoutMs,
    // A subgraph that cannot be reached or is too slow is named, so that the client knows which part is missing.
    subgraphErrors: { errorCode: ErrorCode.SERVICE_UNAVAILABLE, subgraphNameProp: 'serviceName' },
    maskedErrors: {
      errorMessage: 'Internal error. Please try again; if it persists, report the request id.',
    },
    // Identical queries in flight from one caller run once; the registry's cached queries are left to the cache,
    // which must see each one executed to keep its answer.
    inboundInflightRequestDeduplication: {
      shouldIncludeHeader: (name) => name === 'authorization',
      enabled: (_args, request) => !registryCache.cachedQuery(request),
    },
    plugins: () => [
      ...protection(production),
      ...trustedDocuments(trusted, production),
      ...registryCache.plugins,
      subgraphCalls(metrics, subgraphOf),
      subgraphOutages(config.subgraphTimeoutMs),
      clientErrors(),
      operationOutcomes(metrics),
    ],
  });
  const counter = config.redisUrl ? new RedisCounter(config.redisUrl) : new MemoryCounter();
  const clientAddress = clientAddressOf(config.trustedProxies);
  const limit = rateLimit(counter, config.rateLimitPerMinute, clientAddress, (error) =>
    log.warn({ err: error }, 'rate limit counter unavailable'),
  );
  const accounts = config.login && (await openAccounts(config.login, config, log, metrics));
  const resolveCaller = callerResolver({ verify: createVerifier(config.auth), ...accounts });
  // A request's caller is resolved once (for its rate limit, then for what it asks), picked up again when it
  // reaches the runtime.
  const resolved = new WeakMap<IncomingMessage, Promise<Caller>>();
  const callerOf = (request: IncomingMessage) => {
    let caller = resolved.get(request);
    if (!caller) {
      caller = resolveCaller(request.headers);
      resolved.set(request, caller);
    }
    return caller;
  };
  const callers = new WeakMap<IncomingMessage, Caller>();
  /** A request with a bad token stops here with 401; one without a token goes on as anonymous. */
  const authenticate = async (request: IncomingMessage): Promise<Refusal | null> => {
    try {
      callers.set(request, await callerOf(request));
      return null;
    } catch (error) {
      return { status: 401, code: 'UNAUTHENTICATED', message: (error as Error).message };
    }
  };
  /** Counted per caller and address; a request whose token is refused counts for its address alone. */
  const limitCaller = async (request: IncomingMessage) => {
    const caller = await callerOf(request).catch(() => null);
    return limit(request, caller?.identity?.subject);
  };
  /** For the routes that run GraphQL themselves (exports, documents): the caller and their GraphQL. */
  const asCaller = async (request: IncomingMessage, requestId: string) => {
    const caller = await callerOf(request);
    const context = { requestId, logger: log.child({ requestId }), caller };
    return { identity: caller.identity, run: graphqlAs(runtime, context) };
  };
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
          passwords: accounts.passwords,
          throttle: accounts.throttle,
          clientAddress,
          logger: log,
          unitId: unitIdOf,
        }),
        ...apiTokenRoutes(accounts.apiTokens, callerOf),
        lockedUsersRoute(accounts.throttle, callerOf),
      ]
    : [];
  const http = await startHttpService({
    logger: log,
    metrics,
    graphql: runtimeEndpoint(runtime, (request) => callers.get(request)),
    host: config.http.host,
    port: config.http.port,
    maxBodyBytes: config.maxBodyBytes,
    metricsToken: config.metricsToken,
    limit: limitCaller,
    admit: authenticate,
    routes: [
      ...exportRoutes(asCaller),
      ...reportRoutes(asCaller, log),
      importRoute(callerOf, () => routes.get('e-government-metrics')?.url),
      ...accountRoutes,
    ],
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
      supergraph.close();
      unitsRevision.close();
      await http.stop();
      cache[Symbol.dispose]();
      await counter.close();
      await accounts?.passwords.close();
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
  const database = await openAccountsDatabase(login.databaseUrl, logger, metrics, login.databaseLimits);
  const users = new UserStore(database);
  if (login.demoUsers) for (const user of await readDemoUsers()) await users.save(user);
  return {
    database,
    users,
    apiTokens: new ApiTokenStore(database),
    passwords: new PasswordHashing(),
    throttle: new LoginThrottle(database),
    issuer: new TokenIssuer(login.privateJwk, config.auth.issuer, config.auth.audience),
  };
}

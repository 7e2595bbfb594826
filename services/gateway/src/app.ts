import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  createApolloServer,
  createLogger,
  createVerifier,
  identify,
  type Logger,
  type Refusal,
  type RequestContext,
  type RunningHttpService,
  ServiceMetrics,
  startHttpService,
} from '@cchc/kit';
import { readSupergraph } from '@cchc/schema';
import type { GatewayConfig } from './environment.js';
import { exportRoutes } from './export.js';
import { loginRoutes, readUsers } from './login.js';
import { protection } from './protection.js';
import { MemoryCounter, RedisCounter, rateLimit } from './rate-limit.js';
import { SubgraphClient } from './subgraph-client.js';

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
  // @apollo/gateway otherwise reports usage to Apollo's servers and probes cloud metadata addresses at start:
  // an intranet platform sends nothing outside.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const configured = config.subgraphUrls[name] ?? url;
      if (!configured) throw new Error(`No URL configured for subgraph ${name}`);
      return new SubgraphClient(name, configured, config.subgraphTimeoutMs, metrics);
    },
  });
  const production = config.environment === 'production';
  const { plugins, validationRules } = protection(production);
  const apollo = createApolloServer<RequestContext>(
    { gateway },
    {
      introspection: !production,
      plugins: plugins as ApolloServerPlugin<RequestContext>[],
      validationRules,
      csrfPrevention: false,
    },
  );
  const counter = config.redisUrl ? new RedisCounter(config.redisUrl) : new MemoryCounter();
  const limit = rateLimit(counter, config.rateLimitPerMinute, (error) =>
    log.warn({ err: error }, 'rate limit counter unavailable'),
  );
  const verify = createVerifier(config.auth);
  /** A request with a bad token stops here with 401; one without a token goes on as anonymous. */
  const authenticate = async (request: IncomingMessage): Promise<Refusal | null> => {
    try {
      await identify(request.headers, verify);
      return null;
    } catch (error) {
      return { status: 401, code: 'UNAUTHENTICATED', message: (error as Error).message };
    }
  };
  const login = async () => {
    if (!config.login) return [];
    const users = config.login.demoUsers ? await readUsers() : [];
    return loginRoutes({
      ...config.login,
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      users,
      logger: log,
      unitId: async (code, asOf) => {
        const result = await apollo.executeOperation(
          {
            query: 'query($code: String!, $asOf: Date) { unitByCode(code: $code, asOf: $asOf) { id } }',
            variables: { code, asOf },
          },
          { contextValue: { requestId: 'login', logger: log, headers: {} } },
        );
        const data =
          result.body.kind === 'single'
            ? (result.body.singleResult.data as { unitByCode: { id: string } | null })
            : null;
        return data?.unitByCode?.id ?? null;
      },
    });
  };
  const http = await startHttpService<RequestContext>({
    logger: log,
    metrics,
    apollo,
    host: config.http.host,
    port: config.http.port,
    maxBodyBytes: config.maxBodyBytes,
    admit: async (request) => (await authenticate(request)) ?? (await limit(request)),
    routes: [...exportRoutes(apollo, log), ...(await login())],
    context: async (base) => base,
    readiness: async () => {
      const subgraphs = Object.fromEntries(
        await Promise.all(
          Object.entries(config.subgraphUrls).map(async ([name, url]) => [
            name,
            await subgraphReadiness(url),
          ]),
        ),
      );
      // The gateway still answers (with partial data) when a subgraph is down: ready, with the details.
      return { ready: true, subgraphs };
    },
  });
  log.info({ url: `${http.url}/graphql` }, 'gateway ready');
  return {
    ...http,
    metrics,
    stop: async () => {
      await http.stop();
      await counter.close();
    },
  };
}

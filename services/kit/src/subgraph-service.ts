import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createApolloServer } from './apollo.js';
import type { ServiceBasics } from './config.js';
import { type DatabaseLimits, type DataSourceOptions, databaseIsReady, openDatabase } from './database.js';
import { apolloEndpoint } from './http/graphql-endpoint.js';
import { type RequestContext, type Route, type RunningHttpService, startHttpService } from './http.js';
import { type AuthSettings, createVerifier, identify, type Verifier } from './identity.js';
import { createLogger, type Logger } from './logger.js';
import { ServiceMetrics } from './metrics.js';

export interface SubgraphServiceOptions<C extends RequestContext> {
  name: string;
  config: ServiceBasics & { databaseUrl: string; databaseLimits?: DatabaseLimits; auth: AuthSettings };
  logger?: Logger;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  schema(): Promise<GraphQLSchema>;
  /** Runs once the database is migrated (demo data, services); returns how each request's context is made. */
  setUp(dataSource: DataSource, logger: Logger): Promise<(base: RequestContext) => C>;
  /** Routes the service serves beside /graphql. */
  routes?(dataSource: DataSource, logger: Logger): Route[];
}

export interface RunningSubgraph extends RunningHttpService {
  dataSource: DataSource;
  metrics: ServiceMetrics;
}

/** A bad token stops the request with HTTP 401 before anything runs. */
async function identifyOrRefuse(base: RequestContext, verify: Verifier) {
  try {
    return await identify(base.headers, verify);
  } catch (error) {
    throw new GraphQLError((error as Error).message, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

/** A subgraph as every service runs it: its own migrated database, its schema, health and metrics endpoints. */
export async function startSubgraphService<C extends RequestContext>(
  options: SubgraphServiceOptions<C>,
): Promise<RunningSubgraph> {
  const { config } = options;
  const logger = options.logger ?? createLogger(options.name, config.logLevel);
  const metrics = new ServiceMetrics(options.name);
  const dataSource = await openDatabase({
    url: config.databaseUrl,
    limits: config.databaseLimits,
    entities: options.entities,
    migrations: options.migrations,
    logger,
    metrics,
  });
  const context = await options.setUp(dataSource, logger);
  const verify = createVerifier(config.auth);
  const apollo = createApolloServer<C>(
    { schema: await options.schema() },
    { introspection: config.environment !== 'production' },
  );
  const http = await startHttpService({
    logger,
    metrics,
    graphql: await apolloEndpoint(apollo, async (base) =>
      context({ ...base, identity: await identifyOrRefuse(base, verify) }),
    ),
    host: config.http.host,
    port: config.http.port,
    metricsToken: config.metricsToken,
    readiness: () => databaseIsReady(dataSource),
    routes: options.routes?.(dataSource, logger),
  });
  logger.info({ url: `${http.url}/graphql` }, `${options.name} ready`);
  return {
    ...http,
    dataSource,
    metrics,
    stop: async () => {
      await http.stop();
      await dataSource.destroy();
    },
  };
}

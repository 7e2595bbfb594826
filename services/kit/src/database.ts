import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import pg from 'pg';
import { DataSource, type EntitySchema, type MixedList, type Logger as OrmLogger } from 'typeorm';
import { z } from 'zod';
import { optionalUrl } from './config.js';
import type { Logger } from './logger.js';
import type { ServiceMetrics } from './metrics.js';
import { tracerOf } from './telemetry.js';

/** `DATABASE_URL` names a server (each service uses its own database on it); `<SERVICE>_DATABASE_URL` names one database. */
export const databaseEnvironment = <P extends string>(servicePrefix: P) =>
  ({ DATABASE_URL: optionalUrl, [`${servicePrefix}_DATABASE_URL`]: optionalUrl }) as {
    DATABASE_URL: typeof optionalUrl;
  } & Record<`${P}_DATABASE_URL`, typeof optionalUrl>;

/** The database a service connects to: its own URL if given, else its own database on the shared server. */
export function resolveDatabaseUrl(options: {
  serviceUrl: string | undefined;
  serverUrl: string | undefined;
  database: string;
}): string {
  if (options.serviceUrl) return options.serviceUrl;
  if (!options.serverUrl) {
    throw new Error(`No database configured: set DATABASE_URL or this service's own *_DATABASE_URL`);
  }
  return withDatabase(options.serverUrl, options.database);
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// Calendar dates stay 'YYYY-MM-DD' strings in raw queries too (pg would make them local-midnight Dates).
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

const databaseName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case PostgreSQL identifier');

/** Creates the database named in `url` when it does not exist yet (connecting to the server's `postgres` database). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName.parse(decodeURIComponent(new URL(url).pathname.slice(1)));
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        // Another service or test may have created it in the meantime.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await admin.end();
  }
}

/** Counts every SQL statement (the N+1 tests read the count) and logs failures and slow ones. */
class CountingOrmLogger implements OrmLogger {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: ServiceMetrics | undefined,
  ) {}
  logQuery(query: string) {
    this.metrics?.sqlStatements.inc();
    this.logger.trace({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string) {
    this.metrics?.sqlStatements.inc();
    this.logger.warn({ err: error, query }, 'sql failed');
  }
  logQuerySlow(time: number, query: string) {
    this.logger.warn({ time, query }, 'slow sql');
  }
  logSchemaBuild(message: string) {
    this.logger.debug(message);
  }
  logMigration(message: string) {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}

/**
 * node-postgres' client with a span per SQL statement (its text, never the parameter values), under the span of
 * the request that runs it; the data source's pool makes its connections with it. Without a registered tracer
 * provider there is no active span, and so no span.
 */
function tracingClient(service: string): typeof pg.Client {
  const tracer = tracerOf(service);
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  class TracingClient extends pg.Client {}
  TracingClient.prototype.query = function tracedQuery(this: pg.Client, ...args: unknown[]) {
    // Statements outside any request (migrations, imports at start) would each be a trace of their own.
    if (!trace.getActiveSpan()) return query.apply(this, args);
    const first = args[0] as string | { text?: string } | undefined;
    const statement = typeof first === 'string' ? first : (first?.text ?? '');
    const span = tracer.startSpan(statement.trimStart().split(/\s/, 1)[0]?.toUpperCase() || 'SQL', {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system': 'postgresql',
        'db.name': this.database ?? '',
        'db.statement': statement.slice(0, 4000),
      },
    });
    const end = (error?: Error | null) => {
      if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
      span.end();
    };
    // node-postgres answers through a callback when given one, else through a promise (TypeORM's way).
    const callback = args.findIndex((arg) => typeof arg === 'function');
    if (callback >= 0) {
      const done = args[callback] as (error: Error | null, ...rest: unknown[]) => void;
      args[callback] = (error: Error | null, ...rest: unknown[]) => {
        end(error);
        done(error, ...rest);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args) as Promise<unknown> | undefined;
    if (typeof result?.then === 'function') {
      result.then(
        () => end(),
        (error: Error) => end(error),
      );
    } else end(); // a streamed query (a Submittable): the span marks its start only
    return result;
  } as pg.Client['query'];
  return TracingClient;
}

export interface DataSourceOptions {
  url: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own parameter type
  entities: MixedList<Function | string | EntitySchema>;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own parameter type
  migrations: MixedList<Function | string>;
  logger: Logger;
  metrics?: ServiceMetrics;
  poolSize?: number;
}

/** A TypeORM data source that only ever changes its schema through migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const service = String(options.logger.bindings().service ?? 'service');
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    maxQueryExecutionTime: 1000,
    logging: true,
    logger: new CountingOrmLogger(options.logger, options.metrics),
    extra: {
      max: options.poolSize ?? 10,
      application_name: service,
      Client: tracingClient(service),
    },
  });
}

/** Any fixed number: replicas starting together take turns migrating a database. */
const MIGRATION_LOCK = 7_340_001;

/** Creates the database if needed, connects and applies pending migrations, one process at a time. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  await ensureDatabase(options.url);
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  // TypeORM's postgres driver keeps its node-postgres pool as `master`.
  options.metrics?.watchPool(() => (dataSource.driver as unknown as { master?: pg.Pool }).master);
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await lock.release();
  }
  return dataSource;
}

/** Readiness: the database answers and no migration is pending. */
export async function databaseIsReady(dataSource: DataSource): Promise<{ ready: boolean; reason?: string }> {
  try {
    if (!dataSource.isInitialized) return { ready: false, reason: 'database not connected' };
    await dataSource.query('SELECT 1');
    if (await dataSource.showMigrations()) return { ready: false, reason: 'migrations pending' };
    return { ready: true };
  } catch {
    // The driver's message names the database's address: not for whoever asks /readyz.
    return { ready: false, reason: 'database unreachable' };
  }
}

import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import pg from 'pg';
import { DataSource, type EntitySchema, type MixedList, type Logger as OrmLogger } from 'typeorm';
import { z } from 'zod';
import { optionalUrl } from './config.js';
import type { Logger } from './logger.js';
import type { ServiceMetrics } from './metrics.js';
import { tracerOf } from './telemetry.js';

/** How long a service's work may hold or wait for the database before it gives up (SERVICE_UNAVAILABLE). */
export interface DatabaseLimits {
  /** A statement running longer is cancelled by the server. */
  statementTimeoutMs: number;
  /** A statement waiting longer for a lock another session holds is cancelled. */
  lockTimeoutMs: number;
  /** A request waits this long for one of the pool's connections. */
  poolWaitMs: number;
  poolSize: number;
  /** Memory a sort or hash of one statement may use before spilling to disk (PostgreSQL's `work_mem`). */
  workMemMb: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  statementTimeoutMs: 30_000,
  lockTimeoutMs: 5_000,
  poolWaitMs: 5_000,
  poolSize: 10,
  // PostgreSQL's 4 MB sends a national roll-up's grouping to disk; 16 MB keeps it in memory (267 → 218 ms).
  workMemMb: 16,
};

/** A transaction left open and idle this long (a request that died half-way) is ended by the server. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

const milliseconds = (fallback: number) => z.coerce.number().int().min(1).max(3_600_000).default(fallback);

/**
 * `DATABASE_URL` names a server (each service uses its own database on it); `<SERVICE>_DATABASE_URL` names one
 * database; `DB_*` bound how long its work may take there.
 */
export const databaseEnvironment = <P extends string>(servicePrefix: P) =>
  ({
    DATABASE_URL: optionalUrl,
    [`${servicePrefix}_DATABASE_URL`]: optionalUrl,
    DB_STATEMENT_TIMEOUT_MS: milliseconds(DEFAULT_DATABASE_LIMITS.statementTimeoutMs),
    DB_LOCK_TIMEOUT_MS: milliseconds(DEFAULT_DATABASE_LIMITS.lockTimeoutMs),
    DB_POOL_WAIT_MS: milliseconds(DEFAULT_DATABASE_LIMITS.poolWaitMs),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(DEFAULT_DATABASE_LIMITS.poolSize),
    DB_WORK_MEM_MB: z.coerce.number().int().min(1).max(2048).default(DEFAULT_DATABASE_LIMITS.workMemMb),
  }) as {
    DATABASE_URL: typeof optionalUrl;
    DB_STATEMENT_TIMEOUT_MS: ReturnType<typeof milliseconds>;
    DB_LOCK_TIMEOUT_MS: ReturnType<typeof milliseconds>;
    DB_POOL_WAIT_MS: ReturnType<typeof milliseconds>;
    DB_POOL_SIZE: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
    DB_WORK_MEM_MB: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
  } & Record<`${P}_DATABASE_URL`, typeof optionalUrl>;

/** The limits a service read from its environment (`databaseEnvironment`). */
export const databaseLimits = (parsed: {
  DB_STATEMENT_TIMEOUT_MS: number;
  DB_LOCK_TIMEOUT_MS: number;
  DB_POOL_WAIT_MS: number;
  DB_POOL_SIZE: number;
  DB_WORK_MEM_MB: number;
}): DatabaseLimits => ({
  statementTimeoutMs: parsed.DB_STATEMENT_TIMEOUT_MS,
  lockTimeoutMs: parsed.DB_LOCK_TIMEOUT_MS,
  poolWaitMs: parsed.DB_POOL_WAIT_MS,
  poolSize: parsed.DB_POOL_SIZE,
  workMemMb: parsed.DB_WORK_MEM_MB,
});

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
  /** Each one not given is DEFAULT_DATABASE_LIMITS'. */
  limits?: Partial<DatabaseLimits>;
}

/** A TypeORM data source that only ever changes its schema through migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const service = String(options.logger.bindings().service ?? 'service');
  const limits = { ...DEFAULT_DATABASE_LIMITS, ...options.limits };
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
      max: limits.poolSize,
      connectionTimeoutMillis: limits.poolWaitMs,
      // Session settings, sent by node-postgres as each connection opens; 0 leaves the server's default (none).
      statement_timeout: limits.statementTimeoutMs,
      lock_timeout: limits.lockTimeoutMs,
      idle_in_transaction_session_timeout: limits.statementTimeoutMs > 0 ? IDLE_IN_TRANSACTION_TIMEOUT_MS : 0,
      application_name: service,
      options: `-c work_mem=${limits.workMemMb}MB`,
      Client: tracingClient(service),
    },
  });
}

/** Any fixed number: replicas starting together take turns migrating a database. */
const MIGRATION_LOCK = 7_340_001;

/**
 * Creates the database if needed and applies pending migrations, one process at a time, on connections of their
 * own without the service's time limits (a migration may rewrite a large table, or wait for another replica's).
 */
export async function migrateDatabase(options: DataSourceOptions): Promise<void> {
  await ensureDatabase(options.url);
  const migrator = createDataSource({
    ...options,
    metrics: undefined,
    limits: { statementTimeoutMs: 0, lockTimeoutMs: 0, poolWaitMs: 0, poolSize: 2 },
  });
  await migrator.initialize();
  const lock = migrator.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await lock.release();
    await migrator.destroy();
  }
}

/** Migrates the database (`migrateDatabase`), then connects to it within the service's limits. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  await migrateDatabase(options);
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  // TypeORM's postgres driver keeps its node-postgres pool as `master`.
  options.metrics?.watchPool(() => (dataSource.driver as unknown as { master?: pg.Pool }).master);
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

import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What a connection pool reports (node-postgres' Pool has these counts). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Seconds, from 5 ms to 5 s: a request or an operation of a service. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Prometheus metrics of one service process, served at /metrics. */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly pools: (() => PoolCounts | undefined)[] = [];
  readonly dbPool = new Gauge({
    name: 'db_pool_connections',
    help: 'Database connections by state: total (open), idle, waiting (requests queued for a connection)',
    labelNames: ['state'] as const,
    registers: [this.registry],
    collect: () => {
      const counts = this.pools.map((read) => read()).filter((pool) => pool !== undefined);
      const sum = (key: keyof PoolCounts) => counts.reduce((total, pool) => total + pool[key], 0);
      this.dbPool.set({ state: 'total' }, sum('totalCount'));
      this.dbPool.set({ state: 'idle' }, sum('idleCount'));
      this.dbPool.set({ state: 'waiting' }, sum('waitingCount'));
    },
  });
  readonly sqlStatements = new Counter({
    name: 'db_sql_statements_total',
    help: 'SQL statements sent to the database',
    registers: [this.registry],
  });
  readonly httpRequests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by operation name and outcome (first error code, or OK)',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by operation name',
    labelNames: ['operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly subgraphFetchDuration = new Histogram({
    name: 'subgraph_fetch_duration_seconds',
    help: 'Gateway calls to subgraphs by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'] as const,
    // A subgraph call may wait for its timeout, hence one bucket more.
    buckets: [...DURATION_BUCKETS, 10],
    registers: [this.registry],
  });

  /** Reports a connection pool's use at each scrape. */
  watchPool(read: () => PoolCounts | undefined): void {
    this.pools.push(read);
  }

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}

import { startMetrics } from '@cchc/e-government-metrics';
import { readConfig, startGateway } from '@cchc/gateway';
import { startInspection } from '@cchc/inspection';
import { type AuthSettings, createLogger, jwksOf, newSigningKey, readerToken } from '@cchc/kit';
import { createTestDatabase, type TestDatabase, templateDatabases } from '@cchc/kit/testing';
import { startPartnerStaffing } from '@cchc/partner-staffing';
import { startUnitRegistry } from '@cchc/unit-registry';
import pg from 'pg';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; requestId?: string; [key: string]: unknown } }[];
}

export type SubgraphName = 'unit-registry' | 'inspection' | 'e-government-metrics';

export interface PlatformOptions {
  /** The gateway's per-subgraph timeout; 10 s by default. */
  subgraphTimeoutMs?: number;
  /** Where the gateway sends a subgraph's requests instead of the subgraph itself (e.g. a proxy). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** Also start the example partner agency's subgraph, and serve the supergraph that includes it. */
  withPartners?: boolean;
  /** Registered operations (persisted-documents JSON files), as the gateway's TRUSTED_DOCUMENTS. */
  trustedDocuments?: string[];
}

/** Each service logs (silently) and traces under its own name, as it does in its own process. */
const logger = (service: string) => createLogger(service, 'silent');

/** The databases every platform starts on, in this order. */
const SERVICE_DATABASES = ['units', 'inspection', 'metrics', 'gateway'];

/**
 * Every service of the platform on the given databases (SERVICE_DATABASES' order), loading the demo data where a
 * database holds none, and the gateway serving the committed supergraph, all over real HTTP on free ports.
 */
async function startServices(
  urls: string[],
  signingKey: Awaited<ReturnType<typeof newSigningKey>>,
  options: PlatformOptions,
  addDatabase: (name: string) => Promise<TestDatabase>,
) {
  const auth: AuthSettings = {
    issuer: 'cchc-platform',
    audience: 'cchc-api',
    keys: jwksOf(signingKey),
    rolesClaim: 'roles',
    unitClaim: 'unit_id',
  };
  const basics = {
    environment: 'test',
    logLevel: 'silent',
    http: { host: '127.0.0.1', port: 0 },
    auth,
  } as const;
  const unitRegistry = await startUnitRegistry(
    { ...basics, databaseUrl: urls[0]!, loadDemoData: true },
    logger('unit-registry'),
  );
  // Inspection asks metrics for the indicator readings behind findings: metrics starts first.
  const metrics = await startMetrics(
    {
      ...basics,
      databaseUrl: urls[2]!,
      unitRegistryUrl: `${unitRegistry.url}/graphql`,
      loadDemoData: true,
    },
    logger('e-government-metrics'),
  );
  const inspection = await startInspection(
    {
      ...basics,
      databaseUrl: urls[1]!,
      unitRegistryUrl: `${unitRegistry.url}/graphql`,
      metricsUrl: `${metrics.url}/graphql`,
      loadDemoData: true,
      demoMetricsToken: await readerToken(signingKey),
    },
    logger('inspection'),
  );
  const partner = options.withPartners
    ? await startPartnerStaffing(
        {
          ...basics,
          databaseUrl: (await addDatabase('staffing')).url,
          unitRegistryUrl: `${unitRegistry.url}/graphql`,
          loadDemoData: true,
        },
        logger('partner-staffing'),
      )
    : undefined;
  const { SUPERGRAPH_FILE, SUPERGRAPH_WITH_PARTNERS_FILE } = await import('@cchc/schema');
  const gateway = await startGateway(
    {
      ...basics,
      maxBodyBytes: 1_000_000,
      rateLimitPerMinute: 100_000,
      supergraphPath: partner ? SUPERGRAPH_WITH_PARTNERS_FILE : SUPERGRAPH_FILE,
      trustedDocuments: options.trustedDocuments ?? [],
      subgraphUrls: {
        'unit-registry': `${unitRegistry.url}/graphql`,
        inspection: `${inspection.url}/graphql`,
        'e-government-metrics': `${metrics.url}/graphql`,
        ...(partner ? { 'partner-staffing': `${partner.url}/graphql` } : {}),
        ...options.subgraphUrls,
      },
      subgraphTimeoutMs: options.subgraphTimeoutMs ?? 10_000,
      login: { privateJwk: signingKey, demoUsers: true, ttlSeconds: 3600, databaseUrl: urls[3]! },
    },
    logger('gateway'),
  );

  return {
    unitRegistry,
    metrics,
    inspection,
    partner,
    gateway,
    stop: async () => {
      await gateway.stop();
      await partner?.stop();
      await inspection.stop();
      await metrics.stop();
      await unitRegistry.stop();
    },
  };
}

/**
 * Each service's database with the demo data, as copies of template databases the run fills once (by starting
 * the services on them): a service started on a copy finds its demo data there and does not load it again.
 */
async function demoDatabases(label: string): Promise<TestDatabase[]> {
  const templates = await templateDatabases('demo', SERVICE_DATABASES, async (urls) => {
    const services = await startServices(urls, await newSigningKey(), {}, () => {
      throw new Error('the demo templates hold no partner database');
    });
    await services.stop();
  });
  return Promise.all(
    SERVICE_DATABASES.map((name, i) => createTestDatabase(`${label}_${name}`, { template: templates[i] })),
  );
}

/**
 * The platform as the tests use it: each subgraph on its own test database with the demo data,
 * and the gateway serving the committed supergraph, all over real HTTP on free ports.
 */
export async function startPlatform(label: string, options: PlatformOptions = {}) {
  const databases = await demoDatabases(label);
  const addDatabase = async (name: string) => {
    const database = await createTestDatabase(`${label}_${name}`);
    databases.push(database);
    return database;
  };
  const signingKey = await newSigningKey();
  const { unitRegistry, metrics, inspection, partner, gateway, ...services } = await startServices(
    databases.map((database) => database.url),
    signingKey,
    options,
    addDatabase,
  );

  /** A demo user's token from the gateway's login (every demo password is "demo"). */
  const login = async (username: string) => {
    const response = await fetch(`${gateway.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo' }),
    });
    const body = (await response.json()) as { access_token?: string };
    if (!body.access_token) throw new Error(`login of ${username} failed: ${JSON.stringify(body)}`);
    return body.access_token;
  };
  const adminToken = await login('admin');

  const post = async <T>(
    url: string,
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<T>;
  };

  /** Another gateway over the same subgraphs, configured by environment variables as in production. */
  const anotherGateway = (environment: Record<string, string>) =>
    startGateway(
      readConfig({
        UNIT_REGISTRY_URL: `${unitRegistry.url}/graphql`,
        INSPECTION_URL: `${inspection.url}/graphql`,
        METRICS_URL: `${metrics.url}/graphql`,
        PORT: '0',
        HOST: '127.0.0.1',
        AUTH_JWKS: JSON.stringify(jwksOf(signingKey)),
        ...environment,
      }),
      logger('gateway'),
    );

  return {
    gatewayUrl: `${gateway.url}/graphql`,
    /** Each service's database, for what writes in bulk the way a service's own tool does (national data). */
    databaseUrls: {
      unitRegistry: databases[0]!.url,
      inspection: databases[1]!.url,
      metrics: databases[2]!.url,
    },
    anotherGateway,
    unitRegistry,
    inspection,
    metrics,
    gateway,
    /** A query through the gateway, as the demo admin. */
    query: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
      post<T>(`${gateway.url}/graphql`, query, variables, adminToken),
    /** A query through the gateway with another token (null: anonymous). */
    queryAs: <T = Record<string, unknown>>(
      token: string | null,
      query: string,
      variables?: Record<string, unknown>,
    ) => post<T>(`${gateway.url}/graphql`, query, variables, token),
    login,
    adminToken,
    /** What a service needs in its environment to verify the platform's tokens. */
    authEnvironment: { AUTH_JWKS: JSON.stringify(jwksOf(signingKey)) },
    /** A query straight to the unit-registry subgraph (e.g. `_entities`, which the gateway does not expose). */
    queryUnitRegistry: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
      post<T>(`${unitRegistry.url}/graphql`, query, variables),
    /** The gateway's own database (login users, API tokens), to check what it stores. */
    gatewayDatabase: {
      query: async (sql: string, params: unknown[] = []) => {
        const client = new pg.Client({ connectionString: databases[3]!.url });
        await client.connect();
        try {
          return await client.query(sql, params);
        } finally {
          await client.end();
        }
      },
    },
    /** SQL statements a service has sent so far, read from its /metrics like a scraper would. */
    sqlStatements,
    stop: async () => {
      await services.stop();
      for (const database of databases) await database.drop();
    },
  };
}

/** The SQL statements a service has sent since it started (its own counter, on /metrics). */
export async function sqlStatements(service: { url: string }): Promise<number> {
  const metrics = await (await fetch(`${service.url}/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith('db_sql_statements_total'));
  return Number(line?.split(' ').at(-1));
}

export type TestPlatform = Awaited<ReturnType<typeof startPlatform>>;

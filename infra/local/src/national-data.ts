import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createLogger, jwksOf } from '@cchc/kit';
import {
  embeddedPostgresUrl,
  type RunningPostgres,
  startEmbeddedPostgres,
} from '@cchc/kit/embedded-postgres';
import pg from 'pg';
import { readConfig } from './environment.js';
import { entry, loadSigningKey, repoRoot, report, startOn, startSubgraphs } from './local-parts.js';
import { type ServiceDefinition, type SupervisedService, superviseService } from './supervisor.js';

/** The databases the generators fill, by the service that owns each. */
const DATABASES = {
  'unit-registry': 'cchc_unit_registry',
  'e-government-metrics': 'cchc_e_government_metrics',
  inspection: 'cchc_inspection',
};

/**
 * `npm run data:national`: the national-scale data set, in the databases `npm start` uses. Each service writes
 * its own tables with its own generator (services/<name>/src/national), one after the other, after unit-registry
 * has its national units: figures for every unit and month, then inspections. Deterministic (NATIONAL_SEED) and
 * idempotent: a second run inserts nothing, and the demo data stays as it was. Works whether or not the platform
 * is running: when unit-registry answers on its port, it and its database are used as they are.
 */
async function main() {
  const started = performance.now();
  const config = readConfig();
  const registryUrl = `http://127.0.0.1:${config.UNIT_REGISTRY_PORT}`;
  const platformRunning = await fetch(`${registryUrl}/readyz`).then(
    (answer) => answer.ok,
    () => false,
  );
  let postgres: RunningPostgres | undefined;
  const startedHere: SupervisedService[] = [];
  try {
    let serverUrl = config.DATABASE_URL;
    if (!serverUrl && platformRunning) serverUrl = embeddedPostgresUrl(config.EMBEDDED_PG_PORT);
    if (!serverUrl) {
      console.log(`Starting the embedded PostgreSQL (data in ${config.EMBEDDED_PG_DATA_DIR})…`);
      postgres = await startEmbeddedPostgres({
        dataDir: new URL(config.EMBEDDED_PG_DATA_DIR, repoRoot).pathname,
        port: config.EMBEDDED_PG_PORT,
        logger: createLogger('platform', config.LOG_LEVEL),
      });
      serverUrl = postgres.url;
    }
    const signingKey = await loadSigningKey(
      new URL(`${config.EMBEDDED_PG_DATA_DIR}/../auth/signing-key.jwk.json`, repoRoot),
    );
    const common = {
      LOG_LEVEL: config.LOG_LEVEL,
      DATABASE_URL: serverUrl,
      AUTH_JWKS: JSON.stringify(jwksOf(signingKey)),
      UNIT_REGISTRY_URL: `${registryUrl}/graphql`,
    };
    if (platformRunning) console.log('The platform is running: using its unit-registry and databases.');
    else {
      // As `npm start` starts them: the national units and each service's demo data go in first, since a
      // service loads its demo data only into an empty database.
      const supervise = async (definition: ServiceDefinition) => {
        startedHere.push(await superviseService(definition, { onEvent: report }));
      };
      await startSubgraphs(config, { ...common, HOST: '127.0.0.1' }, signingKey, startOn(supervise));
    }
    await generate('e-government-metrics', {
      ...common,
      METRICS_DATABASE_URL: config.METRICS_DATABASE_URL ?? '',
    });
    await generate('inspection', {
      ...common,
      INSPECTION_DATABASE_URL: config.INSPECTION_DATABASE_URL ?? '',
      METRICS_URL: `http://127.0.0.1:${config.METRICS_PORT}/graphql`,
    });
    await printSizes(serverUrl);
    console.log(`\nNational data ready in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  } catch (error) {
    console.error(`National data failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    for (const service of startedHere.reverse()) await service.stop();
    await postgres?.stop();
  }
}

/** One service's generator, as a process of its own with the service's environment; its output is the progress. */
async function generate(service: keyof typeof DATABASES, env: Record<string, string>) {
  console.log(`\n${service}:`);
  const child = spawn(process.execPath, [entry(`services/${service}/dist/national/cli.js`).pathname], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0)
    throw new Error(`the ${service} generator stopped (exit ${code}); its output above says why`);
}

async function printSizes(serverUrl: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; size: string }>(
      `SELECT datname, pg_size_pretty(pg_database_size(datname)) AS size FROM pg_database
       WHERE datname = ANY($1) ORDER BY datname`,
      [Object.values(DATABASES)],
    );
    console.log('\nDatabase sizes:');
    for (const { datname, size } of rows) console.log(`  ${datname}: ${size}`);
  } finally {
    await client.end();
  }
}

void main();

import { createLogger, jwksOf } from '@cchc/kit';
import { type RunningPostgres, startEmbeddedPostgres } from '@cchc/kit/embedded-postgres';
import { readConfig } from './environment.js';
import { entry, loadSigningKey, local, repoRoot, report, startOn, startSubgraphs } from './local-parts.js';
import { type ServiceDefinition, type SupervisedService, superviseService } from './supervisor.js';

/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), then each subgraph (migrated, demo
 * data loaded when empty), then the gateway. A service that dies is restarted (see supervisor.ts).
 * Ctrl-C stops them in reverse order.
 */
async function main() {
  const started = performance.now();
  const config = readConfig();
  const logger = createLogger('platform', config.LOG_LEVEL);
  const running: SupervisedService[] = [];
  let postgres: RunningPostgres | undefined;
  let stopping = false;

  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the platform…');
    for (const service of [...running].reverse()) await service.stop();
    await postgres?.stop();
    console.log('Stopped.');
    process.exit(exitCode);
  };
  // embedded-postgres stops the server and exits on these signals by itself, which would leave the
  // services running: this launcher stops them first, then PostgreSQL.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    let serverUrl = config.DATABASE_URL;
    if (!serverUrl) {
      console.log(
        `Starting the embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT} (data in ${config.EMBEDDED_PG_DATA_DIR})…`,
      );
      postgres = await startEmbeddedPostgres({
        dataDir: new URL(config.EMBEDDED_PG_DATA_DIR, repoRoot).pathname,
        port: config.EMBEDDED_PG_PORT,
        logger,
      });
      serverUrl = postgres.url;
    }
    const signingKey = await loadSigningKey(
      new URL(`${config.EMBEDDED_PG_DATA_DIR}/../auth/signing-key.jwk.json`, repoRoot),
    );
    const auth = { AUTH_JWKS: JSON.stringify(jwksOf(signingKey)) };
    const common = { LOG_LEVEL: config.LOG_LEVEL, DATABASE_URL: serverUrl, ...auth };
    const subgraphCommon = { ...common, HOST: config.SUBGRAPH_HOST };

    const supervise = async (definition: ServiceDefinition) => {
      running.push(await superviseService(definition, { onEvent: report }));
    };
    const start = startOn(supervise);
    const unitRegistryUrl = await startSubgraphs(config, subgraphCommon, signingKey, start);
    // Another agency's subgraph (the example in services/partner-staffing), only when asked for.
    if (config.PARTNER_SUBGRAPHS) {
      await start('partner-staffing', config.PARTNER_STAFFING_PORT, {
        ...subgraphCommon,
        PARTNER_STAFFING_DATABASE_URL: config.PARTNER_STAFFING_DATABASE_URL,
        UNIT_REGISTRY_URL: unitRegistryUrl,
        LOAD_DEMO_DATA: 'true',
      });
    }
    await start('gateway', config.GATEWAY_PORT, {
      ...common,
      GATEWAY_DATABASE_URL: config.GATEWAY_DATABASE_URL,
      AUTH_PRIVATE_JWK: JSON.stringify(signingKey),
      DEMO_USERS: 'true',
      // The web client's registered operations: it sends their hashes alone.
      TRUSTED_DOCUMENTS: entry('frontends/shared/src/generated/persisted-documents.json').pathname,
      UNIT_REGISTRY_URL: unitRegistryUrl,
      INSPECTION_URL: `${local(config.INSPECTION_PORT)}/graphql`,
      METRICS_URL: `${local(config.METRICS_PORT)}/graphql`,
      ...(config.PARTNER_SUBGRAPHS
        ? {
            SUPERGRAPH_PATH: entry('schema/supergraph.with-partners.graphql').pathname,
            PARTNER_STAFFING_URL: `${local(config.PARTNER_STAFFING_PORT)}/graphql`,
          }
        : {}),
    });

    // The shell serves the frontends and passes /graphql, /auth/… to the gateway: one origin for the browser.
    await supervise({
      name: 'shell',
      entry: entry('frontends/shell-server/dist/main.js'),
      env: { SHELL_PORT: String(config.SHELL_PORT), GATEWAY_URL: local(config.GATEWAY_PORT) },
      readyUrl: `${local(config.SHELL_PORT)}/readyz`,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\nThe platform is up (${seconds} s). Open the GraphQL API at http://localhost:${config.GATEWAY_PORT}/graphql`,
    );
    if (config.PARTNER_SUBGRAPHS) {
      console.log(
        "With the partner agencies' subgraphs: Unit.staffing comes from partner-staffing (Sở Nội vụ).",
      );
    }
    console.log(
      `\nOpen http://localhost:${config.SHELL_PORT} and log in as admin / demo (other users in the README).`,
    );
    console.log('Log in: POST /auth/token {"username": "admin", "password": "demo"} (users in the README).');
    console.log('Press Ctrl-C to stop.\n');
  } catch (error) {
    console.error(`Start failed: ${error instanceof Error ? error.message : error}`);
    await stopAll(1);
  }
}

void main();

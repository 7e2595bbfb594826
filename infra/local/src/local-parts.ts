import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { newSigningKey, readerToken } from '@cchc/kit';
import type { JWK } from 'jose';
import type { LocalPlatformConfig } from './environment.js';
import { describeEvent, type ServiceDefinition, type SupervisorEvent } from './supervisor.js';

/** What `npm start` and `npm run data:national` share: where the repository is, the demo key, the operator's lines. */
export const repoRoot = new URL('../../../', import.meta.url);

/** A file of the repository, e.g. a service's compiled entry point. */
export const entry = (path: string) => new URL(path, repoRoot);

/** The demo login's signing key: made once, kept beside the database so tokens survive a restart. */
export async function loadSigningKey(file: URL): Promise<JWK> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch {
    const key = await newSigningKey();
    await mkdir(new URL('./', file), { recursive: true });
    await writeFile(file, JSON.stringify(key), { mode: 0o600 });
    return key;
  }
}

/** A service that stopped or was given up on is an error for the operator; the rest is news. */
export const report = (name: string, event: SupervisorEvent) => {
  const line = describeEvent(name, event);
  if (event.kind === 'exited' || event.kind === 'gave-up') console.error(line);
  else console.log(line);
};

export const local = (port: number) => `http://127.0.0.1:${port}`;

/** Starts a service of services/ on a port (variables left undefined are not set), with `supervise`. */
export const startOn =
  (supervise: (definition: ServiceDefinition) => Promise<void>) =>
  (name: string, port: number, env: Record<string, string | undefined>) => {
    const defined = Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined),
    );
    return supervise({
      name,
      entry: entry(`services/${name}/dist/main.js`),
      env: { ...defined, PORT: String(port) },
      readyUrl: `${local(port)}/readyz`,
    });
  };

/**
 * The three subgraphs, each loading its demo data where its database holds none: unit-registry first (its
 * first start imports the national units, which the others' demo data names by code), then
 * e-government-metrics, then inspection (which asks metrics for the readings behind findings). Returns
 * unit-registry's GraphQL URL.
 */
export async function startSubgraphs(
  config: LocalPlatformConfig,
  subgraphCommon: Record<string, string>,
  signingKey: JWK,
  start: ReturnType<typeof startOn>,
): Promise<string> {
  const unitRegistryUrl = `${local(config.UNIT_REGISTRY_PORT)}/graphql`;
  await start('unit-registry', config.UNIT_REGISTRY_PORT, {
    ...subgraphCommon,
    UNIT_REGISTRY_DATABASE_URL: config.UNIT_REGISTRY_DATABASE_URL,
    LOAD_DEMO_DATA: 'true',
  });
  await start('e-government-metrics', config.METRICS_PORT, {
    ...subgraphCommon,
    METRICS_DATABASE_URL: config.METRICS_DATABASE_URL,
    UNIT_REGISTRY_URL: unitRegistryUrl,
    LOAD_DEMO_DATA: 'true',
  });
  await start('inspection', config.INSPECTION_PORT, {
    ...subgraphCommon,
    INSPECTION_DATABASE_URL: config.INSPECTION_DATABASE_URL,
    UNIT_REGISTRY_URL: unitRegistryUrl,
    METRICS_URL: `${local(config.METRICS_PORT)}/graphql`,
    LOAD_DEMO_DATA: 'true',
    DEMO_METRICS_TOKEN: await readerToken(signingKey),
  });
  return unitRegistryUrl;
}

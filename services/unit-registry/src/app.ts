import {
  createApolloServer,
  createLogger,
  databaseIsReady,
  type Logger,
  openDatabase,
  type RunningHttpService,
  ServiceMetrics,
  startHttpService,
} from '@cchc/kit';
import type { DataSource } from 'typeorm';
import { entities, migrations } from './db/schema.js';
import { UnitRepository } from './db/unit.repository.js';
import type { UnitRegistryConfig } from './environment.js';
import type { UnitRegistryContext } from './graphql/context.js';
import { createLoaders } from './graphql/loaders.js';
import { buildUnitRegistrySchema } from './graphql/schema.js';
import { importAdminUnits } from './import/unit-import.js';

export { readConfig, type UnitRegistryConfig } from './environment.js';
export { buildUnitRegistrySchema, printUnitRegistrySdl } from './graphql/schema.js';
export { type ImportReport, importAdminUnits } from './import/unit-import.js';

export interface UnitRegistry extends RunningHttpService {
  dataSource: DataSource;
  metrics: ServiceMetrics;
}

/** Opens the database (migrating it), loads demo data if asked and empty, and serves the subgraph. */
export async function startUnitRegistry(config: UnitRegistryConfig, logger?: Logger): Promise<UnitRegistry> {
  const log = logger ?? createLogger('unit-registry', config.logLevel);
  const metrics = new ServiceMetrics('unit-registry');
  const dataSource = await openDatabase({
    url: config.databaseUrl,
    entities,
    migrations,
    logger: log,
    metrics,
  });
  const units = new UnitRepository(dataSource);
  if (config.loadDemoData && (await units.count()) === 0) {
    log.info('database empty: importing the national administrative units');
    await importAdminUnits(dataSource, { onProgress: (message) => log.info(message) });
  }
  const apollo = createApolloServer<UnitRegistryContext>(
    { schema: await buildUnitRegistrySchema() },
    { introspection: config.environment !== 'production' },
  );
  const http = await startHttpService<UnitRegistryContext>({
    logger: log,
    metrics,
    apollo,
    host: config.http.host,
    port: config.http.port,
    readiness: () => databaseIsReady(dataSource),
    context: async (base) => ({ ...base, units, loaders: createLoaders(units) }),
  });
  log.info({ url: `${http.url}/graphql` }, 'unit-registry ready');
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

import { type Logger, type RunningSubgraph, startSubgraphService } from '@cchc/kit';
import { entities, migrations } from './db/schema.js';
import { UnitRepository } from './db/unit.repository.js';
import type { UnitRegistryConfig } from './environment.js';
import type { UnitRegistryContext } from './graphql/context.js';
import { createLoaders } from './graphql/loaders.js';
import { buildUnitRegistrySchema } from './graphql/schema.js';
import { importAdminUnits } from './import/unit-import.js';

export { readConfig, type UnitRegistryConfig } from './environment.js';
export { UNIT_REGISTRY_ACCESS } from './graphql/access.js';
export { buildUnitRegistrySchema, printUnitRegistrySdl } from './graphql/schema.js';
export { type ImportReport, importAdminUnits } from './import/unit-import.js';

/** Opens the database (migrating it), loads demo data if asked and empty, and serves the subgraph. */
export function startUnitRegistry(config: UnitRegistryConfig, logger?: Logger): Promise<RunningSubgraph> {
  return startSubgraphService<UnitRegistryContext>({
    name: 'unit-registry',
    config,
    logger,
    entities,
    migrations,
    schema: buildUnitRegistrySchema,
    setUp: async (dataSource, log) => {
      const units = new UnitRepository(dataSource);
      if (config.loadDemoData && (await units.count()) === 0) {
        log.info('database empty: importing the national administrative units');
        await importAdminUnits(dataSource, { onProgress: (message) => log.info(message) });
      }
      return (base) => ({ ...base, units, loaders: createLoaders(units) });
    },
  });
}

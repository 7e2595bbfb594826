import { type Logger, type RunningSubgraph, startSubgraphService } from '@cchc/kit';
import { entities, migrations } from './db/schema.js';
import { UnitRepository } from './db/unit.repository.js';
import { UnitSearchIndex } from './db/unit-search-index.js';
import { UnitsRevision } from './db/units-revision.js';
import type { UnitRegistryConfig } from './environment.js';
import type { UnitRegistryContext } from './graphql/context.js';
import { createLoaders } from './graphql/loaders.js';
import { buildUnitRegistrySchema } from './graphql/schema.js';
import { unitsRevisionRoute } from './http/units-revision.route.js';
import { importAdminUnits } from './import/unit-import.js';

export { readConfig, type UnitRegistryConfig } from './environment.js';
export { UNIT_REGISTRY_ACCESS } from './graphql/access.js';
export { buildUnitRegistrySchema, printUnitRegistrySdl } from './graphql/schema.js';
export { type ImportReport, importAdminUnits } from './import/unit-import.js';

/**
 * Opens the database (migrating it), loads demo data if asked and empty, and serves the subgraph and the units'
 * revision (`GET /units/revision`).
 */
export async function startUnitRegistry(
  config: UnitRegistryConfig,
  logger?: Logger,
): Promise<RunningSubgraph> {
  let revision: UnitsRevision | undefined;
  const subgraph = await startSubgraphService<UnitRegistryContext>({
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
      revision = await UnitsRevision.open(dataSource, config.databaseUrl, log);
      const searchIndex = new UnitSearchIndex(dataSource, revision);
      return (base) => ({ ...base, units, searchIndex, loaders: createLoaders(units) });
    },
    // setUp has run by then.
    routes: () => [unitsRevisionRoute(revision!)],
  }).catch(async (error) => {
    await revision?.close();
    throw error;
  });
  return {
    ...subgraph,
    stop: async () => {
      // First, so that long polls answer at once instead of holding the HTTP server open.
      await revision?.close();
      await subgraph.stop();
    },
  };
}

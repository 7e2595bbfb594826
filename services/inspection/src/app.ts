import {
  createApolloServer,
  createLogger,
  databaseIsReady,
  type Logger,
  openDatabase,
  type RunningHttpService,
  ServiceMetrics,
  startHttpService,
  todayInVietnam,
} from '@cchc/kit';
import type { DataSource } from 'typeorm';
import { CatalogService } from './application/catalog.service.js';
import { FindingService } from './application/finding.service.js';
import { PlanService } from './application/plan.service.js';
import { FindingRepository } from './db/finding.repository.js';
import { PlanRepository } from './db/plan.repository.js';
import { entities, migrations } from './db/schema.js';
import { loadDemoInspections } from './demo/demo-loader.js';
import type { InspectionConfig } from './environment.js';
import type { InspectionContext } from './graphql/context.js';
import { createLoaders } from './graphql/loaders.js';
import { buildInspectionSchema } from './graphql/schema.js';
import { UnitRegistryClient } from './units/unit-registry-client.js';

export { loadDemoInspections } from './demo/demo-loader.js';
export { type InspectionConfig, readConfig } from './environment.js';
export { buildInspectionSchema, printInspectionSdl } from './graphql/schema.js';

export interface Inspection extends RunningHttpService {
  dataSource: DataSource;
  metrics: ServiceMetrics;
}

/** Opens the database (migrating it), loads the demo campaign if asked and empty, and serves the subgraph. */
export async function startInspection(config: InspectionConfig, logger?: Logger): Promise<Inspection> {
  const log = logger ?? createLogger('inspection', config.logLevel);
  const metrics = new ServiceMetrics('inspection');
  const dataSource = await openDatabase({
    url: config.databaseUrl,
    entities,
    migrations,
    logger: log,
    metrics,
  });
  const units = new UnitRegistryClient(config.unitRegistryUrl);
  if (config.loadDemoData) {
    const loaded = await loadDemoInspections(dataSource, units);
    if (loaded) log.info(loaded, 'demo inspection campaign loaded');
  }
  const services = {
    plans: new PlanService(dataSource, units),
    findingService: new FindingService(dataSource),
    catalogs: new CatalogService(dataSource),
    findings: new FindingRepository(dataSource),
    planQueries: new PlanRepository(dataSource),
    units,
  };
  const apollo = createApolloServer<InspectionContext>(
    { schema: await buildInspectionSchema() },
    { introspection: config.environment !== 'production' },
  );
  const http = await startHttpService<InspectionContext>({
    logger: log,
    metrics,
    apollo,
    host: config.http.host,
    port: config.http.port,
    readiness: () => databaseIsReady(dataSource),
    context: async (base) => ({
      ...base,
      ...services,
      actor: 'anonymous',
      today: todayInVietnam(),
      loaders: createLoaders(dataSource, services.findings),
    }),
  });
  log.info({ url: `${http.url}/graphql` }, 'inspection ready');
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

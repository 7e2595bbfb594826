import {
  type Logger,
  type RunningSubgraph,
  readsPublishedOnly,
  startSubgraphService,
  todayInVietnam,
  UnitRegistryClient,
  unitScope,
} from '@cchc/kit';
import { AlertService } from './application/alert.service.js';
import { AssessmentService } from './application/assessment.service.js';
import { CatalogService } from './application/catalog.service.js';
import { FindingService } from './application/finding.service.js';
import { NoticeService } from './application/notice.service.js';
import { PlanService } from './application/plan.service.js';
import { FindingRepository } from './db/finding.repository.js';
import { PlanRepository } from './db/plan.repository.js';
import { entities, migrations } from './db/schema.js';
import { loadDemoInspections } from './demo/demo-loader.js';
import type { InspectionConfig } from './environment.js';
import { createAssessmentLoaders } from './graphql/assessment.loaders.js';
import type { InspectionContext } from './graphql/context.js';
import { createLoaders } from './graphql/loaders.js';
import { buildInspectionSchema } from './graphql/schema.js';
import { MetricsClient } from './metrics/metrics-client.js';

export { loadDemoInspections } from './demo/demo-loader.js';
export { type InspectionConfig, readConfig } from './environment.js';
export { INSPECTION_ACCESS } from './graphql/access.js';
export { buildInspectionSchema, printInspectionSdl } from './graphql/schema.js';

/** Opens the database (migrating it), loads the demo campaign if asked and empty, and serves the subgraph. */
export function startInspection(config: InspectionConfig, logger?: Logger): Promise<RunningSubgraph> {
  return startSubgraphService<InspectionContext>({
    name: 'inspection',
    config,
    logger,
    entities,
    migrations,
    schema: buildInspectionSchema,
    setUp: async (dataSource, log) => {
      const units = new UnitRegistryClient(config.unitRegistryUrl);
      const metrics = new MetricsClient(config.metricsUrl);
      if (config.loadDemoData) {
        const token = config.demoMetricsToken;
        const loaded = await loadDemoInspections(dataSource, units, metrics.as(token && `Bearer ${token}`));
        if (loaded) log.info(loaded, 'demo inspection campaign loaded');
      }
      const services = {
        plans: new PlanService(dataSource, units),
        findingService: new FindingService(dataSource),
        catalogs: new CatalogService(dataSource),
        findings: new FindingRepository(dataSource),
        planQueries: new PlanRepository(dataSource),
        alerts: new AlertService(dataSource),
        assessments: new AssessmentService(dataSource),
        notices: new NoticeService(dataSource),
        units,
      };
      return (base) => {
        let scope: Promise<string[] | undefined> | undefined;
        const scopeOnce = (): Promise<string[] | undefined> => {
          scope ??= unitScope(base.identity ?? null, units);
          return scope;
        };
        const figures = metrics.as(base.headers.authorization);
        return {
          ...base,
          ...services,
          actor: base.identity?.username ?? 'anonymous',
          today: todayInVietnam(),
          scope: scopeOnce,
          publishedOnly: readsPublishedOnly(base.identity),
          loaders: createLoaders(dataSource, services.findings, scopeOnce),
          figures,
          assessmentLoaders: createAssessmentLoaders(
            services.assessments,
            services.notices,
            scopeOnce,
            readsPublishedOnly(base.identity),
            figures,
          ),
        };
      };
    },
  });
}

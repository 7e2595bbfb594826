import { callerOf, type Logger, type RunningSubgraph, startSubgraphService, todayInVietnam } from '@cchc/kit';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { AlertService } from './application/alert.service.js';
import { AssessmentService } from './application/assessment.service.js';
import { CatalogService } from './application/catalog.service.js';
import { FindingService } from './application/finding.service.js';
import { FindingQueryService } from './application/finding-query.service.js';
import { NoticeService } from './application/notice.service.js';
import { PlanService } from './application/plan.service.js';
import { CatalogRepository } from './db/catalog.repository.js';
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
      const findingRepository = new FindingRepository(dataSource.manager);
      const planRepository = new PlanRepository(dataSource.manager);
      const catalogRepository = new CatalogRepository(dataSource.manager);
      const services = {
        planService: new PlanService(dataSource, units),
        findingService: new FindingService(dataSource, units),
        findingQueryService: new FindingQueryService(findingRepository, units),
        catalogService: new CatalogService(dataSource),
        alertService: new AlertService(dataSource),
        assessmentService: new AssessmentService(dataSource),
        noticeService: new NoticeService(dataSource),
        planRepository,
      };
      return (base) => {
        const caller = callerOf(base.identity, units);
        const figures = metrics.as(base.headers.authorization);
        return {
          ...base,
          ...services,
          caller,
          today: todayInVietnam(),
          loaders: createLoaders(planRepository, catalogRepository, findingRepository, caller),
          figures,
          assessmentLoaders: createAssessmentLoaders(
            services.assessmentService,
            services.noticeService,
            caller,
            figures,
          ),
        };
      };
    },
  });
}

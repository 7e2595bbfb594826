import {
  callerOf,
  createVerifier,
  identify,
  type Logger,
  type RunningSubgraph,
  readsPublishedOnly,
  startSubgraphService,
  todayInVietnam,
} from '@cchc/kit';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { FiguresService } from './application/figures.service.js';
import { IndicatorService } from './application/indicator.service.js';
import { RecentFacts } from './application/recent-facts.js';
import { FiguresRepository } from './db/figures.repository.js';
import { entities, migrations } from './db/schema.js';
import { loadDemoFigures } from './demo/demo-figures.js';
import { COUNTED_STATUSES, PUBLISHED_STATUSES } from './domain/submission.js';
import type { MetricsConfig } from './environment.js';
import type { MetricsContext } from './graphql/context.js';
import { createLoaders } from './graphql/loaders.js';
import { buildMetricsSchema } from './graphql/schema.js';
import { importRoute } from './http/import-route.js';

export { type MetricsConfig, readConfig } from './environment.js';
export { METRICS_ACCESS } from './graphql/access.js';
export { buildMetricsSchema, printMetricsSdl } from './graphql/schema.js';

/** Opens the database (migrating it), generates the demo figures if asked and empty, and serves the subgraph. */
export function startMetrics(config: MetricsConfig, logger?: Logger): Promise<RunningSubgraph> {
  const units = new UnitRegistryClient(config.unitRegistryUrl);
  const verify = createVerifier(config.auth);
  return startSubgraphService<MetricsContext>({
    name: 'e-government-metrics',
    config,
    logger,
    entities,
    migrations,
    schema: buildMetricsSchema,
    setUp: async (dataSource, log) => {
      const figures = new FiguresRepository(dataSource);
      if (config.loadDemoData && (await figures.count()) === 0) {
        log.info(await loadDemoFigures(dataSource, units, todayInVietnam()), 'demo figures generated');
      }
      const indicatorService = new IndicatorService(figures, units);
      const figuresService = new FiguresService(dataSource, figures, units);
      const recentFacts = new RecentFacts(() => figures.changes());
      return (base) => {
        const counted = readsPublishedOnly(base.identity) ? PUBLISHED_STATUSES : COUNTED_STATUSES;
        return {
          ...base,
          caller: callerOf(base.identity, units),
          today: todayInVietnam(),
          figuresService,
          indicatorService,
          recentFacts,
          units,
          counted,
          loaders: createLoaders(indicatorService, figures, counted),
        };
      };
    },
    routes: (dataSource) => [
      importRoute({
        identify: (request) => identify(request.headers, verify),
        callerOf: (identity) => callerOf(identity, units),
        figures: new FiguresService(dataSource, new FiguresRepository(dataSource), units),
        today: todayInVietnam,
      }),
    ],
  });
}

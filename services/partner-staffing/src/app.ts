import { type Logger, type RunningSubgraph, startSubgraphService } from '@cchc/kit';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { loadDemoStaffing } from './application/demo-staffing.js';
import { StaffingService } from './application/staffing.service.js';
import { migrations } from './db/schema.js';
import { StaffingRepository } from './db/staffing.repository.js';
import type { StaffingConfig } from './environment.js';
import type { StaffingContext } from './graphql/context.js';
import { buildStaffingSchema } from './graphql/schema.js';
import { staffingLoader } from './graphql/staffing.loader.js';

export { readConfig, type StaffingConfig } from './environment.js';
export { STAFFING_ACCESS } from './graphql/access.js';
export { buildStaffingSchema, printStaffingSdl } from './graphql/schema.js';

/** Another agency's subgraph, run like the platform's own: its database, its rules, the kit's endpoints. */
export function startPartnerStaffing(config: StaffingConfig, logger?: Logger): Promise<RunningSubgraph> {
  return startSubgraphService<StaffingContext>({
    name: 'partner-staffing',
    config,
    logger,
    entities: [],
    migrations,
    schema: buildStaffingSchema,
    setUp: async (dataSource, log) => {
      const staffing = new StaffingRepository(dataSource);
      if (config.loadDemoData) {
        const loaded = await loadDemoStaffing(staffing, new UnitRegistryClient(config.unitRegistryUrl));
        if (loaded) log.info({ rows: loaded }, 'demo staffing figures loaded');
      }
      const staffingService = new StaffingService(staffing);
      return (base) => ({ ...base, staffingOf: staffingLoader(staffingService) });
    },
  });
}

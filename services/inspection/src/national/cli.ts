import { nationalCommand } from '@cchc/kit';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { entities, migrations } from '../db/schema.js';
import { readConfig } from '../environment.js';
import { generateNationalInspections } from './national-inspections.js';

/**
 * `npm run national -w @cchc/inspection`: national-scale plans, teams, targets, visits, findings and corrective
 * actions, with the service's own configuration and the NATIONAL_* variables; the units come from unit-registry,
 * which must be running and imported. Each year is written whole or not at all.
 */
const config = readConfig();
nationalCommand({
  what: 'Inspections at national scale',
  listUnits: () => new UnitRegistryClient(config.unitRegistryUrl).list({}),
  database: { url: config.databaseUrl, limits: config.databaseLimits, entities, migrations },
  generate: generateNationalInspections,
});

import { nationalCommand } from '@cchc/kit';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { entities, migrations } from '../db/schema.js';
import { readConfig } from '../environment.js';
import { generateNationalFigures } from './national-figures.js';

/**
 * `npm run national -w @cchc/e-government-metrics`: the monthly figures of every unit in force each month of the
 * NATIONAL_YEARS, with the service's own configuration; the units come from unit-registry, which must be running
 * and imported. The demo's rows, and any already there, are kept.
 */
const config = readConfig();
nationalCommand({
  what: 'Số liệu hằng tháng quy mô quốc gia — national monthly figures',
  listUnits: () => new UnitRegistryClient(config.unitRegistryUrl).list({}),
  database: { url: config.databaseUrl, limits: config.databaseLimits, entities, migrations },
  generate: generateNationalFigures,
});

import { createLogger, nationalEnvironment, openDatabase, readEnvironment, withinProvinces } from '@cchc/kit';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { entities, migrations } from '../db/schema.js';
import { readConfig } from '../environment.js';
import { generateNationalFigures } from './national-figures.js';

/** `npm run national`: fills monthly_figures with the national-scale figures of the registry's units. */
async function main() {
  const config = readConfig();
  const national = readEnvironment(nationalEnvironment);
  // Bulk statements are slow by design: only errors are worth a line here.
  const logger = createLogger('e-government-metrics-national', 'error');
  const units = withinProvinces(
    await new UnitRegistryClient(config.unitRegistryUrl).list({}),
    national.NATIONAL_PROVINCES,
  );
  if (units.length === 0) throw new Error('the unit registry holds no unit (of the provinces asked for)');
  const years = national.NATIONAL_YEARS;
  console.log(
    `Số liệu hằng tháng quy mô quốc gia — national monthly figures of ${years.join(', ')}, ` +
      `seed "${national.NATIONAL_SEED}", ${units.length} unit records`,
  );
  const dataSource = await openDatabase({
    url: config.databaseUrl,
    limits: config.databaseLimits,
    entities,
    migrations,
    logger,
  });
  try {
    const result = await generateNationalFigures(dataSource, units, {
      seed: national.NATIONAL_SEED,
      years,
      scale: national.NATIONAL_SCALE,
      onProgress: (message) => console.log(`  ${message}`),
    });
    for (const { table, generated, inserted } of result.tables)
      console.log(
        `${table}: ${generated} rows generated, ${inserted} inserted (${generated - inserted} already there)`,
      );
    console.log(`Done in ${(result.milliseconds / 1000).toFixed(1)} s.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(
    `National figures failed: ${error instanceof Error ? error.message : error}\n` +
      'Rows written before the failure stay; running again completes them.',
  );
  process.exit(1);
});

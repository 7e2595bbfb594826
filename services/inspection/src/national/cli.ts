import { createLogger, nationalEnvironment, openDatabase, readEnvironment, withinProvinces } from '@cchc/kit';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { entities, migrations } from '../db/schema.js';
import { readConfig } from '../environment.js';
import { generateNationalInspections } from './national-inspections.js';

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * Fills the inspection database with national-scale plans, teams, targets, visits, findings and corrective
 * actions (`npm run national -w @cchc/inspection`), with the service's own configuration and the NATIONAL_*
 * variables; the units come from unit-registry, which must be running and imported.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const national = readEnvironment(nationalEnvironment);
  // Warnings only: the operator reads the progress lines below, not the migrations' log.
  // Bulk statements are slow by design: only errors are worth a line here.
  const logger = createLogger('inspection-national', 'error');
  const codes = national.NATIONAL_PROVINCES;
  const units = withinProvinces(await new UnitRegistryClient(config.unitRegistryUrl).list({}), codes);
  if (units.length === 0)
    throw new Error(
      `The unit registry at ${config.unitRegistryUrl} has no units (of the provinces asked for)`,
    );
  const missing = codes.filter((code) => !units.some((u) => u.code === code && u.parentId === null));
  if (missing.length) throw new Error(`No province with code ${missing.join(', ')} in the unit registry`);
  const years = national.NATIONAL_YEARS;
  console.log(
    `Inspections at national scale: seed "${national.NATIONAL_SEED}", years ${years.join(', ')}, scale ${national.NATIONAL_SCALE}, ${thousands(units.length)} unit records.`,
  );
  const dataSource: DataSource = await openDatabase({
    url: config.databaseUrl,
    limits: config.databaseLimits,
    entities,
    migrations,
    logger,
  });
  try {
    const result = await generateNationalInspections(dataSource, units, {
      seed: national.NATIONAL_SEED,
      years,
      scale: national.NATIONAL_SCALE,
      onProgress: (message) => console.log(`  ${message}`),
    });
    for (const { table, generated, inserted } of result.tables) {
      console.log(
        `${table.padEnd(20)} ${thousands(generated).padStart(9)} wanted, ${thousands(inserted).padStart(9)} inserted`,
      );
    }
    console.log(`Done in ${(result.milliseconds / 1000).toFixed(1)} s (rows already there were kept).`);
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(
      `National inspection data not generated: ${error instanceof Error ? error.message : error}\n` +
        'Each year is written whole or not at all; running again completes what is missing.',
    );
    process.exit(1);
  },
);

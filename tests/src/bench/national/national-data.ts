import { generateNationalFigures } from '@cchc/e-government-metrics/national';
import { generateNationalInspections } from '@cchc/inspection/national';
import { withinProvinces } from '@cchc/kit';
import type { UnitDescription, UnitRegistryClient } from '@cchc/unit-registry-client';
import { DataSource } from 'typeorm';
import type { TestPlatform } from '../../testkit/platform.js';

/** How much of the national data set a run generates: `npm run bench` all of it, the suite a province's year. */
export interface NationalSize {
  name: string;
  years: number[];
  /** Province codes; every province when absent. */
  provinces?: string[];
  /** Share of the inspections' full size (about 50,000 targets). */
  inspectionScale: number;
}

/**
 * The platform's databases filled as `npm run data:national` fills `npm start`'s: each service's own generator
 * on its own database (migrated already by the running service), figures first, then inspections.
 */
export async function generateNationalData(
  platform: TestPlatform,
  registry: UnitRegistryClient,
  size: NationalSize,
) {
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const units: UnitDescription[] = withinProvinces(await registry.list({}), size.provinces ?? []);
  const options = { seed: 'cchc-national', years: size.years, scale: size.inspectionScale };
  let rows = 0;
  for (const [url, generate] of [
    [platform.databaseUrls.metrics, generateNationalFigures],
    [platform.databaseUrls.inspection, generateNationalInspections],
  ] as const) {
    const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
    try {
      const result = await generate(dataSource, units, options);
      rows += result.tables.reduce((sum, table) => sum + table.generated, 0);
    } finally {
      await dataSource.destroy();
    }
  }
  return { units, rows, milliseconds: performance.now() - started, rssBefore };
}

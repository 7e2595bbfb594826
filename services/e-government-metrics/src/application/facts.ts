import { badInput, type Page, type UnitDescription, type UnitRegistryClient } from '@cchc/kit';
import { type IndicatorStatus, indicatorFromSums } from '../domain/indicators.js';
import { bucketLabel, type Grain, type MonthRange } from '../domain/period.js';
import type { SubmissionStatus } from '../domain/submission.js';
import { definitionsFor, type IndicatorService } from './indicator.service.js';

export interface FactQuery {
  indicatorCodes?: string[];
  unitIds?: string[];
  descendantsOf?: string;
  levels?: string[];
  range: MonthRange;
  grain: Grain;
  asOf?: string;
}

export interface Fact {
  unitId: string;
  unitCode: string;
  unitName: string;
  unitLevel: string;
  parentId: string | null;
  period: string;
  periodStart: string;
  indicatorCode: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: IndicatorStatus;
  approximate: boolean;
}

const LEVEL_ORDER = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
const byTierThenCode = (a: UnitDescription, b: UnitDescription) =>
  LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
  a.code.length - b.code.length ||
  a.code.localeCompare(b.code) ||
  a.id.localeCompare(b.id);

/**
 * Flat indicator facts for BI: for each unit (rolled up over what is under it), each bucket with figures,
 * each indicator; in a stable order (tier, unit code, period, indicator) so pages never shift.
 */
export async function indicatorFacts(
  units: UnitRegistryClient,
  indicators: IndicatorService,
  query: FactQuery,
  offset: number,
  limit: number,
  counted: readonly SubmissionStatus[],
): Promise<Page<Fact>> {
  if (!query.unitIds?.length && !query.descendantsOf) {
    throw badInput('filter', 'Give unitIds, descendantsOf, or both');
  }
  const definitions = definitionsFor(query.indicatorCodes);
  const listed = query.descendantsOf
    ? await units.list({ descendantsOf: query.descendantsOf, levels: query.levels, asOf: query.asOf })
    : [];
  const named = [...(await units.describe(query.unitIds ?? [])).values()].filter(
    (u) => !query.levels?.length || query.levels.includes(u.level),
  );
  const chosen = [...new Map([...listed, ...named].map((u) => [u.id, u])).values()].sort(byTierThenCode);
  const rollUps = await indicators.rollUps(
    chosen.map((u) => u.id),
    query.range,
    query.grain,
    query.asOf,
    counted,
  );
  const facts: Fact[] = chosen.flatMap((unit) =>
    (rollUps.get(unit.id) ?? []).flatMap((bucket) =>
      definitions.map((definition) => {
        const value = indicatorFromSums(definition, bucket.sums);
        return {
          unitId: unit.id,
          unitCode: unit.code,
          unitName: unit.name,
          unitLevel: unit.level,
          parentId: unit.parentId,
          period: bucketLabel(bucket.bucket, query.grain, query.range),
          periodStart: bucket.bucket,
          indicatorCode: definition.code,
          numerator: value.numerator,
          denominator: value.denominator,
          value: value.value,
          status: value.status,
          approximate: bucket.approximate,
        };
      }),
    ),
  );
  return { nodes: facts.slice(offset, offset + limit), offset, totalCount: facts.length };
}

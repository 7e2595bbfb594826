import { badInput, type Page } from '@cchc/kit';
import { type UnitDescription, type UnitRegistryClient } from '@cchc/unit-registry-client';
import { type IndicatorStatus, indicatorFromSums, sumTermsOf } from '../domain/indicators.js';
import { bucketLabel, type Grain, type MonthRange } from '../domain/period.js';
import type { SubmissionStatus } from '../domain/submission.js';
import { definitionsFor, type IndicatorService } from './indicator.service.js';
import type { RecentFacts } from './recent-facts.js';

export interface FactQuery {
  indicatorCodes?: string[];
  unitIds?: string[];
  descendantsOf?: string;
  /** Units by code, and everything under a unit by code: codes held on `asOf`, or on `today` without it. */
  unitCodes?: string[];
  descendantsOfCode?: string;
  levels?: string[];
  range: MonthRange;
  grain: Grain;
  asOf?: string;
  today: string;
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
  indicatorName: string;
  indicatorNameEn: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: IndicatorStatus;
  approximate: boolean;
  coverage: number;
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
  recent?: RecentFacts,
): Promise<Page<Fact>> {
  const key = JSON.stringify({ query, counted });
  const compute = () => everyIndicatorFact(units, indicators, query, counted);
  const facts = recent ? await recent.get(key, compute) : await compute();
  return { nodes: facts.slice(offset, offset + limit), offset, totalCount: facts.length };
}

/** Every fact of the filter, in the stable order pages are cut from. */
async function everyIndicatorFact(
  units: UnitRegistryClient,
  indicators: IndicatorService,
  query: FactQuery,
  counted: readonly SubmissionStatus[],
): Promise<Fact[]> {
  if (
    !query.unitIds?.length &&
    !query.descendantsOf &&
    !query.unitCodes?.length &&
    !query.descendantsOfCode
  ) {
    throw badInput('filter', 'Give unitIds, unitCodes, descendantsOf or descendantsOfCode');
  }
  if (query.descendantsOf && query.descendantsOfCode) {
    throw badInput('descendantsOfCode', 'Give descendantsOf or descendantsOfCode, not both');
  }
  const definitions = definitionsFor(query.indicatorCodes);
  const { unitIds, descendantsOf } = await resolveCodes(units, query);
  const listed = descendantsOf
    ? await units.list({ descendantsOf, levels: query.levels, asOf: query.asOf })
    : [];
  const named = [...(await units.describe(unitIds)).values()].filter(
    (u) => !query.levels?.length || query.levels.includes(u.level),
  );
  const chosen = [...new Map([...listed, ...named].map((u) => [u.id, u])).values()].sort(byTierThenCode);
  const rollUps = await indicators.rollUps(
    chosen.map((u) => u.id),
    query.range,
    query.grain,
    query.asOf,
    counted,
    sumTermsOf(definitions),
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
          indicatorName: definition.nameVi,
          indicatorNameEn: definition.nameEn,
          numerator: value.numerator,
          denominator: value.denominator,
          value: value.value,
          status: value.status,
          approximate: bucket.approximate,
          coverage: bucket.coverage,
        };
      }),
    ),
  );
  return facts;
}

/**
 * The filter's ids, with its codes resolved on `asOf` (or today) in one registry request; an unknown code
 * is a BAD_USER_INPUT on the field that named it.
 */
async function resolveCodes(units: UnitRegistryClient, query: FactQuery) {
  const date = query.asOf ?? query.today;
  const codes = [...(query.unitCodes ?? []), ...(query.descendantsOfCode ? [query.descendantsOfCode] : [])];
  const ids = codes.length > 0 ? await units.idsByCode(codes, date) : new Map<string, string | null>();
  const unknown = (list: string[]) => list.filter((code) => !ids.get(code));
  const noUnit = (field: string, missing: string[]) =>
    badInput(
      field,
      `Không có đơn vị mang mã ${missing.join(', ')} vào ngày ${date} / no unit has code ${missing.join(', ')} on ${date}`,
    );
  const unknownCodes = unknown(query.unitCodes ?? []);
  if (unknownCodes.length > 0) throw noUnit('unitCodes', unknownCodes);
  const unknownRoot = unknown(query.descendantsOfCode ? [query.descendantsOfCode] : []);
  if (unknownRoot.length > 0) throw noUnit('descendantsOfCode', unknownRoot);
  return {
    unitIds: [...(query.unitIds ?? []), ...(query.unitCodes ?? []).map((code) => ids.get(code)!)],
    descendantsOf:
      query.descendantsOf ?? (query.descendantsOfCode ? ids.get(query.descendantsOfCode)! : undefined),
  };
}

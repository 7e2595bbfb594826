import { assertActsFor, badInput, type Caller, groupBy } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { FiguresRepository } from '../db/figures.repository.js';
import { type EvidenceVerdict, evidenceVerdict, type FindingKind } from '../domain/evidence-verdict.js';
import {
  INDICATOR_BY_CODE,
  INDICATORS,
  type IndicatorDefinition,
  type IndicatorValue,
  indicatorFromSums,
  SUM_TERMS,
  type SumTerm,
  sumTermsOf,
  type Term,
} from '../domain/indicators.js';
import { bucketLabel, type Grain, type MonthRange, monthsBetween } from '../domain/period.js';
import type { SubmissionStatus } from '../domain/submission.js';
import { buildScope } from './scope.js';

export interface IndicatorResult extends IndicatorValue {
  /** First month of the bucket (or of the range). */
  bucket: string;
  /** Part of the figures come from units only partly inside the root (a 2025 lineage with "một phần"). */
  approximate: boolean;
  /** Share (0–1) of the scope's units that reported figures for the bucket. */
  coverage: number;
}

export interface RollUp {
  bucket: string;
  approximate: boolean;
  months: number;
  /** Share (0–1) of the scope's units that reported figures for the bucket. */
  coverage: number;
  sums: Record<Term, number>;
}

/**
 * Units that reported ÷ units expected to report. Every unit of the scope is expected, except a province
 * reporting through the units under it (an aggregate), which counts only when it reported itself.
 */
function coverageOf(reporting: number, reportingAggregates: number, expected: number): number {
  const units = expected + reportingAggregates;
  return units > 0 ? reporting / units : 0;
}

/** An indicator by code; an unknown code is a BAD_USER_INPUT on the field that named it. */
function definitionOf(code: string, field: string): IndicatorDefinition {
  const definition = INDICATOR_BY_CODE.get(code);
  if (!definition) throw badInput(field, `Unknown indicator ${code}; see indicatorCatalog`);
  return definition;
}

/** The indicators asked for, by code (all when none); an unknown code is a BAD_USER_INPUT. */
export function definitionsFor(codes: string[] | undefined | null): IndicatorDefinition[] {
  if (!codes || codes.length === 0) return INDICATORS;
  return codes.map((code) => definitionOf(code, 'codes'));
}

/** One indicator over one unit (and everything under it) between two dates (their whole months). */
export interface ReadingRequest {
  unitId: string;
  indicatorCode: string;
  from: string;
  to: string;
}

export interface Reading extends ReadingRequest, IndicatorResult {
  /** The months read, as Unit.indicators names them ("2020-01..2020-12"). */
  period: string;
}

/** The indicator among a roll-up's results, or NO_DATA when the scope reported nothing. */
export function indicatorOrNoData(
  definition: IndicatorDefinition,
  results: IndicatorResult[],
): IndicatorResult {
  const found = results.find((r) => r.code === definition.code);
  if (found) return found;
  const nothing = new Proxy({}, { get: () => 0 }) as Record<Term, number>;
  return { ...indicatorFromSums(definition, nothing), bucket: '', approximate: false, coverage: 0 };
}

/** Indicators over the unit tree: one scope build (registry) and one SQL roll-up for any number of units. */
export class IndicatorService {
  constructor(
    private readonly figures: FiguresRepository,
    private readonly units: UnitRegistryClient,
  ) {}

  /**
   * Summed terms and coverage per root unit (and bucket, with a grain): every term, or only `terms` (those the
   * indicators asked for read: summing all of them over a whole country costs twice as much).
   */
  async rollUps(
    rootIds: string[],
    range: MonthRange,
    grain: Grain | null,
    asOf: string | undefined,
    counted: readonly SubmissionStatus[],
    terms: readonly SumTerm[] = SUM_TERMS,
  ) {
    const scope = await buildScope(this.units, rootIds, range, asOf);
    const rows = await this.figures.rollUp(scope, range, grain, counted, terms);
    const expected = new Map<string, number>();
    for (const m of scope) if (!m.aggregate) expected.set(m.root, (expected.get(m.root) ?? 0) + 1);
    const byRoot = new Map<string, RollUp[]>(rootIds.map((id) => [id, []]));
    for (const { root, bucket, approximate, months, sums, reporting, reportingAggregates } of rows) {
      const coverage = coverageOf(reporting, reportingAggregates, expected.get(root) ?? 0);
      byRoot.get(root)?.push({ bucket, approximate, months, coverage, sums });
    }
    return byRoot;
  }

  async indicators(
    rootIds: string[],
    range: MonthRange,
    codes: string[] | undefined | null,
    grain: Grain | null,
    asOf: string | undefined,
    counted: readonly SubmissionStatus[],
  ): Promise<Map<string, IndicatorResult[]>> {
    const definitions = definitionsFor(codes);
    const rollUps = await this.rollUps(rootIds, range, grain, asOf, counted, sumTermsOf(definitions));
    return new Map(
      [...rollUps].map(([root, buckets]) => [
        root,
        buckets.flatMap((b) =>
          definitions.map((d) => ({
            ...indicatorFromSums(d, b.sums),
            bucket: b.bucket,
            approximate: b.approximate,
            coverage: b.coverage,
          })),
        ),
      ]),
    );
  }

  /**
   * Readings of any number of (unit, indicator, months): one roll-up per distinct span of months, for all
   * its units at once, with the same numbers as `Unit.indicators` over that span. An unknown indicator is
   * a BAD_USER_INPUT on `indicatorCode`.
   */
  async readings(
    requests: readonly ReadingRequest[],
    counted: readonly SubmissionStatus[],
  ): Promise<Reading[]> {
    const asked = requests.map((request) => ({
      request,
      definition: definitionOf(request.indicatorCode, 'indicatorCode'),
      range: monthsBetween(request.from, request.to),
    }));
    const periods = groupBy(asked, (a) => `${a.range.from}|${a.range.to}`);
    const results = new Map<string, Map<string, IndicatorResult[]>>();
    for (const [key, group] of periods) {
      const unitIds = [...new Set(group.map((a) => a.request.unitId))];
      results.set(key, await this.indicators(unitIds, group[0]!.range, null, null, undefined, counted));
    }
    return asked.map(({ request, definition, range }) => ({
      ...request,
      ...indicatorOrNoData(definition, results.get(`${range.from}|${range.to}`)?.get(request.unitId) ?? []),
      period: bucketLabel(range.from, null, range),
    }));
  }

  /** Readings asked by a caller, who reads only units it may (a unit officer: its own unit's tree). */
  async readingsFor(
    caller: Caller,
    requests: readonly ReadingRequest[],
    counted: readonly SubmissionStatus[],
  ): Promise<Reading[]> {
    await assertActsFor(
      caller,
      requests.map((r) => r.unitId),
    );
    return this.readings(requests, counted);
  }

  /** What the figures say now of findings written on snapshots, in the order asked. */
  async verdictsFor(
    caller: Caller,
    findings: readonly (ReadingRequest & { kind: FindingKind; numerator: number; denominator: number })[],
    counted: readonly SubmissionStatus[],
  ): Promise<EvidenceVerdict[]> {
    const current = await this.readingsFor(caller, findings, counted);
    return findings.map((finding, i) => evidenceVerdict(finding.kind, finding, current[i]!));
  }
}

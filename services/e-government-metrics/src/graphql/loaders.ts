import { groupBy } from '@cchc/kit';
import DataLoader from 'dataloader';
import type {
  IndicatorResult,
  IndicatorService,
  Reading,
  ReadingRequest,
  RollUp,
} from '../application/indicator.service.js';
import type { FiguresRepository, MonthlyFigures, Revision } from '../db/figures.repository.js';
import { INDICATOR_BY_CODE } from '../domain/indicators.js';
import type { MonthRange } from '../domain/period.js';
import type { SubmissionStatus } from '../domain/submission.js';

export interface ScopeKey {
  unitId: string;
  range: MonthRange;
  asOf: string | undefined;
}

/** Batches keys that share everything but the unit, and answers each batch with one call. */
function perUnit<K extends { unitId: string }, V>(
  load: (unitIds: string[], shared: K) => Promise<Map<string, V>>,
  empty: V,
) {
  const shared = (k: K) => JSON.stringify({ ...k, unitId: undefined });
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = groupBy(keys, shared);
      const results = new Map<string, V>();
      for (const group of groups.values()) {
        const answers = await load([...new Set(group.map((k) => k.unitId))], group[0]!);
        for (const k of group) results.set(JSON.stringify(k), answers.get(k.unitId) ?? empty);
      }
      return keys.map((k) => results.get(JSON.stringify(k)) ?? empty);
    },
    { cacheKeyFn: (k) => JSON.stringify(k) },
  );
}

/** Per-request batching: indicators of any number of units cost one scope build and one SQL statement. */
export function createLoaders(
  indicators: IndicatorService,
  figures: FiguresRepository,
  /** The submission statuses the caller's indicators count (partners: approved months only). */
  counted: readonly SubmissionStatus[],
) {
  return {
    indicators: perUnit<ScopeKey & { codes: string[] | null }, IndicatorResult[]>(
      (ids, k) => indicators.indicators(ids, k.range, k.codes, null, k.asOf, counted),
      [],
    ),
    rollUp: perUnit<ScopeKey, RollUp[]>(
      (ids, k) => indicators.rollUps(ids, k.range, null, k.asOf, counted),
      [],
    ),
    figures: perUnit<{ unitId: string; range: MonthRange }, MonthlyFigures[]>(async (ids, k) => {
      const rows = await figures.ownFigures(ids, k.range);
      return groupBy(rows, (row) => row.unitId);
    }, []),
    /** Findings' readings: one roll-up per distinct span of months; a code no longer catalogued reads as none. */
    readings: new DataLoader<ReadingRequest, Reading | null, string>(
      async (requests) => {
        const known = requests.filter((r) => INDICATOR_BY_CODE.has(r.indicatorCode));
        const readings = await indicators.readings(known, counted);
        return requests.map((r) => readings[known.indexOf(r)] ?? null);
      },
      { cacheKeyFn: (r) => JSON.stringify([r.unitId, r.indicatorCode, r.from, r.to]) },
    ),
    revisions: new DataLoader<string, Revision[]>(async (ids) => {
      const rows = await figures.revisions(ids);
      return ids.map((id) => rows.filter((r) => r.figuresId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

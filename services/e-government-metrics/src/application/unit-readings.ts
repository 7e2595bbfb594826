import { INDICATOR_BY_CODE } from '../domain/indicators.js';
import { bucketLabel, type MonthRange } from '../domain/period.js';
import { score766 } from '../domain/score-766.js';
import type { Sums } from '../domain/score-766-catalogue.js';
import { type SuggestedFinding, suggestFinding } from '../domain/suggestions.js';
import { definitionsFor, type IndicatorResult, indicatorOrNoData, type RollUp } from './indicator.service.js';

/** What Unit.indicators shows from a unit's roll-up: every indicator asked, NO_DATA where nothing was reported. */
export function indicatorValues(
  codes: string[] | undefined | null,
  range: MonthRange,
  results: IndicatorResult[],
) {
  const period = bucketLabel(range.from, null, range);
  return definitionsFor(codes).map((definition) => ({ ...indicatorOrNoData(definition, results), period }));
}

/** The indicators past their warning threshold, worded as findings. */
export function suggestionsFrom(results: IndicatorResult[]): SuggestedFinding[] {
  return results.flatMap((result) => {
    const suggestion = suggestFinding(INDICATOR_BY_CODE.get(result.code)!, result);
    return suggestion ? [suggestion] : [];
  });
}

/** The Decision 766 score of a unit's roll-up over a range; null when its scope reported nothing. */
export function scoreOf(rollUp: RollUp | undefined, range: MonthRange) {
  if (!rollUp) return null;
  const score = score766(rollUp.sums as Sums, rollUp.months);
  return {
    ...score,
    period: bucketLabel(range.from, null, range),
    approximate: score.approximate || rollUp.approximate,
  };
}

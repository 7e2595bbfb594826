import { DateScalar } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { definitionsFor, indicatorOrNoData } from '../application/indicator.service.js';
import { INDICATOR_BY_CODE } from '../domain/indicators.js';
import type { MeasureKey } from '../domain/measures.js';
import { bucketLabel, monthsBetween, parsePeriod } from '../domain/period.js';
import { score766 } from '../domain/score-766.js';
import { type SuggestedFinding as Suggestion, suggestFinding } from '../domain/suggestions.js';
import { METRICS_ACCESS } from './access.js';
import type { MetricsContext } from './context.js';
import { inScope } from './scope.js';
import { IndicatorValue, MonthlyFigures, Score766, SuggestedFinding, Unit } from './types.js';

const PERIOD = { description: '2020, 2020-Q3, 2020-10, or a range such as 2020-01..2020-06' };

/** The e-government fields this subgraph adds to unit-registry's Unit; each batched over all units of a query. */
@Resolver(() => Unit)
export class UnitMetricsResolver {
  @Authorized(...METRICS_ACCESS['Unit.indicators'])
  @FieldResolver(() => [IndicatorValue], {
    description: 'Indicators over the unit and everything under it (or, before it existed, its predecessors)',
  })
  async indicators(
    @Root() unit: Unit,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('codes', () => [String], { nullable: true, description: 'All indicators when absent' }) codes:
      | string[]
      | undefined,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Count the sub-units in force on this date; all when absent',
    })
    asOf: string | undefined,
    @Ctx() ctx: MetricsContext,
  ) {
    await inScope(ctx, unit.id);
    const range = parsePeriod(period);
    const definitions = definitionsFor(codes);
    const results = await ctx.loaders.indicators.load({ unitId: unit.id, range, asOf, codes: codes ?? null });
    const label = bucketLabel(range.from, null, range);
    return definitions.map((d) => ({ ...indicatorOrNoData(d, results), period: label }));
  }

  @Authorized(...METRICS_ACCESS['Unit.suggestedFindings'])
  @FieldResolver(() => [SuggestedFinding], {
    description: 'Indicators past their warning threshold, worded as findings for the next inspection',
  })
  async suggestedFindings(
    @Root() unit: Unit,
    @Arg('period', () => String, PERIOD) period: string,
    @Ctx() ctx: MetricsContext,
  ): Promise<Suggestion[]> {
    await inScope(ctx, unit.id);
    const results = await ctx.loaders.indicators.load({
      unitId: unit.id,
      range: parsePeriod(period),
      asOf: undefined,
      codes: null,
    });
    return results.flatMap((r) => {
      const suggestion = suggestFinding(INDICATOR_BY_CODE.get(r.code)!, r);
      return suggestion ? [suggestion] : [];
    });
  }

  @Authorized(...METRICS_ACCESS['Unit.score766'])
  @FieldResolver(() => Score766, {
    nullable: true,
    description: 'The Decision 766/QĐ-TTg score over the unit and everything under it; null without figures',
  })
  async score766(
    @Root() unit: Unit,
    @Arg('period', () => String, PERIOD) period: string,
    @Ctx() ctx: MetricsContext,
  ) {
    await inScope(ctx, unit.id);
    const range = parsePeriod(period);
    const [rollUp] = await ctx.loaders.rollUp.load({ unitId: unit.id, range, asOf: undefined });
    if (!rollUp) return null;
    const score = score766(rollUp.sums as Record<MeasureKey, number>, rollUp.months);
    return {
      ...score,
      period: bucketLabel(range.from, null, range),
      approximate: score.approximate || rollUp.approximate,
    };
  }

  @Authorized(...METRICS_ACCESS['Unit.figures'])
  @FieldResolver(() => [MonthlyFigures], {
    description: "The unit's own monthly figures (any status), oldest first",
  })
  async figures(
    @Root() unit: Unit,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: MetricsContext,
  ) {
    await inScope(ctx, unit.id);
    return ctx.loaders.figures.load({ unitId: unit.id, range: monthsBetween(from, to) });
  }
}

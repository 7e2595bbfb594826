import { assertActsFor, DateScalar } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { indicatorValues, scoreOf, suggestionsFrom } from '../application/unit-readings.js';
import { monthsBetween, parsePeriod } from '../domain/period.js';
import type { SuggestedFinding as Suggestion } from '../domain/suggestions.js';
import { METRICS_ACCESS } from './access.js';
import type { MetricsContext } from './context.js';
import { IndicatorValue, MonthlyFigures, Score766, SuggestedFinding, Unit } from './types.js';

/** A unit officer reads only its own unit's tree (the rule is the application's; checked before any load). */
const inScope = (ctx: MetricsContext, unitId: string) => assertActsFor(ctx.caller, [unitId]);

const PERIOD = { description: '2020, 2020-Q3, 2020-10, or a range such as 2020-01..2020-06' };

/**
 * The e-government fields this subgraph adds to unit-registry's Unit; each batched over all units of a query. Each
 * is nullable, so that while this service is down the gateway still answers the unit with only these fields null.
 */
@Resolver(() => Unit)
export class UnitMetricsResolver {
  @Authorized(...METRICS_ACCESS['Unit.indicators'])
  @FieldResolver(() => [IndicatorValue], {
    nullable: true,
    description:
      'Indicators over the unit and everything under it (or, before it existed, its predecessors); null while the metrics service is unavailable',
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
    const results = await ctx.loaders.indicators.load({ unitId: unit.id, range, asOf, codes: codes ?? null });
    return indicatorValues(codes, range, results);
  }

  @Authorized(...METRICS_ACCESS['Unit.suggestedFindings'])
  @FieldResolver(() => [SuggestedFinding], {
    nullable: true,
    description:
      'Indicators past their warning threshold, worded as findings for the next inspection; null while the metrics service is unavailable',
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
    return suggestionsFrom(results);
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
    return scoreOf(rollUp, range);
  }

  @Authorized(...METRICS_ACCESS['Unit.figures'])
  @FieldResolver(() => [MonthlyFigures], {
    nullable: true,
    description:
      "The unit's own monthly figures (any status), oldest first; null while the metrics service is unavailable",
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

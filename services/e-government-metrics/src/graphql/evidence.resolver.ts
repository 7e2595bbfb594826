import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Reading, ReadingRequest } from '../application/indicator.service.js';
import { evidenceVerdict } from '../domain/evidence-verdict.js';
import { METRICS_ACCESS } from './access.js';
import type { MetricsContext } from './context.js';
import {
  EvidenceReadingInput,
  EvidenceVerdict,
  Finding,
  IndicatorReading,
  IndicatorReadingInput,
} from './evidence.types.js';

const requestOf = ({ unitId, indicatorCode, from, to }: ReadingRequest): ReadingRequest => ({
  unitId,
  indicatorCode,
  from,
  to,
});

/** Readings of indicators for other services (inspection's evidence), and what they say of findings. */
@Resolver(() => Finding)
export class EvidenceResolver {
  @Authorized(...METRICS_ACCESS['Query.indicatorReadings'])
  @Query(() => [IndicatorReading], {
    description:
      'Chỉ số của từng đơn vị trong từng khoảng tháng / indicators of units over spans of months, in the order asked: ' +
      'the numbers of Unit.indicators(period: "YYYY-MM..YYYY-MM", codes: [code]); one roll-up per distinct span',
  })
  indicatorReadings(
    @Arg('readings', () => [IndicatorReadingInput]) readings: IndicatorReadingInput[],
    @Ctx() ctx: MetricsContext,
  ): Promise<Reading[]> {
    return ctx.indicatorService.readingsFor(ctx.caller, readings.map(requestOf), ctx.counted);
  }

  @Authorized(...METRICS_ACCESS['Query.evidenceVerdicts'])
  @Query(() => [EvidenceVerdict], {
    description:
      'Kết luận đối chiếu số liệu / what the figures say of findings (kind and snapshot), in the order asked — the rule of Finding.verdict',
  })
  async evidenceVerdicts(
    @Arg('readings', () => [EvidenceReadingInput]) readings: EvidenceReadingInput[],
    @Ctx() ctx: MetricsContext,
  ): Promise<EvidenceVerdict[]> {
    const verdicts = await ctx.indicatorService.verdictsFor(ctx.caller, readings, ctx.counted);
    return verdicts as EvidenceVerdict[];
  }

  @FieldResolver()
  async measured(@Root() finding: Finding, @Ctx() ctx: MetricsContext) {
    return finding.evidenceReading ? ctx.loaders.readings.load(requestOf(finding.evidenceReading)) : null;
  }

  @FieldResolver()
  async verdict(@Root() finding: Finding, @Ctx() ctx: MetricsContext): Promise<EvidenceVerdict> {
    const snapshot = finding.evidenceReading;
    const current = snapshot ? await ctx.loaders.readings.load(requestOf(snapshot)) : null;
    return evidenceVerdict(finding.kind, snapshot, current) as EvidenceVerdict;
  }
}

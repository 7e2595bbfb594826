import { connection, DateScalar, decodeCursor, pageSize, requiredText, toConnection } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { indicatorFacts } from '../application/facts.js';
import type { MonthlyFigures as Figures } from '../db/figures.repository.js';
import { INDICATORS } from '../domain/indicators.js';
import type { MonthlyValues } from '../domain/measures.js';
import { monthsBetween } from '../domain/period.js';
import { figuresTemplateColumns, figuresTemplateCsv } from '../import/figures-template.js';
import { METRICS_ACCESS } from './access.js';
import type { MetricsContext } from './context.js';
import { FactFilter } from './inputs.js';
import { MeasureValuesInput } from './measure-fields.js';
import {
  FiguresRevision,
  FiguresTemplate,
  ImportReport,
  IndicatorDefinition,
  IndicatorFact,
  MonthlyFigures,
  Unit,
} from './types.js';

const IndicatorFactConnection = connection('IndicatorFact', () => IndicatorFact);
/** Long enough for a paragraph explaining what to correct; stored with the revision. */
const MAX_REASON_LENGTH = 2_000;
const VERSION = {
  description: 'The version you last read (0 for a month not started); a stale one gets CONFLICT',
};

@Resolver(() => MonthlyFigures)
export class MetricsResolver {
  @Authorized(...METRICS_ACCESS['Query.indicatorCatalog'])
  @Query(() => [IndicatorDefinition], {
    description: 'Every indicator: formula, direction, thresholds, source',
  })
  indicatorCatalog() {
    return INDICATORS;
  }

  @Authorized(...METRICS_ACCESS['Query.indicatorFacts'])
  @Query(() => IndicatorFactConnection, {
    description:
      'Flat rows (unit, period, indicator, numerator, denominator, value) for BI tools, in a stable order',
  })
  async indicatorFacts(
    @Arg('filter', () => FactFilter) filter: FactFilter,
    @Arg('first', () => Int, { nullable: true, description: '50 by default, at most 500' }) first:
      | number
      | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: MetricsContext,
  ) {
    const page = await indicatorFacts(
      ctx.units,
      ctx.indicatorService,
      {
        indicatorCodes: filter.indicatorCodes,
        unitIds: filter.unitIds,
        descendantsOf: filter.descendantsOf,
        unitCodes: filter.unitCodes,
        descendantsOfCode: filter.descendantsOfCode,
        levels: filter.levels,
        range: monthsBetween(filter.from, filter.to),
        grain: filter.grain ?? 'MONTH',
        asOf: filter.asOf,
        today: ctx.today,
      },
      decodeCursor(after),
      pageSize(first),
      ctx.counted,
      ctx.recentFacts,
    );
    return toConnection(page);
  }

  @Authorized(...METRICS_ACCESS['Query.monthlyFigures'])
  @Query(() => MonthlyFigures, {
    nullable: true,
    description: "A unit's figures for a month (any day of it)",
  })
  monthlyFigures(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('period', () => DateScalar) period: string,
    @Ctx() ctx: MetricsContext,
  ) {
    return ctx.figuresService.ofMonth(ctx.caller, unitId, period);
  }

  @Authorized(...METRICS_ACCESS['Query.figuresTemplate'])
  @Query(() => FiguresTemplate, { description: 'The import layout and a CSV template to download' })
  figuresTemplate() {
    return { csv: figuresTemplateCsv(), columns: figuresTemplateColumns() };
  }

  @Authorized(...METRICS_ACCESS['Mutation.saveMonthlyFigures'])
  @Mutation(() => MonthlyFigures, { description: "Saves a unit's DRAFT figures for a month" })
  saveMonthlyFigures(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('period', () => DateScalar, { description: 'Any day of the month' }) period: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('values', () => MeasureValuesInput) values: MeasureValuesInput,
    @Ctx() ctx: MetricsContext,
  ) {
    return ctx.figuresService.save(
      ctx.caller,
      unitId,
      period,
      version,
      values as unknown as MonthlyValues,
      ctx.today,
    );
  }

  @Authorized(...METRICS_ACCESS['Mutation.submitMonthlyFigures'])
  @Mutation(() => MonthlyFigures, { description: 'DRAFT → SUBMITTED, by the unit' })
  submitMonthlyFigures(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: MetricsContext,
  ) {
    return ctx.figuresService.step(ctx.caller, id, version, 'SUBMIT');
  }

  @Authorized(...METRICS_ACCESS['Mutation.approveMonthlyFigures'])
  @Mutation(() => MonthlyFigures, { description: 'SUBMITTED → APPROVED, by the province' })
  approveMonthlyFigures(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: MetricsContext,
  ) {
    return ctx.figuresService.step(ctx.caller, id, version, 'APPROVE');
  }

  @Authorized(...METRICS_ACCESS['Mutation.returnMonthlyFigures'])
  @Mutation(() => MonthlyFigures, {
    description: 'SUBMITTED or APPROVED → DRAFT, with the reason, by the province',
  })
  returnMonthlyFigures(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: MetricsContext,
  ) {
    return ctx.figuresService.step(
      ctx.caller,
      id,
      version,
      'RETURN',
      requiredText('reason', reason, MAX_REASON_LENGTH),
    );
  }

  @Authorized(...METRICS_ACCESS['Mutation.lockMonth'])
  @Mutation(() => Int, { description: 'Locks every APPROVED unit-month of a month; returns how many' })
  lockMonth(@Arg('period', () => DateScalar) period: string, @Ctx() ctx: MetricsContext) {
    return ctx.figuresService.lockMonth(ctx.caller, period);
  }

  @Authorized(...METRICS_ACCESS['Mutation.importMonthlyFigures'])
  @Mutation(() => ImportReport, {
    description:
      'Imports one month for many units from a CSV or XLSX file (base64); nothing is applied if any row fails',
  })
  importMonthlyFigures(
    @Arg('period', () => DateScalar) period: string,
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
    @Ctx() ctx: MetricsContext,
  ) {
    const file = { period, fileName, content: Buffer.from(contentBase64, 'base64') };
    return ctx.figuresService.importFile(ctx.caller, file, ctx.today, (done, total) =>
      ctx.logger.info({ done, total }, 'import progress'),
    );
  }

  @FieldResolver(() => Unit)
  unit(@Root() figures: Figures) {
    return { id: figures.unitId };
  }

  @FieldResolver(() => [FiguresRevision], { description: 'Every revision, oldest first' })
  revisions(@Root() figures: Figures, @Ctx() ctx: MetricsContext) {
    return ctx.loaders.revisions.load(figures.id);
  }
}

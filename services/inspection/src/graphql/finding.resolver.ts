import { assertUnitInScope, decodeCursor, notFound, pageSize, toConnection } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { findingIdsWithVerdicts } from '../application/evidence-verdicts.js';
import type { ActionQuery, FindingQuery } from '../db/finding.repository.js';
import { effectiveActionStatus } from '../domain/action-status.js';
import { ActionStatus } from '../domain/enums.js';
import type { CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { searchWords } from '../domain/finding-search.js';
import { INSPECTION_ACCESS, PERSONAL_DATA_READERS } from './access.js';
import type { InspectionContext } from './context.js';
import { FindingDimension, FindingOrder } from './enums.js';
import { EvidenceReading } from './evidence.types.js';
import { ActionFilter, ActionInput, FindingFilter, FindingInput, ReportInput } from './inputs.js';
import { assertOnPlanTeam } from './team-guard.js';
import {
  ActionReport,
  ActionTimelinessCount,
  ContentArea,
  CorrectiveAction,
  CorrectiveActionConnection,
  Criterion,
  EvidenceFigure,
  Finding,
  FindingConnection,
  FindingStat,
  InspectionPlan,
  InspectionTarget,
  Unit,
} from './types.js';
import { selectedUnitIds } from './unit-selection.js';

const VERSION = {
  description: 'The version you last read; a stale one gets CONFLICT and nothing is written',
};

async function baseQuery(
  ctx: InspectionContext,
  filter: FindingFilter | undefined,
): Promise<Omit<FindingQuery, 'order'>> {
  return {
    ids: filter?.ids,
    planId: filter?.planId,
    unitIds: await selectedUnitIds(ctx, {
      ids: filter?.unitIds,
      codes: filter?.unitCodes,
      codesField: 'unitCodes',
      asOf: filter?.asOf,
      includeDescendants: filter?.includeDescendants,
      throughLineage: filter?.throughLineage,
    }),
    areaCodes: filter?.areaCodes,
    kinds: filter?.kinds,
    statuses: filter?.statuses,
    year: filter?.year,
    words: searchWords(filter?.search),
    scope: await ctx.scope(),
    publishedOnly: ctx.publishedOnly,
  };
}

/** The actions a filter selects, within the caller's scope. */
async function actionQuery(ctx: InspectionContext, filter: ActionFilter | undefined): Promise<ActionQuery> {
  return {
    planId: filter?.planId,
    year: filter?.year,
    responsibleUnitIds: await selectedUnitIds(ctx, {
      ids: filter?.responsibleUnitIds,
      codes: filter?.responsibleUnitCodes,
      codesField: 'responsibleUnitCodes',
      asOf: filter?.asOf,
      includeDescendants: filter?.includeDescendants,
      throughLineage: filter?.throughLineage,
    }),
    statuses: filter?.statuses,
    today: ctx.today,
    scope: await ctx.scope(),
  };
}

/** The query of a filter, narrowed to the findings of the verdicts asked (one request to the figures). */
async function findingQuery(
  ctx: InspectionContext,
  filter: FindingFilter | undefined,
): Promise<Omit<FindingQuery, 'order'>> {
  const query = await baseQuery(ctx, filter);
  if (!filter?.verdicts?.length) return query;
  const candidates = await ctx.findings.evidenceOf(query);
  return { ...query, ids: await findingIdsWithVerdicts(candidates, filter.verdicts, ctx.figures) };
}

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized(...INSPECTION_ACCESS['Query.findings'])
  @Query(() => FindingConnection, { description: 'Findings across plans and units, for people and BI tools' })
  async findings(
    @Arg('filter', () => FindingFilter, { nullable: true }) filter: FindingFilter | undefined,
    @Arg('orderBy', () => FindingOrder, { nullable: true, description: 'NEWEST by default' }) orderBy:
      | FindingOrder
      | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    const query = { ...(await findingQuery(ctx, filter)), order: orderBy ?? FindingOrder.NEWEST };
    return toConnection(await ctx.findings.find(query, decodeCursor(after), pageSize(first)));
  }

  @Authorized(...INSPECTION_ACCESS['Query.findingStats'])
  @Query(() => [FindingStat], {
    description: 'Counts of findings grouped by the given dimensions, for charts',
  })
  findingStats(
    @Arg('groupBy', () => [FindingDimension]) groupBy: FindingDimension[],
    @Arg('filter', () => FindingFilter, { nullable: true }) filter: FindingFilter | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return findingQuery(ctx, filter).then((query) => ctx.findings.stats(groupBy, query));
  }

  @Authorized(...INSPECTION_ACCESS['Query.correctiveActions'])
  @Query(() => CorrectiveActionConnection, { description: 'Corrective actions, earliest deadline first' })
  async correctiveActions(
    @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    const query = await actionQuery(ctx, filter);
    return toConnection(await ctx.findings.findActions(query, decodeCursor(after), pageSize(first)));
  }

  @Authorized(...INSPECTION_ACCESS['Query.correctiveActionTimeliness'])
  @Query(() => [ActionTimelinessCount], {
    description:
      'Counts of corrective actions done on time, done late, in progress and overdue (zero counts left out), for charts',
  })
  async correctiveActionTimeliness(
    @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.findings.actionTimeliness(await actionQuery(ctx, filter));
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.recordFinding'])
  @Mutation(() => Finding)
  async recordFinding(
    @Arg('targetId', () => ID) targetId: string,
    @Arg('finding', () => FindingInput) finding: FindingInput,
    @Ctx() ctx: InspectionContext,
  ) {
    await assertOnPlanTeam(ctx, { kind: 'targetId', id: targetId });
    return ctx.findingService.record(targetId, finding, ctx.actor, ctx.figures);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.updateFinding'])
  @Mutation(() => Finding)
  async updateFinding(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('finding', () => FindingInput) finding: FindingInput,
    @Ctx() ctx: InspectionContext,
  ) {
    await assertOnPlanTeam(ctx, { kind: 'findingId', id });
    return ctx.findingService.update(id, version, finding, ctx.actor, ctx.figures);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.createCorrectiveAction'])
  @Mutation(() => CorrectiveAction)
  async createCorrectiveAction(
    @Arg('findingId', () => ID) findingId: string,
    @Arg('action', () => ActionInput) action: ActionInput,
    @Ctx() ctx: InspectionContext,
  ) {
    await assertOnPlanTeam(ctx, { kind: 'findingId', id: findingId });
    return ctx.findingService.createAction(findingId, action, ctx.actor);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.reportOnCorrectiveAction'])
  @Mutation(() => CorrectiveAction, {
    description: 'The responsible unit reports progress; the action becomes REPORTED',
  })
  async reportOnCorrectiveAction(
    @Arg('actionId', () => ID) actionId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('report', () => ReportInput) report: ReportInput,
    @Ctx() ctx: InspectionContext,
  ) {
    const action = await ctx.findings.actionById(actionId);
    if (action) {
      await assertUnitInScope(ctx.identity ?? null, action.responsibleUnitId, ctx.units);
    }
    return ctx.findingService.report(actionId, version, report, ctx.actor);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.verifyCorrectiveAction'])
  @Mutation(() => CorrectiveAction, {
    description: 'An inspector accepts (VERIFIED) or sends back (OPEN) a reported action',
  })
  async verifyCorrectiveAction(
    @Arg('actionId', () => ID) actionId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    await assertOnPlanTeam(ctx, { kind: 'actionId', id: actionId });
    return ctx.findingService.verify(actionId, version, { accepted, note }, ctx.actor);
  }

  @FieldResolver(() => Unit)
  unit(@Root() finding: FindingEntity) {
    return { id: finding.unitId };
  }

  @FieldResolver(() => [EvidenceFigure], { description: 'Figures the team observed and typed in' })
  evidence(@Root() finding: FindingEntity) {
    return finding.evidence.map((figure) => ({ ...figure, observed: true }));
  }

  @FieldResolver(() => EvidenceReading, {
    nullable: true,
    description:
      "The indicator the finding rests on, as the unit's figures stood when it was written (or its reading revised)",
  })
  evidenceReading(@Root() finding: FindingEntity) {
    const reading = finding.evidenceReading;
    return reading ? { ...reading, takenAt: new Date(reading.takenAt) } : null;
  }

  @FieldResolver(() => InspectionPlan)
  async plan(@Root() finding: FindingEntity, @Ctx() ctx: InspectionContext) {
    return (
      (await ctx.loaders.plan.load(finding.planId)) ??
      Promise.reject(notFound('Inspection plan', finding.planId))
    );
  }

  @FieldResolver(() => InspectionTarget)
  async target(@Root() finding: FindingEntity, @Ctx() ctx: InspectionContext) {
    return (
      (await ctx.loaders.target.load(finding.targetId)) ??
      Promise.reject(notFound('Target', finding.targetId))
    );
  }

  @FieldResolver(() => ContentArea)
  async area(@Root() finding: FindingEntity, @Ctx() ctx: InspectionContext) {
    return (
      (await ctx.loaders.area.load(finding.areaId)) ??
      Promise.reject(notFound('Content area', finding.areaId))
    );
  }

  @FieldResolver(() => Criterion, { nullable: true })
  criterion(@Root() finding: FindingEntity, @Ctx() ctx: InspectionContext) {
    return finding.criterionId ? ctx.loaders.criterion.load(finding.criterionId) : null;
  }

  @FieldResolver(() => [CorrectiveAction])
  actions(@Root() finding: FindingEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.actionsOfFinding.load(finding.id);
  }
}

@Resolver(() => CorrectiveAction)
export class CorrectiveActionResolver {
  @FieldResolver(() => ActionStatus, { description: 'OVERDUE when still open past the deadline' })
  status(@Root() action: CorrectiveActionEntity, @Ctx() ctx: InspectionContext) {
    return effectiveActionStatus(action.status, action.deadline, ctx.today);
  }

  @FieldResolver(() => Unit)
  responsibleUnit(@Root() action: CorrectiveActionEntity) {
    return { id: action.responsibleUnitId };
  }

  @FieldResolver(() => Finding)
  async finding(@Root() action: CorrectiveActionEntity, @Ctx() ctx: InspectionContext) {
    return (
      (await ctx.loaders.finding.load(action.findingId)) ??
      Promise.reject(notFound('Finding', action.findingId))
    );
  }

  @Authorized(...PERSONAL_DATA_READERS)
  @FieldResolver(() => [ActionReport])
  reports(@Root() action: CorrectiveActionEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.reportsOfAction.load(action.id);
  }
}

@Resolver(() => FindingStat)
export class FindingStatResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'When grouped by UNIT' })
  unit(@Root() stat: { unitId: string | null }) {
    return stat.unitId ? { id: stat.unitId } : null;
  }
}

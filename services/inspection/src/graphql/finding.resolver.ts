import { decodeCursor, notFound, pageSize, toConnection } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { effectiveActionStatus } from '../domain/action-status.js';
import { ActionStatus } from '../domain/enums.js';
import type { CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { INSPECTION_ACCESS, PERSONAL_DATA_READERS } from './access.js';
import type { InspectionContext } from './context.js';
import { FindingDimension, FindingOrder } from './enums.js';
import { EvidenceReading } from './evidence.types.js';
import { ActionFilter, ActionInput, FindingFilter, FindingInput, ReportInput } from './inputs.js';
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

const VERSION = {
  description: 'The version you last read; a stale one gets CONFLICT and nothing is written',
};

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
    const order = orderBy ?? FindingOrder.NEWEST;
    return toConnection(
      await ctx.findingQueryService.find(filter, order, decodeCursor(after), pageSize(first), ctx),
    );
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
    return ctx.findingQueryService.stats(groupBy, filter, ctx);
  }

  @Authorized(...INSPECTION_ACCESS['Query.correctiveActions'])
  @Query(() => CorrectiveActionConnection, { description: 'Corrective actions, earliest deadline first' })
  async correctiveActions(
    @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return toConnection(
      await ctx.findingQueryService.findActions(filter, decodeCursor(after), pageSize(first), ctx),
    );
  }

  @Authorized(...INSPECTION_ACCESS['Query.correctiveActionTimeliness'])
  @Query(() => [ActionTimelinessCount], {
    description:
      'Counts of corrective actions done on time, done late, in progress and overdue (zero counts left out), for charts',
  })
  correctiveActionTimeliness(
    @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.findingQueryService.actionTimeliness(filter, ctx);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.recordFinding'])
  @Mutation(() => Finding)
  recordFinding(
    @Arg('targetId', () => ID) targetId: string,
    @Arg('finding', () => FindingInput) finding: FindingInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.findingService.record(targetId, finding, ctx.caller, ctx.figures);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.updateFinding'])
  @Mutation(() => Finding)
  updateFinding(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('finding', () => FindingInput) finding: FindingInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.findingService.update(id, version, finding, ctx.caller, ctx.figures);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.createCorrectiveAction'])
  @Mutation(() => CorrectiveAction)
  createCorrectiveAction(
    @Arg('findingId', () => ID) findingId: string,
    @Arg('action', () => ActionInput) action: ActionInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.findingService.createAction(findingId, action, ctx.caller);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.reportOnCorrectiveAction'])
  @Mutation(() => CorrectiveAction, {
    description: 'The responsible unit reports progress; the action becomes REPORTED',
  })
  reportOnCorrectiveAction(
    @Arg('actionId', () => ID) actionId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('report', () => ReportInput) report: ReportInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.findingService.report(actionId, version, report, ctx.caller);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.verifyCorrectiveAction'])
  @Mutation(() => CorrectiveAction, {
    description: 'An inspector accepts (VERIFIED) or sends back (OPEN) a reported action',
  })
  verifyCorrectiveAction(
    @Arg('actionId', () => ID) actionId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.findingService.verify(actionId, version, { accepted, note }, ctx.caller);
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

import { decodeCursor, pageSize, toConnection } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { effectiveActionStatus } from '../domain/action-status.js';
import { ActionStatus } from '../domain/enums.js';
import type { CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { INSPECTION_ACCESS, PERSONAL_DATA_READERS } from './access.js';
import { ActionFilter, ActionInput, ReportInput } from './action.inputs.js';
import {
  ActionReport,
  ActionTimelinessCount,
  CorrectiveAction,
  CorrectiveActionConnection,
} from './action.types.js';
import { AfterArg, FirstArg, VersionArg } from './args.js';
import { ContentArea, Criterion } from './catalog.types.js';
import type { InspectionContext } from './context.js';
import { FindingDimension, FindingOrder } from './enums.js';
import { EvidenceReading } from './evidence.types.js';
import { FindingFilter, FindingInput } from './finding.inputs.js';
import { EvidenceFigure, Finding, FindingConnection, FindingStat } from './finding.types.js';
import { loadExisting } from './loaders.js';
import { InspectionPlan, InspectionTarget } from './plan.types.js';
import { Unit } from './unit.types.js';

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized(...INSPECTION_ACCESS['Query.findings'])
  @Query(() => FindingConnection, { description: 'Findings across plans and units, for people and BI tools' })
  async findings(
    @Arg('filter', () => FindingFilter, { nullable: true }) filter: FindingFilter | undefined,
    @Arg('orderBy', () => FindingOrder, { nullable: true, description: 'NEWEST by default' }) orderBy:
      | FindingOrder
      | undefined,
    @FirstArg() first: number | undefined,
    @AfterArg() after: string | undefined,
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
    @FirstArg() first: number | undefined,
    @AfterArg() after: string | undefined,
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
    @VersionArg() version: number,
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
    @VersionArg() version: number,
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
    @VersionArg() version: number,
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
  plan(@Root() finding: FindingEntity, @Ctx() ctx: InspectionContext) {
    return loadExisting(ctx.loaders.plan, 'Inspection plan', finding.planId);
  }

  @FieldResolver(() => InspectionTarget)
  target(@Root() finding: FindingEntity, @Ctx() ctx: InspectionContext) {
    return loadExisting(ctx.loaders.target, 'Target', finding.targetId);
  }

  @FieldResolver(() => ContentArea)
  area(@Root() finding: FindingEntity, @Ctx() ctx: InspectionContext) {
    return loadExisting(ctx.loaders.area, 'Content area', finding.areaId);
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
  finding(@Root() action: CorrectiveActionEntity, @Ctx() ctx: InspectionContext) {
    return loadExisting(ctx.loaders.finding, 'Finding', action.findingId);
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

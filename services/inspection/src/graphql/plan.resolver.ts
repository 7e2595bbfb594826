import { decodeCursor, pageSize, toConnection } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PlanStatus } from '../domain/enums.js';
import type {
  ConclusionEntity,
  InspectionPlanEntity,
  InspectionTargetEntity,
  VisitEntity,
} from '../domain/plan.entity.js';
import { allowedTransitions } from '../domain/plan-status.js';
import { INSPECTION_ACCESS, PERSONAL_DATA_READERS, PLAN_CONTENTS_READERS } from './access.js';
import { AfterArg, FirstArg, VersionArg } from './args.js';
import { CriteriaCatalog } from './catalog.types.js';
import type { InspectionContext } from './context.js';
import { PlanOrder } from './enums.js';
import { Finding } from './finding.types.js';
import { loadExisting } from './loaders.js';
import {
  ConclusionInput,
  PlanFilter,
  PlanInput,
  TargetInput,
  TeamMemberInput,
  VisitInput,
} from './plan.inputs.js';
import {
  Conclusion,
  FollowUp,
  InspectionPlan,
  InspectionPlanConnection,
  InspectionTarget,
  Recommendation,
  TeamMember,
  Visit,
} from './plan.types.js';
import { Unit } from './unit.types.js';

@Resolver(() => InspectionPlan)
export class PlanResolver {
  @Authorized(...INSPECTION_ACCESS['Query.inspectionPlans'])
  @Query(() => InspectionPlanConnection, { description: 'Plans, newest first unless ordered otherwise' })
  async inspectionPlans(
    @Arg('filter', () => PlanFilter, { nullable: true }) filter: PlanFilter | undefined,
    @Arg('orderBy', () => PlanOrder, { nullable: true, description: 'YEAR_DESC by default' }) orderBy:
      | PlanOrder
      | undefined,
    @FirstArg() first: number | undefined,
    @AfterArg() after: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return toConnection(
      await ctx.planRepository.find(
        filter ?? {},
        orderBy ?? PlanOrder.YEAR_DESC,
        decodeCursor(after),
        pageSize(first),
      ),
    );
  }

  @Authorized(...INSPECTION_ACCESS['Query.inspectionPlan'])
  @Query(() => InspectionPlan, { nullable: true })
  inspectionPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.plan.load(id);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.createInspectionPlan'])
  @Mutation(() => InspectionPlan, { description: 'A new plan, in DRAFT' })
  createInspectionPlan(@Arg('input', () => PlanInput) input: PlanInput, @Ctx() ctx: InspectionContext) {
    return ctx.planService.create(input, ctx.caller.username);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.updateInspectionPlan'])
  @Mutation(() => InspectionPlan)
  updateInspectionPlan(
    @Arg('id', () => ID) id: string,
    @VersionArg() version: number,
    @Arg('input', () => PlanInput) input: PlanInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.planService.update(id, version, input, ctx.caller.username);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.changeInspectionPlanStatus'])
  @Mutation(() => InspectionPlan, {
    description: 'Moves a plan along DRAFT → APPROVED → IN_PROGRESS → CONCLUDED → CLOSED',
  })
  changeInspectionPlanStatus(
    @Arg('id', () => ID) id: string,
    @VersionArg() version: number,
    @Arg('status', () => PlanStatus) status: PlanStatus,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.planService.changeStatus(id, version, status, ctx.caller.username);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.addTeamMember'])
  @Mutation(() => InspectionPlan)
  addTeamMember(
    @Arg('planId', () => ID) planId: string,
    @VersionArg() version: number,
    @Arg('member', () => TeamMemberInput) member: TeamMemberInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.planService.addTeamMember(planId, version, member, ctx.caller.username);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.removeTeamMember'])
  @Mutation(() => InspectionPlan)
  removeTeamMember(
    @Arg('planId', () => ID) planId: string,
    @VersionArg() version: number,
    @Arg('memberId', () => ID) memberId: string,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.planService.removeTeamMember(planId, version, memberId, ctx.caller.username);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.addInspectionTarget'])
  @Mutation(() => InspectionPlan)
  addInspectionTarget(
    @Arg('planId', () => ID) planId: string,
    @VersionArg() version: number,
    @Arg('target', () => TargetInput) target: TargetInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.planService.addTarget(planId, version, target, ctx.caller.username);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.removeInspectionTarget'])
  @Mutation(() => InspectionPlan)
  removeInspectionTarget(
    @Arg('planId', () => ID) planId: string,
    @VersionArg() version: number,
    @Arg('targetId', () => ID) targetId: string,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.planService.removeTarget(planId, version, targetId, ctx.caller.username);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.recordVisit'])
  @Mutation(() => Visit, { description: "Records a target's visit; version 0 when it has none yet" })
  recordVisit(
    @Arg('targetId', () => ID) targetId: string,
    @VersionArg() version: number,
    @Arg('visit', () => VisitInput) visit: VisitInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.planService.recordVisit(targetId, version, visit, ctx.caller);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.setConclusion'])
  @Mutation(() => InspectionPlan, { description: 'Sets the thông báo kết luận and its recommendations' })
  setConclusion(
    @Arg('planId', () => ID) planId: string,
    @VersionArg() version: number,
    @Arg('conclusion', () => ConclusionInput) conclusion: ConclusionInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.planService.setConclusion(planId, version, conclusion, ctx.caller.username);
  }

  @FieldResolver(() => Unit, { description: 'The lead agency (usually the Sở Nội vụ)' })
  leadUnit(@Root() plan: InspectionPlanEntity) {
    return { id: plan.leadUnitId };
  }

  @FieldResolver(() => [PlanStatus], { description: 'Where the plan may go from here' })
  allowedTransitions(@Root() plan: InspectionPlanEntity) {
    return allowedTransitions(plan.status);
  }

  @FieldResolver(() => CriteriaCatalog)
  catalog(@Root() plan: InspectionPlanEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.catalog.load(plan.catalogId);
  }

  @Authorized(...PERSONAL_DATA_READERS)
  @FieldResolver(() => [TeamMember])
  team(@Root() plan: InspectionPlanEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.teamOfPlan.load(plan.id);
  }

  @Authorized(...PLAN_CONTENTS_READERS)
  @FieldResolver(() => [InspectionTarget], { description: 'In planned order' })
  targets(@Root() plan: InspectionPlanEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.targetsOfPlan.load(plan.id);
  }

  @FieldResolver(() => Conclusion, { nullable: true })
  conclusion(@Root() plan: InspectionPlanEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.conclusion.load(plan.id);
  }

  @Authorized(...PLAN_CONTENTS_READERS)
  @FieldResolver(() => [FollowUp], {
    description:
      "For each target inspected in earlier years: the limitations found then and their actions' state",
  })
  async followUp(@Root() plan: InspectionPlanEntity, @Ctx() ctx: InspectionContext) {
    return ctx.findingQueryService.followUp(await ctx.loaders.targetsOfPlan.load(plan.id), plan.year);
  }
}

@Resolver(() => InspectionTarget)
export class TargetResolver {
  @FieldResolver(() => Unit)
  unit(@Root() target: InspectionTargetEntity) {
    return { id: target.unitId };
  }

  @FieldResolver(() => InspectionPlan)
  plan(@Root() target: InspectionTargetEntity, @Ctx() ctx: InspectionContext) {
    return loadExisting(ctx.loaders.plan, 'Inspection plan', target.planId);
  }

  @FieldResolver(() => InspectionTarget, {
    nullable: true,
    description: "The district's target a commune is visited with",
  })
  parentTarget(@Root() target: InspectionTargetEntity, @Ctx() ctx: InspectionContext) {
    return target.parentTargetId ? ctx.loaders.target.load(target.parentTargetId) : null;
  }

  @Authorized(...PERSONAL_DATA_READERS)
  @FieldResolver(() => Visit, { nullable: true })
  visit(@Root() target: InspectionTargetEntity, @Ctx() ctx: InspectionContext): Promise<VisitEntity | null> {
    return ctx.loaders.visit.load(target.id);
  }

  @Authorized(...PLAN_CONTENTS_READERS)
  @FieldResolver(() => [Finding])
  findings(@Root() target: InspectionTargetEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.findingsOfTarget.load(target.id);
  }
}

@Resolver(() => Conclusion)
export class ConclusionResolver {
  @FieldResolver(() => [Recommendation])
  recommendations(@Root() conclusion: ConclusionEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.recommendationsOfPlan.load(conclusion.planId);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rankingOf } from '../application/assessment.service.js';
import { gradesBestFirst } from '../domain/classification.js';
import type { ConclusionNoticeEntity } from '../domain/notice.entity.js';
import type { NoticeAction as NoticeActionFields } from '../domain/notice.js';
import type { ConclusionEntity, InspectionTargetEntity } from '../domain/plan.entity.js';
import { INSPECTION_ACCESS } from './access.js';
import { ConclusionNotice, IssueNoticeInput, NoticeAction, NoticePlan } from './assessment.types.js';
import type { InspectionContext } from './context.js';
import { loadExisting } from './loaders.js';
import { Conclusion, InspectionTarget } from './plan.types.js';
import { Unit } from './unit.types.js';

@Resolver(() => ConclusionNotice)
export class NoticeResolver {
  @Authorized(...INSPECTION_ACCESS['Query.conclusionNotices'])
  @Query(() => [ConclusionNotice], {
    description:
      "Issued notices; a unit officer sees its own unit tree's, a partner those of concluded plans",
  })
  conclusionNotices(
    @Arg('planId', () => ID, { nullable: true }) planId: string | undefined,
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.noticeService.visibleTo(ctx.caller, { planIds: planId ? [planId] : undefined, unitIds });
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.issueNotice'])
  @Mutation(() => ConclusionNotice, {
    description:
      "Issues a unit's notice from its findings, scores and corrective actions, kept as issued; an ADMIN or the team's lead",
  })
  issueNotice(@Arg('input', () => IssueNoticeInput) input: IssueNoticeInput, @Ctx() ctx: InspectionContext) {
    return ctx.noticeService.issue(input.targetId, input.version, input, ctx.caller);
  }

  @FieldResolver(() => Unit)
  unit(@Root() notice: ConclusionNoticeEntity) {
    return { id: notice.unitId };
  }

  @FieldResolver(() => NoticePlan, { description: 'The plan it concludes, for whoever may read the notice' })
  async plan(@Root() notice: ConclusionNoticeEntity, @Ctx() ctx: InspectionContext): Promise<NoticePlan> {
    const plan = await loadExisting(ctx.loaders.plan, 'Inspection plan', notice.planId);
    const [catalog, assessments] = await Promise.all([
      ctx.loaders.catalog.load(plan.catalogId),
      ctx.assessmentLoaders.assessmentsOfPlan.load(plan.id),
    ]);
    return {
      ...plan,
      leadUnit: { id: plan.leadUnitId },
      classificationThresholds: gradesBestFirst(catalog?.classificationThresholds ?? []),
      rank: assessments.get(notice.targetId)?.rank ?? null,
      rankedUnits: rankingOf(assessments).length,
    };
  }
}

@Resolver(() => NoticeAction)
export class NoticeActionResolver {
  @FieldResolver(() => Unit)
  responsibleUnit(@Root() action: NoticeActionFields) {
    return { id: action.responsibleUnitId };
  }
}

@Resolver(() => InspectionTarget)
export class TargetNoticeResolver {
  @FieldResolver(() => ConclusionNotice, {
    nullable: true,
    description: "Its conclusion notice once issued (null when not issued or not the caller's to see)",
  })
  notice(@Root() target: InspectionTargetEntity, @Ctx() ctx: InspectionContext) {
    return ctx.assessmentLoaders.noticeOfTarget.load(target.id);
  }
}

@Resolver(() => Conclusion)
export class ConclusionNoticesResolver {
  @FieldResolver(() => [ConclusionNotice], { description: 'The notices issued to the inspected units' })
  notices(@Root() conclusion: ConclusionEntity, @Ctx() ctx: InspectionContext) {
    return ctx.assessmentLoaders.noticesOfPlan.load(conclusion.planId);
  }
}

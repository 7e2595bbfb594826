import { Arg, Authorized, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import {
  type AssessedScore,
  type UnitAssessment as Assessment,
  rankingOf,
} from '../application/assessment.service.js';
import { maxPointsOf } from '../domain/assessment.js';
import { effectiveShares } from '../domain/assessment-prefill.js';
import type { CriteriaCatalogEntity, CriterionEntity } from '../domain/catalog.entity.js';
import { gradesBestFirst } from '../domain/classification.js';
import type { InspectionPlanEntity, InspectionTargetEntity } from '../domain/plan.entity.js';
import { INSPECTION_ACCESS, PLAN_CONTENTS_READERS } from './access.js';
import {
  ClassificationThreshold,
  CriterionScore,
  IndicatorPoints,
  RankedUnit,
  SaveAssessmentInput,
  UnitAssessment,
} from './assessment.types.js';
import { CriteriaCatalog, Criterion } from './catalog.types.js';
import type { InspectionContext } from './context.js';
import { EvidenceReading } from './evidence.types.js';
import { InspectionPlan, InspectionTarget } from './plan.types.js';

@Resolver(() => UnitAssessment)
export class AssessmentResolver {
  @Authorized(...INSPECTION_ACCESS['Mutation.saveAssessment'])
  @Mutation(() => UnitAssessment, {
    description:
      "Scores criteria of an inspected unit in one go (the others keep their points); the plan's team or an ADMIN",
  })
  saveAssessment(
    @Arg('input', () => SaveAssessmentInput) input: SaveAssessmentInput,
    @Ctx() ctx: InspectionContext,
  ): Promise<Assessment> {
    return ctx.assessmentService.save(input.targetId, input.version, input.scores, ctx.caller, ctx.figures);
  }
}

@Resolver(() => InspectionTarget)
export class TargetAssessmentResolver {
  @Authorized(...PLAN_CONTENTS_READERS)
  @FieldResolver(() => UnitAssessment, { description: 'Its scores, totals, grade and rank in the plan' })
  async assessment(@Root() target: InspectionTargetEntity, @Ctx() ctx: InspectionContext) {
    return (await ctx.assessmentLoaders.assessmentsOfPlan.load(target.planId)).get(target.id);
  }
}

@Resolver(() => InspectionPlan)
export class PlanRankingResolver {
  @Authorized(...PLAN_CONTENTS_READERS)
  @FieldResolver(() => [RankedUnit], {
    description: 'The scored units by total, highest first (ties share a rank), with their ranks per area',
  })
  async ranking(@Root() plan: InspectionPlanEntity, @Ctx() ctx: InspectionContext) {
    const assessments = await ctx.assessmentLoaders.assessmentsOfPlan.load(plan.id);
    const targets = new Map((await ctx.loaders.targetsOfPlan.load(plan.id)).map((t) => [t.id, t]));
    return rankingOf(assessments).map((a) => ({
      ...a,
      target: targets.get(a.targetId),
      unit: { id: a.unitId },
    }));
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  @FieldResolver(() => Criterion)
  criterion(@Root() score: AssessedScore, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.criterion.load(score.criterionId);
  }

  @FieldResolver(() => EvidenceReading, { nullable: true })
  reading(@Root() score: AssessedScore) {
    return score.reading && { ...score.reading, takenAt: new Date(score.reading.takenAt) };
  }
}

@Resolver(() => Criterion)
export class CriterionPointsResolver {
  @FieldResolver(() => Float, {
    description: 'Điểm tối đa: its own, or the sum of its sub-criteria’s when it has some',
  })
  async maxPoints(@Root() criterion: CriterionEntity, @Ctx() ctx: InspectionContext) {
    return maxPointsOf(criterion, await ctx.loaders.criteriaOfArea.load(criterion.areaId));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The e-government indicator whose figures propose its score, when it is measurable',
  })
  indicatorCode(@Root() criterion: CriterionEntity) {
    return criterion.indicatorCode;
  }

  @FieldResolver(() => IndicatorPoints, {
    nullable: true,
    description: 'How its indicator’s status proposes its points, when it names one',
  })
  indicatorPoints(@Root() criterion: CriterionEntity) {
    return criterion.indicatorCode ? effectiveShares(criterion.indicatorPoints) : null;
  }
}

@Resolver(() => CriteriaCatalog)
export class CatalogThresholdsResolver {
  @FieldResolver(() => [ClassificationThreshold], { description: 'Xếp loại: the grades, best first' })
  classificationThresholds(@Root() catalog: CriteriaCatalogEntity) {
    return gradesBestFirst(catalog.classificationThresholds);
  }
}

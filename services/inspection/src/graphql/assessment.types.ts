import { DateScalar } from '@cchc/kit';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ScoreFields } from '../application/assessment.service.js';
import type { NoticeFields } from '../application/notice.service.js';
import { Classification } from '../domain/classification.js';
import { PlanStatus } from '../domain/enums.js';
import { Criterion } from './catalog.types.js';
import { EvidenceReading } from './evidence.types.js';
import { InspectionTarget, PlanHeading } from './plan.types.js';
import { Unit } from './unit.types.js';

registerEnumType(Classification, {
  name: 'Classification',
  description: 'Xếp loại: Tốt, Khá, Trung bình, Yếu (the catalog names each and states its threshold)',
});

@ObjectType({ description: 'A grade and the least share of the maximum points that earns it' })
export class ClassificationThreshold {
  @Field(() => Classification)
  classification!: Classification;

  @Field(() => Float, { description: 'In % of the maximum points' })
  minPercent!: number;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;
}

@ObjectType({ description: "A unit's points in one content area, and its rank there among the plan's units" })
export class AreaScore {
  @Field(() => String)
  areaCode!: string;

  @Field(() => String, { description: 'Vietnamese name of the area' })
  areaName!: string;

  @Field(() => String)
  areaNameEn!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Float)
  maxScore!: number;

  @Field(() => Int, { nullable: true, description: 'Ties share a rank; null while the unit is not scored' })
  rank!: number | null;
}

@ObjectType({ description: 'The points given on one criterion' })
export class CriterionScore {
  @Field(() => Criterion)
  criterion!: Criterion;

  @Field(() => Float)
  points!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => Boolean, {
    description:
      "Proposed from the unit's indicator, not yet scored by the team: not counted in the totals until it saves its points",
  })
  prefilled!: boolean;

  @Field(() => EvidenceReading, {
    nullable: true,
    description:
      "The indicator reading a pre-filled score comes from (the twelve months before the visit, or the plan's start)",
  })
  reading!: EvidenceReading | null;
}

@ObjectType({
  description:
    "The share of a measurable criterion's maximum points proposed for each status of its indicator (no data: none)",
})
export class IndicatorPoints {
  @Field(() => Float, { description: 'At target (GOOD)' })
  good!: number;

  @Field(() => Float, { description: 'Past the warning line (WARNING)' })
  warning!: number;

  @Field(() => Float, { description: 'Past the alert line (ALERT)' })
  alert!: number;
}

@ObjectType({ description: 'Chấm điểm: the assessment of an inspected unit against its plan’s catalog' })
export class UnitAssessment {
  @Field(() => [AreaScore], { description: 'In the catalog’s area order' })
  areas!: AreaScore[];

  @Field(() => [CriterionScore])
  scores!: CriterionScore[];

  @Field(() => Float)
  total!: number;

  @Field(() => Float, { description: "The catalog's maximum: every scorable criterion's points" })
  maxTotal!: number;

  @Field(() => Classification, { nullable: true, description: 'Null while nothing is scored' })
  classification!: Classification | null;

  @Field(() => Int, { nullable: true, description: "By total among the plan's scored units; ties share" })
  rank!: number | null;

  @Field(() => Int, { description: '0 while nothing is scored; send it back with scores' })
  version!: number;
}

@ObjectType({ description: "A scored unit in its plan's ranking" })
export class RankedUnit {
  @Field(() => InspectionTarget)
  target!: InspectionTarget;

  @Field(() => Unit)
  unit!: Unit;

  @Field(() => Float)
  total!: number;

  @Field(() => Float)
  maxTotal!: number;

  @Field(() => Classification, { nullable: true })
  classification!: Classification | null;

  @Field(() => Int, { description: 'By total; ties share a rank' })
  rank!: number;

  @Field(() => [AreaScore])
  areas!: AreaScore[];
}

@ObjectType({ description: 'A corrective action as the notice requires it' })
export class NoticeAction {
  @Field(() => String)
  requiredAction!: string;

  @Field(() => DateScalar)
  deadline!: string;

  @Field(() => Unit)
  responsibleUnit!: Unit;

  @Field(() => String, { description: 'Who answers for it, as the notice names them' })
  responsibleRole!: string;
}

@ObjectType({
  description:
    'Thông báo kết luận to one inspected unit: its strengths, limitations, grade and required actions, as issued',
})
export class ConclusionNotice {
  @Field(() => String)
  number!: string;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => [String])
  strengths!: string[];

  @Field(() => [String], { description: 'Limitations and violations' })
  limitations!: string[];

  @Field(() => Classification, { nullable: true })
  classification!: Classification | null;

  @Field(() => Float)
  total!: number;

  @Field(() => Float)
  maxTotal!: number;

  @Field(() => [NoticeAction])
  actions!: NoticeAction[];

  @Field(() => Int, { description: 'Send it back to issue the notice again' })
  version!: number;
}

@ObjectType({
  description:
    'The plan a notice concludes, as the notice’s readers (the inspected unit too) need it to read the notice',
})
export class NoticePlan extends PlanHeading {
  @Field(() => PlanStatus)
  status!: PlanStatus;

  @Field(() => Unit, { description: 'The lead agency (usually the Sở Nội vụ)' })
  leadUnit!: Unit;

  @Field(() => [ClassificationThreshold], { description: 'The grades of its catalog, best first' })
  classificationThresholds!: ClassificationThreshold[];

  @Field(() => Int, { nullable: true, description: 'The unit’s rank among the plan’s scored units' })
  rank!: number | null;

  @Field(() => Int, { description: 'How many of the plan’s units are scored' })
  rankedUnits!: number;
}

@InputType()
export class CriterionScoreInput implements ScoreFields {
  @Field(() => ID)
  @IsUUID()
  criterionId!: string;

  @Field(() => Float, { description: 'Within 0 and the criterion’s maxPoints, two decimals at most' })
  points!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  comment?: string | null;
}

@InputType()
export class SaveAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  targetId!: string;

  @Field(() => [CriterionScoreInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  scores!: CriterionScoreInput[];

  @Field(() => Int, { description: "The assessment's version you read (0 before the first scores)" })
  @IsInt()
  @Min(0)
  version!: number;
}

@InputType()
export class IssueNoticeInput implements NoticeFields {
  @Field(() => ID)
  @IsUUID()
  targetId!: string;

  @Field(() => String, { description: 'e.g. "12/TB-ĐKT"' })
  @Length(1, 100)
  number!: string;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => Int, { description: "The notice's version (0 to issue it the first time)" })
  @IsInt()
  @Min(0)
  version!: number;
}

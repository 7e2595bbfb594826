import { DateScalar } from '@cchc/kit';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type * as app from '../application/inputs.js';
import {
  ActionStatus,
  FindingKind,
  FindingStatus,
  PlanStatus,
  RecommendationAddressee,
  Severity,
  TeamRole,
  VisitStatus,
} from '../domain/enums.js';
import { EvidenceVerdict } from '../domain/evidence.js';
import './enums.js';
import './evidence.types.js';

@InputType()
export class PlanInput implements app.PlanFields {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => String)
  @Length(3, 300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "Quyết định số 1234/QĐ-UBND"' })
  @IsOptional()
  @MaxLength(100)
  decisionNumber?: string | null;

  @Field(() => DateScalar, { nullable: true })
  decisionDate?: string | null;

  @Field(() => DateScalar)
  periodFrom!: string;

  @Field(() => DateScalar)
  periodTo!: string;

  @Field(() => ID)
  @IsUUID()
  leadUnitId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  scope?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The criteria catalog's year; the plan's year when absent",
  })
  @IsOptional()
  @IsInt()
  catalogYear?: number | null;
}

@InputType()
export class TeamMemberInput implements app.TeamMemberFields {
  @Field(() => String)
  @Length(2, 200)
  fullName!: string;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  agencyName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The member's login: an INSPECTOR records visits and findings only on plans whose team they are on",
  })
  @IsOptional()
  @Matches(/^[a-z0-9._-]{2,64}$/)
  username?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  position?: string | null;
}

@InputType()
export class TargetInput implements app.TargetFields {
  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => DateScalar, { nullable: true })
  plannedDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The district's target when this commune is visited with it",
  })
  @IsOptional()
  @IsUUID()
  parentTargetId?: string | null;
}

@InputType()
export class VisitInput implements app.VisitFields {
  @Field(() => DateScalar, { nullable: true })
  actualDate?: string | null;

  @Field(() => [String])
  @ArrayMaxSize(100)
  @MaxLength(300, { each: true })
  attendees!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  minutes?: string | null;

  @Field(() => VisitStatus)
  status!: VisitStatus;
}

@InputType()
export class RecommendationInput {
  @Field(() => RecommendationAddressee)
  addressee!: RecommendationAddressee;

  @Field(() => String)
  @Length(3, 4000)
  text!: string;
}

@InputType()
export class ConclusionInput implements app.ConclusionFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  number?: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn?: string | null;

  @Field(() => String)
  @Length(3, 20_000)
  summary!: string;

  @Field(() => [RecommendationInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  recommendations!: RecommendationInput[];
}

@InputType()
export class EvidenceInput {
  @Field(() => String)
  @Length(1, 200)
  label!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  unit!: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,60}$/)
  indicatorCode!: string | null;
}

@InputType({ description: 'An indicator of e-government-metrics over a period, as evidence of a finding' })
export class ReadingInput implements app.ReadingFields {
  @Field(() => String, { description: 'An indicator code of indicatorCatalog, e.g. ON_TIME_RATE' })
  @Matches(/^[A-Z0-9_]{2,60}$/)
  indicatorCode!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Twelve whole months before the visit (or the plan's start) when from and to are absent",
  })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

@InputType()
export class FindingInput implements app.FindingFields {
  @Field(() => String, { description: 'CDDH, TC, TTHC, TCBM, CBCCVC, TCC or HDH' })
  @Matches(/^[A-Z]{2,10}$/)
  areaCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  criterionCode?: string | null;

  @Field(() => FindingKind)
  kind!: FindingKind;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => String)
  @Length(3, 10_000)
  text!: string;

  @Field(() => Boolean, { nullable: true })
  general?: boolean | null;

  @Field(() => [EvidenceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  evidence?: EvidenceInput[] | null;

  @Field(() => ReadingInput, {
    nullable: true,
    description:
      "The indicator the finding rests on: the unit's figures are copied into the finding when it is written " +
      'and again only when the indicator or the period changes; absent keeps the reading, null removes it',
  })
  @IsOptional()
  @ValidateNested()
  reading?: ReadingInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A key the client makes for a new finding (at most 64 characters, trimmed): sent again with the same ' +
      'key, recordFinding answers the finding already written and writes nothing; the same key on another ' +
      'target is CONFLICT. Ignored by updateFinding',
  })
  clientKey?: string | null;
}

@InputType()
export class ActionInput implements app.ActionFields {
  @Field(() => String)
  @Length(3, 4000)
  requiredAction!: string;

  @Field(() => ID, { nullable: true, description: "The finding's unit when absent" })
  @IsOptional()
  @IsUUID()
  responsibleUnitId?: string | null;

  @Field(() => DateScalar)
  deadline!: string;
}

@InputType()
export class AttachmentInput {
  @Field(() => String)
  @Length(1, 255)
  fileName!: string;

  @Field(() => String)
  @Matches(/^[\w.+-]+\/[\w.+-]+$/)
  mediaType!: string;

  @Field(() => Int)
  @Min(0)
  sizeBytes!: number;
}

@InputType()
export class ReportInput implements app.ReportFields {
  @Field(() => DateScalar)
  reportedOn!: string;

  @Field(() => String)
  @Length(3, 20_000)
  text!: string;

  @Field(() => [AttachmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  attachments?: AttachmentInput[] | null;
}

const SHARE = {
  nullable: true,
  description: 'Between 0 and 1; the usual share when absent',
} as const;

@InputType({
  description:
    "The share of a measurable criterion's maximum proposed for each status of its indicator (usually 1, 0.5, 0)",
})
export class IndicatorPointsInput {
  @Field(() => Float, SHARE)
  @IsOptional()
  @Min(0)
  @Max(1)
  good?: number | null;

  @Field(() => Float, SHARE)
  @IsOptional()
  @Min(0)
  @Max(1)
  warning?: number | null;

  @Field(() => Float, SHARE)
  @IsOptional()
  @Min(0)
  @Max(1)
  alert?: number | null;
}

@InputType()
export class CriterionInput {
  @Field(() => String)
  @Matches(/^[A-Z]{2,10}$/)
  areaCode!: string;

  @Field(() => String)
  @Matches(/^[A-Z]{2,10}(\.\d{1,3}){1,3}$/, { message: 'code must look like TTHC.3 or TTHC.3.1' })
  code!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  parentCode?: string | null;

  @Field(() => String)
  @Length(3, 500)
  nameVi!: string;

  @Field(() => String)
  @Length(3, 500)
  nameEn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  guidance?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Điểm tối đa; unchanged when absent (0 for a new criterion)',
  })
  @IsOptional()
  @Min(0)
  @Max(1000)
  maxPoints?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'An indicator code of indicatorCatalog whose figures propose its points; unchanged when absent, removed when null',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,60}$/)
  indicatorCode?: string | null;

  @Field(() => IndicatorPointsInput, {
    nullable: true,
    description:
      'The share of maxPoints each status proposes; unchanged when absent, the usual shares when null',
  })
  @IsOptional()
  @ValidateNested()
  indicatorPoints?: IndicatorPointsInput | null;
}

@InputType()
export class PlanFilter {
  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => PlanStatus, { nullable: true })
  status?: PlanStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  leadUnitId?: string;
}

@InputType({ description: 'Filters combine with AND' })
export class FindingFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these findings (e.g. the one a page shows)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Units by their code as of asOf (e.g. "902"), together with unitIds',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @MaxLength(30, { each: true })
  unitCodes?: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The date unitCodes resolve on (codes are reused: "91" is An Giang from 2025-07-01); today when absent',
  })
  asOf?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also every unit ever below unitIds and unitCodes, from unit-registry',
  })
  includeDescendants?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also the units unitIds and unitCodes were formed from through reorganisations, at any depth (today's An Giang: Kiên Giang's 2020 findings); with includeDescendants, their sub-units too",
  })
  throughLineage?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  areaCodes?: string[];

  @Field(() => [FindingKind], { nullable: true })
  kinds?: FindingKind[];

  @Field(() => [FindingStatus], { nullable: true })
  statuses?: FindingStatus[];

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => [EvidenceVerdict], {
    nullable: true,
    description: "What the unit's figures say of the finding (judged by e-government-metrics)",
  })
  verdicts?: EvidenceVerdict[];

  @Field(() => String, {
    nullable: true,
    description:
      'Words of the text or criterion code, with or without accents, any case ("ho so tre hen" finds "Hồ sơ ' +
      'trễ hẹn"); each word must begin a word of the finding. At most 100 characters',
  })
  search?: string;
}

@InputType({ description: "Filters for a unit's own findings" })
export class UnitFindingFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  areaCodes?: string[];

  @Field(() => [FindingKind], { nullable: true })
  kinds?: FindingKind[];

  @Field(() => [FindingStatus], { nullable: true })
  statuses?: FindingStatus[];

  @Field(() => Int, { nullable: true })
  year?: number;
}

@InputType({ description: 'Filters combine with AND' })
export class ActionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => Int, { nullable: true, description: 'Actions of findings of the plans of this year' })
  year?: number;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  responsibleUnitIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Responsible units by their code as of asOf, together with responsibleUnitIds',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @MaxLength(30, { each: true })
  responsibleUnitCodes?: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date responsibleUnitCodes resolve on; today when absent',
  })
  asOf?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also every unit ever below responsibleUnitIds and responsibleUnitCodes',
  })
  includeDescendants?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also the units responsibleUnitIds and responsibleUnitCodes were formed from through reorganisations, at any depth (today's An Giang: Kiên Giang's 2020 findings); with includeDescendants, their sub-units too",
  })
  throughLineage?: boolean;

  @Field(() => [ActionStatus], {
    nullable: true,
    description: 'OVERDUE selects open actions past their deadline',
  })
  statuses?: ActionStatus[];
}

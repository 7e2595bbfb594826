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
import { Field, ID, InputType, Int } from 'type-graphql';
import type * as app from '../application/inputs.js';
import { PlanStatus, RecommendationAddressee, TeamRole, VisitStatus } from '../domain/enums.js';
import './enums.js';

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

import { connection, DateScalar } from '@cchc/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlanStatus, RecommendationAddressee, TeamRole, VisitStatus } from '../domain/enums.js';
import './enums.js';
import { Finding } from './finding.types.js';

/** What every view of a plan shows first: the plan itself and a notice's copy of it. */
@ObjectType()
export abstract class PlanHeading {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  decisionNumber!: string | null;

  @Field(() => DateScalar, { nullable: true })
  decisionDate!: string | null;

  @Field(() => DateScalar)
  periodFrom!: string;

  @Field(() => DateScalar)
  periodTo!: string;
}

@ObjectType({ description: 'Kế hoạch kiểm tra' })
export class InspectionPlan extends PlanHeading {
  // Described on the plan's own type only (a notice's copy has no description); redeclared, it keeps its place.
  @Field(() => String, { nullable: true, description: 'Legal basis, e.g. "Quyết định số …/QĐ-UBND"' })
  declare decisionNumber: string | null;

  @Field(() => String, { nullable: true })
  scope!: string | null;

  @Field(() => PlanStatus)
  status!: PlanStatus;

  @Field(() => Int, { description: 'Send it back with a change; a stale one gets CONFLICT' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: 'A member of the đoàn kiểm tra' })
export class TeamMember {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => String, { nullable: true })
  agencyName!: string | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => String, { nullable: true, description: "The member's login, when they use the platform" })
  username!: string | null;
}

@ObjectType({ description: 'The on-site visit of a target' })
export class Visit {
  @Field(() => DateScalar, { nullable: true })
  actualDate!: string | null;

  @Field(() => [String])
  attendees!: string[];

  @Field(() => String, { nullable: true, description: 'Biên bản (minutes)' })
  minutes!: string | null;

  @Field(() => VisitStatus)
  status!: VisitStatus;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A unit inspected under a plan' })
export class InspectionTarget {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { nullable: true })
  plannedDate!: string | null;

  @Field(() => Boolean, { description: 'Chosen for the demo, not taken from a source document' })
  illustrative!: boolean;
}

@ObjectType({ description: 'Kiến nghị' })
export class Recommendation {
  @Field(() => RecommendationAddressee)
  addressee!: RecommendationAddressee;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'Thông báo kết luận' })
export class Conclusion {
  @Field(() => String, { nullable: true })
  number!: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn!: string | null;

  @Field(() => String)
  summary!: string;
}

@ObjectType({ description: 'What an earlier plan found at a unit that a later plan inspects again' })
export class FollowUp {
  @Field(() => InspectionTarget)
  target!: InspectionTarget;

  @Field(() => [Finding], {
    description: 'Limitations and violations found in earlier years, with their actions',
  })
  earlierFindings!: Finding[];
}

export const InspectionPlanConnection = connection('InspectionPlan', () => InspectionPlan);

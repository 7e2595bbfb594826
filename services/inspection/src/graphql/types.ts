import { connection, DateScalar } from '@cchc/kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  ActionTimeliness,
  FindingKind,
  FindingStatus,
  PlanStatus,
  RecommendationAddressee,
  Severity,
  TeamRole,
  VisitStatus,
} from '../domain/enums.js';
import './enums.js';

/** A unit of unit-registry, known here by id only; this subgraph adds its inspection fields. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Unit {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'Lĩnh vực: a content area of CCHC inspection' })
export class ContentArea {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'CDDH, TC, TTHC, TCBM, CBCCVC, TCC or HDH' })
  code!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Guidance for inspectors' })
  guidance!: string | null;
}

@ObjectType({ description: 'Tiêu chí (or a sub-criterion)' })
export class Criterion {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { nullable: true })
  guidance!: string | null;
}

@ObjectType({ description: 'The criteria of one year' })
export class CriteriaCatalog {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;
}

@ObjectType({ description: 'Kế hoạch kiểm tra' })
export class InspectionPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Legal basis, e.g. "Quyết định số …/QĐ-UBND"' })
  decisionNumber!: string | null;

  @Field(() => DateScalar, { nullable: true })
  decisionDate!: string | null;

  @Field(() => DateScalar)
  periodFrom!: string;

  @Field(() => DateScalar)
  periodTo!: string;

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

@ObjectType({ description: 'A measured fact behind a finding' })
export class EvidenceFigure {
  @Field(() => String)
  label!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Indicator code of e-government-metrics, when it measures one',
  })
  indicatorCode!: string | null;

  @Field(() => Boolean, {
    description: "Typed by the team from what it saw (the figures' own snapshot is evidenceReading)",
  })
  observed!: boolean;
}

@ObjectType({ description: 'What inspectors found at a unit in one area' })
@Directive('@key(fields: "id")')
export class Finding {
  @Field(() => ID)
  id!: string;

  @Field(() => FindingKind)
  kind!: FindingKind;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => String)
  text!: string;

  @Field(() => Boolean, {
    description: 'Stated generally in the source and applied to this unit as plausible',
  })
  general!: boolean;

  @Field(() => [EvidenceFigure])
  evidence!: EvidenceFigure[];

  @Field(() => FindingStatus)
  status!: FindingStatus;

  @Field(() => String, { nullable: true, description: 'The key its client sent with recordFinding, if any' })
  clientKey!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class Attachment {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;
}

@ObjectType({ description: 'A progress report by the responsible unit' })
export class ActionReport {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  reportedOn!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [Attachment])
  attachments!: Attachment[];

  @Field(() => String)
  author!: string;
}

@ObjectType({ description: 'A corrective action required by a finding' })
export class CorrectiveAction {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  requiredAction!: string;

  @Field(() => DateScalar)
  deadline!: string;

  @Field(() => DateScalar, { nullable: true })
  verifiedOn!: string | null;

  @Field(() => String, { nullable: true })
  verificationNote!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'One change in the audit log' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  objectType!: string;

  @Field(() => ID)
  objectId!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  actor!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => GraphQLJSONObject, { description: 'Field → [before, after]' })
  changes!: Record<string, unknown>;
}

@ObjectType({ description: 'A count of findings for one combination of the grouped dimensions' })
export class FindingStat {
  @Field(() => String, { nullable: true })
  areaCode!: string | null;

  @Field(() => String, { nullable: true })
  areaNameVi!: string | null;

  @Field(() => String, { nullable: true })
  areaNameEn!: string | null;

  @Field(() => FindingKind, { nullable: true })
  kind!: FindingKind | null;

  @Field(() => FindingStatus, { nullable: true })
  status!: FindingStatus | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A count of corrective actions by how they stand against their deadlines' })
export class ActionTimelinessCount {
  @Field(() => ActionTimeliness)
  timeliness!: ActionTimeliness;

  @Field(() => Int)
  count!: number;
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
export const FindingConnection = connection('Finding', () => Finding);
export const CorrectiveActionConnection = connection('CorrectiveAction', () => CorrectiveAction);
export const AuditEntryConnection = connection('AuditEntry', () => AuditEntry);

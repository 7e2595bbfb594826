import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PlanStatus, RecommendationAddressee, TeamRole, VisitStatus } from './enums.js';
import { VersionedEntity } from './versioned.entity.js';

/** Kế hoạch kiểm tra: one yearly inspection campaign. */
@Entity({ name: 'inspection_plans' })
export class InspectionPlanEntity extends VersionedEntity {
  @Column('int')
  year!: number;

  @Column('text')
  title!: string;

  /** The legal basis, e.g. "Quyết định số 123/QĐ-UBND". */
  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber!: string | null;

  @Column('date', { name: 'decision_date', nullable: true })
  decisionDate!: string | null;

  @Column('date', { name: 'period_from' })
  periodFrom!: string;

  @Column('date', { name: 'period_to' })
  periodTo!: string;

  /** A Unit of unit-registry (the Sở Nội vụ, usually). */
  @Column('uuid', { name: 'lead_unit_id' })
  leadUnitId!: string;

  @Column('text', { nullable: true })
  scope!: string | null;

  @Column('text')
  status!: PlanStatus;

  @Column('uuid', { name: 'catalog_id' })
  catalogId!: string;
}

/** A member of the đoàn kiểm tra. */
@Entity({ name: 'team_members' })
export class TeamMemberEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text')
  role!: TeamRole;

  @Column('uuid', { name: 'agency_unit_id', nullable: true })
  agencyUnitId!: string | null;

  @Column('text', { name: 'agency_name', nullable: true })
  agencyName!: string | null;

  @Column('text', { nullable: true })
  position!: string | null;

  /** The member's login, when they use the platform: an INSPECTOR records field work only on their plans. */
  @Column('text', { nullable: true })
  username!: string | null;
}

/** A unit to inspect under a plan; a commune may hang under its district's target, as in the seed. */
@Entity({ name: 'inspection_targets' })
export class InspectionTargetEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('date', { name: 'planned_date', nullable: true })
  plannedDate!: string | null;

  @Column('uuid', { name: 'parent_target_id', nullable: true })
  parentTargetId!: string | null;

  /** Chosen for the demo rather than taken from a source document. */
  @Column('boolean')
  illustrative!: boolean;
}

/** The on-site visit of a target: when it happened, who attended, the minutes (biên bản). */
@Entity({ name: 'visits' })
export class VisitEntity {
  @PrimaryColumn('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('date', { name: 'actual_date', nullable: true })
  actualDate!: string | null;

  @Column('text', { array: true })
  attendees!: string[];

  @Column('text', { nullable: true })
  minutes!: string | null;

  @Column('text')
  status!: VisitStatus;

  @Column('int')
  version!: number;
}

/** Thông báo kết luận of a plan. */
@Entity({ name: 'conclusions' })
export class ConclusionEntity {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('text', { nullable: true })
  number!: string | null;

  @Column('date', { name: 'issued_on', nullable: true })
  issuedOn!: string | null;

  @Column('text')
  summary!: string;
}

/** Kiến nghị of a conclusion, to the inspected units or to the province. */
@Entity({ name: 'recommendations' })
export class RecommendationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('text')
  addressee!: RecommendationAddressee;

  @Column('text')
  text!: string;

  @Column('int')
  position!: number;
}

import type { Page } from '@cchc/kit';
import { isUUID } from 'class-validator';
import { type EntityManager, type FindOptionsOrder, type FindOptionsWhere, In } from 'typeorm';
import { AuditEntryEntity } from '../domain/audit-entry.entity.js';
import { type PlanStatus, TEAM_ROLE_ORDER, type TeamRole } from '../domain/enums.js';
import {
  ConclusionEntity,
  InspectionPlanEntity,
  InspectionTargetEntity,
  RecommendationEntity,
  TeamMemberEntity,
  VisitEntity,
} from '../domain/plan.entity.js';

export interface PlanQuery {
  year?: number;
  status?: PlanStatus;
  leadUnitId?: string;
}

export type PlanOrder = 'YEAR_DESC' | 'YEAR_ASC' | 'TITLE_ASC' | 'TITLE_DESC';

/** Each order ends on the id, so that pages never overlap. */
const PLAN_ORDER: Record<PlanOrder, FindOptionsOrder<InspectionPlanEntity>> = {
  YEAR_DESC: { year: 'DESC', periodFrom: 'DESC', id: 'ASC' },
  YEAR_ASC: { year: 'ASC', periodFrom: 'ASC', id: 'ASC' },
  TITLE_ASC: { title: 'ASC', id: 'ASC' },
  TITLE_DESC: { title: 'DESC', id: 'ASC' },
};

/** The object a piece of field work is recorded on. */
export interface FieldWorkSubject {
  kind: 'planId' | 'targetId' | 'findingId' | 'actionId';
  id: string;
}

/** Reads and writes of plans; on a transaction's manager inside a write, on the data source's outside. */
export class PlanRepository {
  constructor(private readonly db: EntityManager) {}

  /** The plan a target, finding or corrective action belongs to; null when there is no such object. */
  async planIdOf(subject: FieldWorkSubject): Promise<string | null> {
    if (!isUUID(subject.id)) return null;
    const sql = {
      planId: 'SELECT id AS "planId" FROM inspection_plans WHERE id = $1',
      targetId: 'SELECT plan_id AS "planId" FROM inspection_targets WHERE id = $1',
      findingId: 'SELECT plan_id AS "planId" FROM findings WHERE id = $1',
      actionId:
        'SELECT f.plan_id AS "planId" FROM corrective_actions a JOIN findings f ON f.id = a.finding_id WHERE a.id = $1',
    }[subject.kind];
    const [row] = (await this.db.query(sql, [subject.id])) as { planId: string }[];
    return row?.planId ?? null;
  }

  /**
   * Whether a user is on a plan's team (in a role, when given), locking their membership FOR SHARE until the
   * transaction ends: a removal of the member waits for it.
   */
  async lockTeamMember(planId: string, username: string, role?: TeamRole): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM team_members WHERE plan_id = $1 AND username = $2 AND ($3::text IS NULL OR role = $3)
       FOR SHARE`,
      [planId, username, role ?? null],
    );
    return rows.length > 0;
  }

  async find(
    query: PlanQuery,
    order: PlanOrder,
    offset: number,
    limit: number,
  ): Promise<Page<InspectionPlanEntity>> {
    const where: FindOptionsWhere<InspectionPlanEntity> = {};
    if (query.year) where.year = query.year;
    if (query.status) where.status = query.status;
    if (query.leadUnitId) where.leadUnitId = query.leadUnitId;
    const [nodes, totalCount] = await this.db.getRepository(InspectionPlanEntity).findAndCount({
      where,
      order: PLAN_ORDER[order],
      skip: offset,
      take: limit,
    });
    return { nodes, offset, totalCount };
  }

  plansByIds(ids: readonly string[]): Promise<InspectionPlanEntity[]> {
    return this.db.getRepository(InspectionPlanEntity).findBy({ id: In([...ids]) });
  }

  targetsByIds(ids: readonly string[]): Promise<InspectionTargetEntity[]> {
    return this.db.getRepository(InspectionTargetEntity).findBy({ id: In([...ids]) });
  }

  /** In planned order. */
  targetsOfPlans(planIds: readonly string[]): Promise<InspectionTargetEntity[]> {
    return this.db
      .getRepository(InspectionTargetEntity)
      .find({ where: { planId: In([...planIds]) }, order: { plannedDate: 'ASC', id: 'ASC' } });
  }

  targetsOfUnits(unitIds: readonly string[]): Promise<InspectionTargetEntity[]> {
    return this.db.getRepository(InspectionTargetEntity).findBy({ unitId: In([...unitIds]) });
  }

  /** As a decision establishing a team lists it: by role (the lead first), then by name. */
  async teamsOfPlans(planIds: readonly string[]): Promise<TeamMemberEntity[]> {
    const team = await this.db
      .getRepository(TeamMemberEntity)
      .find({ where: { planId: In([...planIds]) }, order: { fullName: 'ASC' } });
    return team.sort((a, b) => TEAM_ROLE_ORDER.indexOf(a.role) - TEAM_ROLE_ORDER.indexOf(b.role));
  }

  visitsOfTargets(targetIds: readonly string[]): Promise<VisitEntity[]> {
    return this.db.getRepository(VisitEntity).findBy({ targetId: In([...targetIds]) });
  }

  conclusionsOfPlans(planIds: readonly string[]): Promise<ConclusionEntity[]> {
    return this.db.getRepository(ConclusionEntity).findBy({ planId: In([...planIds]) });
  }

  /** In the conclusion's order. */
  recommendationsOfPlans(planIds: readonly string[]): Promise<RecommendationEntity[]> {
    return this.db
      .getRepository(RecommendationEntity)
      .find({ where: { planId: In([...planIds]) }, order: { position: 'ASC' } });
  }

  /** The audit trail of one object, newest first. */
  async auditOf(objectId: string, offset: number, limit: number): Promise<Page<AuditEntryEntity>> {
    const [nodes, totalCount] = await this.db.getRepository(AuditEntryEntity).findAndCount({
      where: { objectId },
      order: { at: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { nodes, offset, totalCount };
  }
}

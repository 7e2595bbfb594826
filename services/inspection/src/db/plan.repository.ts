import type { Page } from '@cchc/kit';
import { isUUID } from 'class-validator';
import type { DataSource, FindOptionsOrder, FindOptionsWhere } from 'typeorm';
import { AuditEntryEntity } from '../domain/audit-entry.entity.js';
import type { PlanStatus } from '../domain/enums.js';
import { InspectionPlanEntity } from '../domain/plan.entity.js';

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

export class PlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whether a user is on the team of the plan a target, finding or corrective action belongs to; null when
   * there is no such object (the write then answers NOT_FOUND itself).
   */
  async isOnTeamOf(subject: FieldWorkSubject, username: string): Promise<boolean | null> {
    if (!isUUID(subject.id)) return null;
    const planOf = {
      planId: 'SELECT id AS plan_id FROM inspection_plans WHERE id = $1',
      targetId: 'SELECT plan_id FROM inspection_targets WHERE id = $1',
      findingId: 'SELECT plan_id FROM findings WHERE id = $1',
      actionId:
        'SELECT f.plan_id FROM corrective_actions a JOIN findings f ON f.id = a.finding_id WHERE a.id = $1',
    }[subject.kind];
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM team_members WHERE plan_id = p.plan_id AND username = $2) AS "onTeam"
       FROM (${planOf}) p`,
      [subject.id, username],
    )) as { onTeam: boolean }[];
    return row ? row.onTeam : null;
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
    const [nodes, totalCount] = await this.dataSource.getRepository(InspectionPlanEntity).findAndCount({
      where,
      order: PLAN_ORDER[order],
      skip: offset,
      take: limit,
    });
    return { nodes, offset, totalCount };
  }

  /** The audit trail of one object, newest first. */
  async auditOf(objectId: string, offset: number, limit: number): Promise<Page<AuditEntryEntity>> {
    const [nodes, totalCount] = await this.dataSource.getRepository(AuditEntryEntity).findAndCount({
      where: { objectId },
      order: { at: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { nodes, offset, totalCount };
  }
}

import type { Page } from '@cchc/kit';
import type { DataSource, FindOptionsWhere } from 'typeorm';
import { AuditEntryEntity } from '../domain/audit-entry.entity.js';
import type { PlanStatus } from '../domain/enums.js';
import { InspectionPlanEntity } from '../domain/plan.entity.js';

export interface PlanQuery {
  year?: number;
  status?: PlanStatus;
  leadUnitId?: string;
}

export class PlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(query: PlanQuery, offset: number, limit: number): Promise<Page<InspectionPlanEntity>> {
    const where: FindOptionsWhere<InspectionPlanEntity> = {};
    if (query.year) where.year = query.year;
    if (query.status) where.status = query.status;
    if (query.leadUnitId) where.leadUnitId = query.leadUnitId;
    const [nodes, totalCount] = await this.dataSource.getRepository(InspectionPlanEntity).findAndCount({
      where,
      order: { year: 'DESC', periodFrom: 'DESC', id: 'ASC' },
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

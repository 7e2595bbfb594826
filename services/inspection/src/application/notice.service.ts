import { auditedTransaction, type Caller, requiredText } from '@cchc/kit';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { CriterionScoreEntity } from '../domain/assessment.entity.js';
import { CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { ConclusionNoticeEntity } from '../domain/notice.entity.js';
import { noticeContent } from '../domain/notice.js';
import { InspectionPlanEntity, InspectionTargetEntity } from '../domain/plan.entity.js';
import { catalogScoring, totalsOf } from './assessment.service.js';
import { assertPlanTeamLead } from './caller.js';
import { lockTargetRecord, targetForWork } from './field-work.js';

export interface NoticeFields {
  number: string;
  issuedOn: string;
}

export interface NoticeQuery {
  planIds?: string[];
  targetIds?: string[];
  unitIds?: string[];
  /** A unit officer's tree; all when undefined. */
  scope?: string[];
  /** Partners: notices of concluded (or closed) plans only. */
  publishedOnly?: boolean;
}

/** A target's notice from its findings, their corrective actions and its scores, as they stand in `db`. */
export async function buildNotice(
  db: EntityManager,
  target: InspectionTargetEntity,
  plan: InspectionPlanEntity,
  fields: NoticeFields,
  version: number,
): Promise<ConclusionNoticeEntity> {
  const findings = await db
    .getRepository(FindingEntity)
    .find({ where: { targetId: target.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  const actions = await db
    .getRepository(CorrectiveActionEntity)
    .findBy({ findingId: In(findings.map((f) => f.id)) });
  const scores = await db.getRepository(CriterionScoreEntity).findBy({ targetId: target.id });
  const totals = totalsOf(await catalogScoring(db, plan.catalogId), scores);
  return {
    targetId: target.id,
    planId: plan.id,
    unitId: target.unitId,
    number: requiredText('input.number', fields.number),
    issuedOn: fields.issuedOn,
    ...noticeContent(target.unitId, findings, actions, totals),
    version,
  };
}

/** Conclusion notices to inspected units: issued from findings, scores and actions, then kept as issued. */
export class NoticeService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Issues (or, with its version, re-issues) the notice of one target, as an ADMIN or the plan's team lead;
   * `version` is 0 for the first.
   */
  issue(
    targetId: string,
    version: number,
    fields: NoticeFields,
    caller: Caller,
  ): Promise<ConclusionNoticeEntity> {
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      const { target, plan } = await targetForWork(db, caller, targetId, 'conclusion', assertPlanTeamLead);
      const existing = await lockTargetRecord(db, ConclusionNoticeEntity, 'The notice', targetId, version);
      const notice = await buildNotice(db, target, plan, fields, version + 1);
      await db.getRepository(ConclusionNoticeEntity).save(notice);
      await audit('ConclusionNotice', targetId, existing ? 'REISSUE' : 'ISSUE', existing, notice);
      return notice;
    });
  }

  /** The issued notices a caller may read: a unit officer its own tree's, a partner those of concluded plans. */
  async visibleTo(
    caller: Caller,
    query: Omit<NoticeQuery, 'scope' | 'publishedOnly'>,
  ): Promise<ConclusionNoticeEntity[]> {
    return this.find({ ...query, scope: await caller.unitScope(), publishedOnly: caller.publishedOnly });
  }

  /** Issued notices, in planned order of their targets; the caller's scope and partners' rule applied in SQL. */
  private find(query: NoticeQuery): Promise<ConclusionNoticeEntity[]> {
    const builder = this.dataSource
      .getRepository(ConclusionNoticeEntity)
      .createQueryBuilder('n')
      .innerJoin(InspectionPlanEntity, 'p', 'p.id = n.plan_id')
      .innerJoin(InspectionTargetEntity, 't', 't.id = n.target_id')
      .orderBy('t.planned_date', 'ASC', 'NULLS LAST')
      .addOrderBy('n.target_id');
    if (query.planIds)
      builder.andWhere('n.plan_id = ANY(CAST(:planIds AS uuid[]))', { planIds: query.planIds });
    if (query.targetIds)
      builder.andWhere('n.target_id = ANY(CAST(:targetIds AS uuid[]))', { targetIds: query.targetIds });
    if (query.unitIds)
      builder.andWhere('n.unit_id = ANY(CAST(:unitIds AS uuid[]))', { unitIds: query.unitIds });
    if (query.scope) builder.andWhere('n.unit_id = ANY(CAST(:scope AS uuid[]))', { scope: query.scope });
    if (query.publishedOnly) builder.andWhere(`p.status IN ('CONCLUDED', 'CLOSED')`);
    return builder.getMany();
  }
}

import { type Audit, auditedTransaction, badInput, type Caller, lockVersioned, notFound } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource, EntityManager } from 'typeorm';
import { CriteriaCatalogEntity } from '../domain/catalog.entity.js';
import { PlanStatus, TeamRole } from '../domain/enums.js';
import {
  ConclusionEntity,
  InspectionPlanEntity,
  InspectionTargetEntity,
  RecommendationEntity,
  TeamMemberEntity,
  VisitEntity,
} from '../domain/plan.entity.js';
import { assertPlanEditable, assertTransition } from '../domain/plan-status.js';
import { assertOnPlanTeam } from './caller.js';
import { lockTargetRecord, targetForWork } from './field-work.js';
import type { ConclusionFields, PlanFields, TargetFields, TeamMemberFields, VisitFields } from './inputs.js';
import { conclusionRows, newPlan, newTarget, newTeamMember, planColumns, visitRow } from './rows.js';
import { assertUnitsExist } from './unit-check.js';

const PLAN = 'Inspection plan';

/** Plans and what hangs on them (team, targets, visits, conclusion): each change one audited transaction. */
export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitRegistryClient,
  ) {}

  private static checkPeriod(fields: Pick<PlanFields, 'periodFrom' | 'periodTo'>): void {
    if (fields.periodTo < fields.periodFrom)
      throw badInput('periodTo', 'periodTo must not be before periodFrom');
  }

  private async catalogFor(db: EntityManager, year: number): Promise<CriteriaCatalogEntity> {
    const catalog = await db.getRepository(CriteriaCatalogEntity).findOneBy({ year });
    if (!catalog) throw badInput('catalogYear', `There is no criteria catalog for ${year}; copy one first`);
    return catalog;
  }

  create(fields: PlanFields, actor: string): Promise<InspectionPlanEntity> {
    PlanService.checkPeriod(fields);
    return assertUnitsExist(this.units, { leadUnitId: fields.leadUnitId }).then(() =>
      auditedTransaction(this.dataSource, actor, async (db, audit) => {
        const catalog = await this.catalogFor(db, fields.catalogYear ?? fields.year);
        const plan = newPlan(fields, catalog.id);
        await db.getRepository(InspectionPlanEntity).insert(plan);
        await audit('InspectionPlan', plan.id, 'CREATE', null, plan);
        return plan;
      }),
    );
  }

  async update(
    id: string,
    version: number,
    fields: PlanFields,
    actor: string,
  ): Promise<InspectionPlanEntity> {
    PlanService.checkPeriod(fields);
    await assertUnitsExist(this.units, { leadUnitId: fields.leadUnitId });
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const plan = await lockVersioned(db, InspectionPlanEntity, PLAN, id, version);
      assertPlanEditable(plan.status, 'details');
      const catalog = await this.catalogFor(db, fields.catalogYear ?? fields.year);
      return this.bump(db, audit, plan, 'UPDATE', planColumns(fields, catalog.id));
    });
  }

  changeStatus(
    id: string,
    version: number,
    status: PlanStatus,
    actor: string,
  ): Promise<InspectionPlanEntity> {
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const plan = await lockVersioned(db, InspectionPlanEntity, PLAN, id, version);
      // One after the other: a transaction is one connection, which runs one statement at a time.
      const lead = await db.getRepository(TeamMemberEntity).existsBy({ planId: id, role: TeamRole.LEAD });
      const targetCount = await db.getRepository(InspectionTargetEntity).countBy({ planId: id });
      const conclusion = await db.getRepository(ConclusionEntity).existsBy({ planId: id });
      assertTransition(plan.status, status, { hasLead: lead, targetCount, hasConclusion: conclusion });
      return this.bump(db, audit, plan, 'TRANSITION', { status });
    });
  }

  addTeamMember(planId: string, version: number, member: TeamMemberFields, actor: string) {
    return this.changeComposition(
      planId,
      version,
      actor,
      { agencyUnitId: member.agencyUnitId },
      async (db, audit) => {
        const row = newTeamMember(planId, member);
        if (
          row.role === TeamRole.LEAD &&
          (await db.getRepository(TeamMemberEntity).existsBy({ planId, role: TeamRole.LEAD }))
        ) {
          throw badInput('member.role', 'The team already has a lead (trưởng đoàn)');
        }
        await db.getRepository(TeamMemberEntity).insert(row);
        await audit('TeamMember', row.id, 'CREATE', null, row);
      },
    );
  }

  removeTeamMember(planId: string, version: number, memberId: string, actor: string) {
    return this.changeComposition(planId, version, actor, {}, async (db, audit) => {
      const member = await db.getRepository(TeamMemberEntity).findOneBy({ id: memberId, planId });
      if (!member) throw notFound('Team member', memberId);
      await db.getRepository(TeamMemberEntity).delete(memberId);
      await audit('TeamMember', memberId, 'DELETE', member, null);
    });
  }

  addTarget(planId: string, version: number, target: TargetFields, actor: string) {
    return this.changeComposition(
      planId,
      version,
      actor,
      { 'target.unitId': target.unitId },
      async (db, audit) => {
        const targets = db.getRepository(InspectionTargetEntity);
        if (await targets.existsBy({ planId, unitId: target.unitId })) {
          throw badInput('target.unitId', 'This unit is already a target of the plan');
        }
        if (target.parentTargetId && !(await targets.existsBy({ id: target.parentTargetId, planId }))) {
          throw badInput('target.parentTargetId', 'The parent target is not a target of this plan');
        }
        const row = newTarget(planId, target);
        await targets.insert(row);
        await audit('InspectionTarget', row.id, 'CREATE', null, row);
      },
    );
  }

  removeTarget(planId: string, version: number, targetId: string, actor: string) {
    return this.changeComposition(planId, version, actor, {}, async (db, audit) => {
      const target = await db.getRepository(InspectionTargetEntity).findOneBy({ id: targetId, planId });
      if (!target) throw notFound('Inspection target', targetId);
      await db.getRepository(InspectionTargetEntity).delete(targetId);
      await audit('InspectionTarget', targetId, 'DELETE', target, null);
    });
  }

  /** Records (or corrects) the visit of a target; `version` is the visit's, 0 when there is none yet. */
  recordVisit(targetId: string, version: number, fields: VisitFields, caller: Caller): Promise<VisitEntity> {
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      await targetForWork(db, caller, targetId, 'findings', assertOnPlanTeam);
      const existing = await lockTargetRecord(db, VisitEntity, 'The visit', targetId, version);
      const visit = visitRow(targetId, fields, version + 1);
      await db.getRepository(VisitEntity).save(visit);
      await audit('Visit', targetId, existing ? 'UPDATE' : 'CREATE', existing, visit);
      return visit;
    });
  }

  setConclusion(planId: string, version: number, fields: ConclusionFields, actor: string) {
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const plan = await lockVersioned(db, InspectionPlanEntity, PLAN, planId, version);
      assertPlanEditable(plan.status, 'conclusion');
      const before = await db.getRepository(ConclusionEntity).findOneBy({ planId });
      const { conclusion, recommendations } = conclusionRows(planId, fields);
      await db.getRepository(ConclusionEntity).save(conclusion);
      await db.getRepository(RecommendationEntity).delete({ planId });
      await db.getRepository(RecommendationEntity).insert(recommendations);
      const kept = recommendations.map(({ addressee, text }) => ({ addressee, text }));
      await audit('Conclusion', planId, before ? 'UPDATE' : 'CREATE', before, {
        ...conclusion,
        recommendations: kept,
      });
      return this.bump(db, audit, plan, 'CONCLUSION', {});
    });
  }

  /** Team and targets belong to the plan: changing them moves the plan's version on. */
  private async changeComposition(
    planId: string,
    version: number,
    actor: string,
    unitFields: Record<string, string | null | undefined>,
    change: (db: EntityManager, audit: Audit) => Promise<void>,
  ): Promise<InspectionPlanEntity> {
    await assertUnitsExist(this.units, unitFields);
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const plan = await lockVersioned(db, InspectionPlanEntity, PLAN, planId, version);
      assertPlanEditable(plan.status, 'composition');
      await change(db, audit);
      return this.bump(db, audit, plan, 'UPDATE', {});
    });
  }

  private async bump(
    db: EntityManager,
    audit: Audit,
    plan: InspectionPlanEntity,
    action: string,
    changed: Partial<InspectionPlanEntity>,
  ): Promise<InspectionPlanEntity> {
    const next = { ...plan, ...changed, version: plan.version + 1, updatedAt: new Date() };
    await db
      .getRepository(InspectionPlanEntity)
      .update(plan.id, { ...changed, version: next.version, updatedAt: next.updatedAt });
    await audit('InspectionPlan', plan.id, action, plan, next);
    return next;
  }
}

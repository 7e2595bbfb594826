import { assertVersion, type Caller, notFound } from '@cchc/kit';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { InspectionPlanEntity, InspectionTargetEntity } from '../domain/plan.entity.js';
import { assertPlanEditable, type PlanPart } from '../domain/plan-status.js';

type TeamCheck = (db: EntityManager, caller: Caller, planId: string) => Promise<void>;

/**
 * A target and its plan, for a write on the target in `db`'s transaction: NOT_FOUND without the target, then the
 * caller's place on the plan's team (`assertOnTeam`), then whether the plan's status still takes that part.
 */
export async function targetForWork(
  db: EntityManager,
  caller: Caller,
  targetId: string,
  part: PlanPart,
  assertOnTeam: TeamCheck,
): Promise<{ target: InspectionTargetEntity; plan: InspectionPlanEntity }> {
  const target = await db.getRepository(InspectionTargetEntity).findOneBy({ id: targetId });
  if (!target) throw notFound('Inspection target', targetId);
  await assertOnTeam(db, caller, target.planId);
  const plan = await db.getRepository(InspectionPlanEntity).findOneByOrFail({ id: target.planId });
  assertPlanEditable(plan.status, part);
  return { target, plan };
}

/**
 * A target's record kept under a version (its visit, assessment or notice; version 0 before the first), locked
 * for the write: CONFLICT when `version` is not the stored one.
 */
export async function lockTargetRecord<T extends { targetId: string; version: number }>(
  db: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  targetId: string,
  version: number,
): Promise<T | null> {
  const existing = await db
    .getRepository(entity)
    .findOne({ where: { targetId } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  assertVersion(what, existing?.version ?? 0, version);
  return existing;
}

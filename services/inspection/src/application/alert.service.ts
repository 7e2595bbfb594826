import { auditedTransaction, badInput, type Caller, notFound, requiredText } from '@cchc/kit';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { v4 as uuid } from 'uuid';
import { AlertDismissalEntity } from '../domain/alert-dismissal.entity.js';
import { type IndicatorStatus, PAST_THRESHOLD, usualReadingPeriod } from '../domain/evidence.js';
import { FindingEntity } from '../domain/finding.entity.js';
import { InspectionPlanEntity, InspectionTargetEntity, VisitEntity } from '../domain/plan.entity.js';
import { assertPlanEditable } from '../domain/plan-status.js';
import { assertOnPlanTeam } from './caller.js';
import type { Figures } from './figures.js';

export interface UnitAlertRow {
  target: InspectionTargetEntity;
  unit: { id: string };
  indicatorCode: string;
  status: IndicatorStatus;
  value: number | null;
  dismissal: Dismissal | null;
}

export interface DismissalFields {
  planId: string;
  unitId: string;
  indicatorCode: string;
  reason: string;
}

const key = (...parts: string[]) => parts.join('|');

/** Who dismissed an alert, when and why. */
export interface Dismissal {
  id: string;
  by: string;
  at: Date;
  reason: string;
}

const dismissalOf = (d: AlertDismissalEntity): Dismissal => ({
  id: d.id,
  by: d.dismissedBy,
  at: d.dismissedAt,
  reason: d.reason,
});

/** Indicators past their target at a plan's targets that no finding names, and the team's dismissals. */
export class AlertService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every indicator of the catalogue over each target's usual period (one request to the figures for the
   * whole plan); those past their target (WARNING, ALERT) that no finding of the target names are alerts. Those
   * the team dismissed are left out unless asked for.
   */
  async withoutFinding(planId: string, includeDismissed: boolean, figures: Figures): Promise<UnitAlertRow[]> {
    const db = this.dataSource.manager;
    const plan = await db.getRepository(InspectionPlanEntity).findOneBy({ id: planId });
    if (!plan) throw notFound('Inspection plan', planId);
    const targets = await db
      .getRepository(InspectionTargetEntity)
      .find({ where: { planId }, order: { plannedDate: 'ASC', id: 'ASC' } });
    if (targets.length === 0) return [];
    const visits = new Map(
      (await db.getRepository(VisitEntity).findBy({ targetId: In(targets.map((t) => t.id)) })).map((v) => [
        v.targetId,
        v.actualDate,
      ]),
    );
    const codes = await figures.indicatorCodes();
    const asked = targets.flatMap((target) =>
      codes.map((indicatorCode) => ({
        target,
        request: {
          unitId: target.unitId,
          indicatorCode,
          ...usualReadingPeriod(visits.get(target.id), plan.periodFrom),
        },
      })),
    );
    const readings = await figures.readings(asked.map((a) => a.request));
    const named = new Set(
      (await db.getRepository(FindingEntity).findBy({ planId })).flatMap((f) =>
        [f.evidenceReading?.indicatorCode, ...f.evidence.map((e) => e.indicatorCode)].flatMap((code) =>
          code ? [key(f.targetId, code)] : [],
        ),
      ),
    );
    const dismissals = new Map(
      (await db.getRepository(AlertDismissalEntity).findBy({ planId })).map((d) => [
        key(d.unitId, d.indicatorCode),
        dismissalOf(d),
      ]),
    );
    return readings.flatMap((reading, i) => {
      const { target } = asked[i]!;
      if (!PAST_THRESHOLD.includes(reading.status) || named.has(key(target.id, reading.indicatorCode)))
        return [];
      const dismissal = dismissals.get(key(target.unitId, reading.indicatorCode)) ?? null;
      if (dismissal && !includeDismissed) return [];
      return [
        {
          target,
          unit: { id: target.unitId },
          indicatorCode: reading.indicatorCode,
          status: reading.status,
          value: reading.value,
          dismissal,
        },
      ];
    });
  }

  /**
   * The team (or an ADMIN) decides an alert needs no finding; a second dismissal of the same alert replaces the
   * reason.
   */
  async dismiss(fields: DismissalFields, caller: Caller, figures: Figures): Promise<Dismissal> {
    const reason = requiredText('reason', fields.reason);
    if (!(await figures.indicatorCodes()).includes(fields.indicatorCode))
      throw badInput('indicatorCode', `Unknown indicator ${fields.indicatorCode}; see indicatorCatalog`);
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      const plan = await db.getRepository(InspectionPlanEntity).findOneBy({ id: fields.planId });
      if (!plan) throw notFound('Inspection plan', fields.planId);
      await assertOnPlanTeam(db, caller, plan.id);
      assertPlanEditable(plan.status, 'findings');
      const target = await db
        .getRepository(InspectionTargetEntity)
        .findOneBy({ planId: plan.id, unitId: fields.unitId });
      if (!target) throw badInput('unitId', 'This unit is not a target of the plan');
      const repo = db.getRepository(AlertDismissalEntity);
      const { planId, unitId, indicatorCode } = fields;
      const before = await repo.findOne({
        where: { planId, unitId, indicatorCode },
        lock: { mode: 'pessimistic_write' },
      });
      const dismissal: AlertDismissalEntity = {
        id: before?.id ?? uuid(),
        planId,
        unitId,
        indicatorCode,
        reason,
        dismissedBy: caller.username,
        dismissedAt: new Date(),
      };
      await repo.save(dismissal);
      await audit('AlertDismissal', dismissal.id, before ? 'UPDATE' : 'CREATE', before, dismissal);
      return dismissalOf(dismissal);
    });
  }
}

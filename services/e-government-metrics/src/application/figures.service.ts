import {
  assertVersion,
  auditedTransaction,
  badInput,
  DomainError,
  ErrorCode,
  notFound,
  type UnitRegistryClient,
} from '@cchc/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { v4 as uuid } from 'uuid';
import type { FiguresRepository, MonthlyFigures } from '../db/figures.repository.js';
import { checkFigures } from '../domain/figure-rules.js';
import { MEASURE_KEYS, type MonthlyValues } from '../domain/measures.js';
import { nextStatus, type SubmissionStatus, type SubmissionStep } from '../domain/submission.js';

export interface ImportRow {
  row: number;
  unitCode: string;
  values: MonthlyValues;
}

export interface ImportOutcome {
  applied: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: { row: number; column: string; message: string }[];
}

const sameValues = (a: MonthlyValues, b: MonthlyValues) =>
  MEASURE_KEYS.every((k) => a[k] === b[k]) && a.websiteLastUpdate === b.websiteLastUpdate;

function assertValid(period: string, values: MonthlyValues, today: string): void {
  const errors = checkFigures(period, values, today);
  if (errors.length > 0) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `Invalid figures: ${errors.map((e) => e.message).join('; ')}`,
      {
        fields: errors.map((e) => ({ field: e.field, messages: [e.message] })),
      },
    );
  }
}

/** Monthly submissions: a unit saves and submits, the province approves, returns or locks; every revision kept. */
export class FiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: FiguresRepository,
    private readonly units: UnitRegistryClient,
  ) {}

  /** Saves a unit's DRAFT for a month; `version` is 0 for a month it has not started yet. */
  async save(
    unitId: string,
    period: string,
    version: number,
    values: MonthlyValues,
    actor: string,
    today: string,
  ) {
    assertValid(period, values, today);
    if ((await this.units.unknownIds([unitId])).length > 0)
      throw badInput('unitId', 'unitId is not a unit of the unit registry');
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const existing = await this.figures.find(db, unitId, period, true);
      assertVersion('These figures', existing?.version ?? 0, version);
      const status = existing ? nextStatus(existing.status, 'SAVE') : ('DRAFT' as SubmissionStatus);
      const next: MonthlyFigures = {
        id: existing?.id ?? uuid(),
        unitId,
        period,
        status,
        version: version + 1,
        values,
        updatedBy: actor,
        updatedAt: new Date(),
      };
      await this.figures.write(db, next);
      await audit(
        'MonthlyFigures',
        next.id,
        existing ? 'UPDATE' : 'CREATE',
        existing?.values ?? null,
        values,
      );
      return next;
    });
  }

  /** Moves a unit-month along DRAFT → SUBMITTED → APPROVED → LOCKED, or RETURNs it to DRAFT. */
  step(id: string, version: number, step: SubmissionStep, actor: string, note: string | null = null) {
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const existing = await this.figures.findById(db, id, true);
      if (!existing) throw notFound('Monthly figures', id);
      assertVersion('These figures', existing?.version ?? 0, version);
      const next = {
        ...existing,
        status: nextStatus(existing.status, step),
        version: version + 1,
        updatedBy: actor,
      };
      await this.figures.write(db, next, note);
      await audit('MonthlyFigures', id, step, { status: existing.status }, { status: next.status, note });
      return next;
    });
  }

  /** Locks every APPROVED unit-month of a month; returns how many. */
  lockMonth(period: string, actor: string): Promise<number> {
    return auditedTransaction(this.dataSource, actor, async (db) => {
      const rows: { id: string; version: number }[] = await db.query(
        `SELECT id, version FROM monthly_figures WHERE period = $1 AND status = 'APPROVED' FOR UPDATE`,
        [period],
      );
      for (const row of rows) {
        const existing = (await this.figures.findById(db, row.id))!;
        await this.figures.write(db, {
          ...existing,
          status: nextStatus(existing.status, 'LOCK'),
          version: existing.version + 1,
          updatedBy: actor,
        });
      }
      return rows.length;
    });
  }

  /**
   * Applies an already-parsed file of one month: every unit code must resolve and every unit-month be
   * open, or nothing is applied. Rows identical to what is stored are left alone, so a re-import changes nothing.
   */
  async importMonth(period: string, rows: ImportRow[], actor: string): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { applied: false, inserted: 0, updated: 0, unchanged: 0, errors: [] };
    const ids = await Promise.all(rows.map((r) => this.units.idByCode(r.unitCode, period)));
    rows.forEach((r, i) => {
      if (!ids[i])
        outcome.errors.push({
          row: r.row,
          column: 'unit_code',
          message: `No unit ${r.unitCode} on ${period}`,
        });
    });
    if (outcome.errors.length > 0) return outcome;
    const work = async (db: EntityManager) => {
      for (const [i, r] of rows.entries()) {
        const unitId = ids[i]!;
        const existing = await this.figures.find(db, unitId, period, true);
        if (existing && sameValues(existing.values, r.values)) {
          outcome.unchanged += 1;
          continue;
        }
        if (existing && existing.status !== 'DRAFT' && existing.status !== 'SUBMITTED') {
          outcome.errors.push({
            row: r.row,
            column: 'unit_code',
            message: `${r.unitCode}: figures for ${period.slice(0, 7)} are ${existing.status}`,
          });
          continue;
        }
        await this.figures.write(
          db,
          {
            id: existing?.id ?? uuid(),
            unitId,
            period,
            status: 'SUBMITTED' as SubmissionStatus,
            version: (existing?.version ?? 0) + 1,
            values: r.values,
            updatedBy: actor,
            updatedAt: new Date(),
          },
          'import',
        );
        if (existing) outcome.updated += 1;
        else outcome.inserted += 1;
      }
      if (outcome.errors.length > 0) throw new RollBack();
    };
    try {
      await this.dataSource.transaction(work);
      outcome.applied = true;
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      outcome.inserted = 0;
      outcome.updated = 0;
    }
    return outcome;
  }
}

/** Thrown to undo an import whose rows had errors (they are reported, not thrown). */
class RollBack extends Error {}

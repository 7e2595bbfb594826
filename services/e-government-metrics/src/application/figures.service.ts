import {
  assertActsFor,
  assertVersion,
  auditedTransaction,
  badInput,
  type Caller,
  DomainError,
  ErrorCode,
  notFound,
} from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource, EntityManager } from 'typeorm';
import { v4 as uuid } from 'uuid';
import type { FiguresRepository, MonthlyFigures } from '../db/figures.repository.js';
import { checkFigures } from '../domain/figure-rules.js';
import { MEASURE_KEYS, type MonthlyValues } from '../domain/measures.js';
import { monthStart } from '../domain/period.js';
import { nextStatus, SubmissionStatus, type SubmissionStep, transitionOf } from '../domain/submission.js';
import { MAX_FILE_BYTES, type ParsedRow, parseFiguresFile, UNIT_CODE } from '../import/figures-file.js';

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

/** What an import did: applied only when no row had an error. */
export interface ImportReport {
  applied: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
}

/** An uploaded file of one month's figures for many units. */
export interface FiguresFile {
  /** Any day of the month. */
  period: string;
  fileName: string;
  content: Buffer;
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

  /** A unit's figures for the month `date` falls in, or null when it has none. */
  async ofMonth(caller: Caller, unitId: string, date: string): Promise<MonthlyFigures | null> {
    await assertActsFor(caller, [unitId]);
    return this.figures.find(this.dataSource.manager, unitId, monthStart(date));
  }

  /** Saves a unit's DRAFT for the month `date` falls in; `version` is 0 for a month it has not started yet. */
  save(caller: Caller, unitId: string, date: string, version: number, values: MonthlyValues, today: string) {
    const period = monthStart(date);
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      await assertActsFor(caller, [unitId]);
      assertValid(period, values, today);
      if ((await this.units.unknownIds([unitId])).length > 0)
        throw badInput('unitId', 'unitId is not a unit of the unit registry');
      const existing = await this.figures.find(db, unitId, period, true);
      assertVersion('These figures', existing?.version ?? 0, version);
      const status = existing ? nextStatus(existing.status, 'SAVE') : SubmissionStatus.DRAFT;
      const next: MonthlyFigures = {
        id: existing?.id ?? uuid(),
        unitId,
        period,
        status,
        version: version + 1,
        values,
        updatedBy: caller.username,
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
  step(caller: Caller, id: string, version: number, step: SubmissionStep, note: string | null = null) {
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      const existing = await this.figures.findById(db, id, true);
      if (!existing) throw notFound('Monthly figures', id);
      await assertActsFor(caller, [existing.unitId]);
      assertVersion('These figures', existing.version, version);
      const next = {
        ...existing,
        status: nextStatus(existing.status, step),
        version: version + 1,
        updatedBy: caller.username,
      };
      await this.figures.write(db, next, note);
      await audit('MonthlyFigures', id, step, { status: existing.status }, { status: next.status, note });
      return next;
    });
  }

  /** Locks every APPROVED unit-month of the month `date` falls in; returns how many. */
  lockMonth(caller: Caller, date: string): Promise<number> {
    return auditedTransaction(this.dataSource, caller.username, (db) =>
      this.figures.stepAll(db, monthStart(date), transitionOf('LOCK'), caller.username),
    );
  }

  /**
   * Imports one month for many units from a CSV or XLSX file: the file is read and every cell checked,
   * then every unit code must resolve and every unit-month be open and the caller's, or nothing is applied.
   * Rows identical to what is stored are left alone, so a re-import changes nothing.
   */
  async importFile(
    caller: Caller,
    file: FiguresFile,
    today: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportReport> {
    // Refused before reading, named as the API names the upload.
    if (file.content.length > MAX_FILE_BYTES)
      throw badInput('contentBase64', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    const period = monthStart(file.period);
    const parsed = await parseFiguresFile(file.fileName, file.content, period, today, onProgress);
    const report = { applied: false, rows: parsed.rows.length, inserted: 0, updated: 0, unchanged: 0 };
    if (parsed.errors.length > 0) return { ...report, errors: parsed.errors };
    // The registry client asks in batches of many codes, never one request per row.
    const idOf = await this.units.idsByCode([...new Set(parsed.rows.map((r) => r.unitCode))], period);
    const unknown = parsed.rows.flatMap((r) =>
      idOf.get(r.unitCode)
        ? []
        : [{ row: r.row, column: UNIT_CODE, message: `No unit ${r.unitCode} on ${period}` }],
    );
    if (unknown.length > 0) return { ...report, errors: unknown };
    const rows = parsed.rows.map((r) => ({ ...r, unitId: idOf.get(r.unitCode)! }));
    const unitIds = rows.map((r) => r.unitId);
    try {
      const counts = await this.dataSource.transaction(async (db) => {
        await assertActsFor(caller, unitIds);
        await lockUnitsForImport(db, rows);
        return this.applyRows(db, period, rows, caller.username);
      });
      return { ...report, ...counts, applied: true, errors: [] };
    } catch (error) {
      if (!(error instanceof RowsRefused)) throw error;
      return { ...report, unchanged: error.unchanged, errors: error.errors };
    }
  }

  /** Writes each changed row as SUBMITTED; throws RowsRefused (undoing them all) when a month is closed. */
  private async applyRows(
    db: EntityManager,
    period: string,
    rows: (ParsedRow & { unitId: string })[],
    actor: string,
  ) {
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    const errors: ImportError[] = [];
    for (const r of rows) {
      const existing = await this.figures.find(db, r.unitId, period, true);
      if (existing && sameValues(existing.values, r.values)) {
        counts.unchanged += 1;
        continue;
      }
      if (existing && existing.status !== 'DRAFT' && existing.status !== 'SUBMITTED') {
        errors.push({
          row: r.row,
          column: UNIT_CODE,
          message: `${r.unitCode}: figures for ${period.slice(0, 7)} are ${existing.status}`,
        });
        continue;
      }
      await this.figures.write(
        db,
        {
          id: existing?.id ?? uuid(),
          unitId: r.unitId,
          period,
          status: SubmissionStatus.SUBMITTED,
          version: (existing?.version ?? 0) + 1,
          values: r.values,
          updatedBy: actor,
          updatedAt: new Date(),
        },
        'import',
      );
      if (existing) counts.updated += 1;
      else counts.inserted += 1;
    }
    if (errors.length > 0) throw new RowsRefused(errors, counts.unchanged);
    return counts;
  }
}

/**
 * One import at a time per unit: each import holds a transaction-scoped advisory lock on every unit of its file,
 * taken without waiting, so a second import touching one of them is refused with CONFLICT (naming the units)
 * rather than queued behind a long one. The locks go with the transaction.
 */
async function lockUnitsForImport(db: EntityManager, rows: { unitId: string; unitCode: string }[]) {
  const busy: { id: string }[] = await db.query(
    `SELECT id FROM unnest($1::uuid[]) AS id
      WHERE NOT pg_try_advisory_xact_lock(hashtextextended('monthly-figures-import:' || id, 0))`,
    [rows.map((r) => r.unitId)],
  );
  if (busy.length === 0) return;
  const codes = rows.filter((r) => busy.some((b) => b.id === r.unitId)).map((r) => r.unitCode);
  throw new DomainError(
    ErrorCode.CONFLICT,
    `Đơn vị ${codes.join(', ')} đang được nhập số liệu trong một lượt khác; thử lại sau khi lượt đó xong. ` +
      `Another import of figures for ${codes.join(', ')} is running; try again when it has finished.`,
  );
}

/** Thrown to undo an import whose rows had errors (they are reported, not thrown). */
class RowsRefused extends Error {
  constructor(
    readonly errors: ImportError[],
    readonly unchanged: number,
  ) {
    super('rows refused');
  }
}

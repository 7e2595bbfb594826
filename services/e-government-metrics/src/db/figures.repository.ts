import type { DataSource, EntityManager } from 'typeorm';
import { SUM_TERMS, type SumTerm, type Term, termSql } from '../domain/indicators.js';
import { MEASURE_KEYS, MEASURES, type MonthlyValues } from '../domain/measures.js';
import type { Grain, MonthRange } from '../domain/period.js';
import { lastDayOf } from '../domain/period.js';
import { COUNTED_STATUSES, type SubmissionStatus } from '../domain/submission.js';

export interface MonthlyFigures {
  id: string;
  unitId: string;
  period: string;
  status: SubmissionStatus;
  version: number;
  values: MonthlyValues;
  updatedBy: string;
  updatedAt: Date;
}

/** Which units' figures make up a root unit's roll-up; partial = only part of that unit's area belongs. */
export interface ScopeMember {
  root: string;
  unitId: string;
  partial: boolean;
  /** A province reporting through the units under it: expected to report only if it did. */
  aggregate: boolean;
}

export interface RollUpRow {
  root: string;
  /** First month of the grain's bucket; the range's first month without a grain. */
  bucket: string;
  approximate: boolean;
  months: number;
  /** Units of the scope with counted figures in the bucket, and how many of them are aggregates. */
  reporting: number;
  reportingAggregates: number;
  /** The terms the roll-up was asked to add up, and the scope terms. */
  sums: Record<Term, number>;
}

export interface Revision {
  version: number;
  status: SubmissionStatus;
  values: MonthlyValues;
  actor: string;
  at: Date;
  note: string | null;
}

const COLUMNS = MEASURE_KEYS.map((key) => MEASURES[key].column);
const SELECT = `id, unit_id, period, status, version, updated_by, updated_at, website_last_update, ${COLUMNS.join(', ')}`;
/** A row's values as one JSON object, keyed as MonthlyValues (what a revision records). */
const VALUES_JSON = `jsonb_build_object(${MEASURE_KEYS.map((key) => `'${key}', ${MEASURES[key].column}`).join(', ')},
  'websiteLastUpdate', website_last_update)`;
const BUCKET: Record<Grain, string> = {
  MONTH: 'f.period',
  QUARTER: "date_trunc('quarter', f.period)::date",
  YEAR: "date_trunc('year', f.period)::date",
};
const GRAIN_INTERVAL: Record<Grain, string> = { MONTH: '1 month', QUARTER: '3 months', YEAR: '1 year' };

type Row = Record<string, unknown>;

function toFigures(row: Row): MonthlyFigures {
  const values = Object.fromEntries(
    MEASURE_KEYS.map((key) => [key, Number(row[MEASURES[key].column])]),
  ) as unknown as MonthlyValues;
  values.websiteLastUpdate = (row.website_last_update as string | null) ?? null;
  return {
    id: row.id as string,
    unitId: row.unit_id as string,
    period: row.period as string,
    status: row.status as SubmissionStatus,
    version: Number(row.version),
    values,
    updatedBy: row.updated_by as string,
    updatedAt: row.updated_at as Date,
  };
}

/** Monthly figures: measure columns are generated from the measure catalogue, so this table is read and written in SQL. */
export class FiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    db: EntityManager,
    unitId: string,
    period: string,
    lock = false,
  ): Promise<MonthlyFigures | null> {
    const rows: Row[] = await db.query(
      `SELECT ${SELECT} FROM monthly_figures WHERE unit_id = $1 AND period = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [unitId, period],
    );
    return rows[0] ? toFigures(rows[0]) : null;
  }

  async findById(db: EntityManager, id: string, lock = false): Promise<MonthlyFigures | null> {
    const rows: Row[] = await db.query(
      `SELECT ${SELECT} FROM monthly_figures WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toFigures(rows[0]) : null;
  }

  /** Inserts or replaces a unit-month (the caller has checked its version), and records the revision. */
  async write(db: EntityManager, figures: MonthlyFigures, note: string | null = null): Promise<void> {
    const measures = MEASURE_KEYS.map((key) => figures.values[key]);
    const params = [
      figures.id,
      figures.unitId,
      figures.period,
      figures.status,
      figures.version,
      figures.updatedBy,
      figures.values.websiteLastUpdate,
      ...measures,
    ];
    const placeholders = params.map((_, i) => `$${i + 1}`).join(', ');
    await db.query(
      `INSERT INTO monthly_figures (id, unit_id, period, status, version, updated_by, website_last_update, ${COLUMNS.join(', ')})
       VALUES (${placeholders})
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version, updated_by = EXCLUDED.updated_by,
         updated_at = now(), website_last_update = EXCLUDED.website_last_update,
         ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`,
      params,
    );
    await db.query(
      'INSERT INTO figure_revisions (figures_id, version, status, values, actor, note) VALUES ($1, $2, $3, $4, $5, $6)',
      [figures.id, figures.version, figures.status, JSON.stringify(figures.values), figures.updatedBy, note],
    );
  }

  /**
   * Takes one step for every unit-month of a period in the step's starting statuses, in one statement that
   * also records each revision (the values as `write` stores them); returns how many moved.
   */
  async stepAll(
    db: EntityManager,
    period: string,
    transition: { from: SubmissionStatus[]; to: SubmissionStatus },
    actor: string,
  ): Promise<number> {
    const rows: { moved: number }[] = await db.query(
      `WITH moved AS (
         UPDATE monthly_figures SET status = $3, version = version + 1, updated_by = $4, updated_at = now()
         WHERE period = $1 AND status = ANY($2)
         RETURNING id, version, status, updated_by, ${VALUES_JSON} AS values),
       revised AS (
         INSERT INTO figure_revisions (figures_id, version, status, values, actor)
         SELECT id, version, status, values, updated_by FROM moved RETURNING 1)
       SELECT count(*)::int AS moved FROM revised`,
      [period, transition.from, transition.to, actor],
    );
    return rows[0]?.moved ?? 0;
  }

  async revisions(figuresIds: readonly string[]): Promise<(Revision & { figuresId: string })[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT figures_id, version, status, values, actor, at, note FROM figure_revisions
       WHERE figures_id = ANY($1::uuid[]) ORDER BY figures_id, version, id`,
      [[...figuresIds]],
    );
    return rows.map((r) => ({
      figuresId: r.figures_id as string,
      version: Number(r.version),
      status: r.status as SubmissionStatus,
      values: r.values as MonthlyValues,
      actor: r.actor as string,
      at: r.at as Date,
      note: (r.note as string | null) ?? null,
    }));
  }

  /** The units' own monthly figures in a range (any status), oldest first. */
  async ownFigures(unitIds: readonly string[], range: MonthRange): Promise<MonthlyFigures[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${SELECT} FROM monthly_figures WHERE unit_id = ANY($1::uuid[]) AND period BETWEEN $2 AND $3 ORDER BY unit_id, period`,
      [[...unitIds], range.from, range.to],
    );
    return rows.map(toFigures);
  }

  /**
   * Sums the terms (every one unless fewer are asked for) over each root's scope and the range — per bucket of
   * the grain, or over the whole range — in one statement, whatever the number of roots. Only months in the
   * counted statuses are summed (drafts never; partners see approved months only). Also counts the units that
   * reported, for coverage.
   */
  async rollUp(
    scope: ScopeMember[],
    range: MonthRange,
    grain: Grain | null,
    counted: readonly SubmissionStatus[] = COUNTED_STATUSES,
    terms: readonly SumTerm[] = SUM_TERMS,
  ): Promise<RollUpRow[]> {
    if (scope.length === 0) return [];
    const bucket = grain ? BUCKET[grain] : '$4::date';
    // A bucket's first and last days within the range: the website's days since update count from its last.
    const bucketStart = 'GREATEST(u.bucket, $4::date)';
    const bucketEnd = grain
      ? `LEAST((u.bucket + interval '${GRAIN_INTERVAL[grain]}' - interval '1 day')::date, $8::date)`
      : '$8::date';
    // A unit has one row a month: month by month, its row is its sums already, and grouping it first would only
    // cost (a national roll-up by month groups 140,000 unit-months twice).
    const rowIsUnit = grain === 'MONTH';
    // Each column with the comma before it: an indicator of the website's days alone sums no term.
    const perUnit = terms
      .map((term, i) => (rowIsUnit ? `, ${termSql(term)} AS t${i}` : `, sum(${termSql(term)}) AS t${i}`))
      .join('');
    const sums = terms.map((_, i) => `, sum(u.t${i})::bigint AS t${i}`).join('');
    // Summed per unit first, then over the units: sums add up the same, and the per-unit latest website
    // update gives the stalest unit's days (a maximum, not a sum).
    const rows: Row[] = await this.dataSource.query(
      `WITH scope (root, unit_id, partial, aggregate) AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[], $7::boolean[])),
       per_unit AS (
         SELECT s.root, ${bucket} AS bucket, s.unit_id, s.partial, s.aggregate,
           ${rowIsUnit ? '1' : 'count(*)'} AS months,
           ${rowIsUnit ? 'f.website_last_update' : 'max(f.website_last_update)'} AS last_update${perUnit}
         FROM scope s JOIN monthly_figures f ON f.unit_id = s.unit_id
         WHERE f.period BETWEEN $4 AND $5 AND f.status = ANY($6)
         ${rowIsUnit ? '' : `GROUP BY s.root, ${grain ? bucket : '$4::date'}, s.unit_id, s.partial, s.aggregate`})
       SELECT u.root, u.bucket, bool_or(u.partial) AS approximate, sum(u.months) AS months,
         count(*) AS reporting, count(*) FILTER (WHERE u.aggregate) AS reporting_aggregates,
         max(${bucketEnd} - COALESCE(u.last_update, ${bucketStart} - 1)) AS website_days${sums}
       FROM per_unit u
       GROUP BY u.root, u.bucket
       ORDER BY u.root, u.bucket`,
      [
        scope.map((m) => m.root),
        scope.map((m) => m.unitId),
        scope.map((m) => m.partial),
        range.from,
        range.to,
        counted,
        scope.map((m) => m.aggregate),
        lastDayOf(range.to),
      ],
    );
    return rows.map((r) => ({
      root: r.root as string,
      bucket: r.bucket as string,
      approximate: Boolean(r.approximate),
      months: Number(r.months),
      reporting: Number(r.reporting),
      reportingAggregates: Number(r.reporting_aggregates),
      sums: {
        ...Object.fromEntries(terms.map((term, i) => [term, Number(r[`t${i}`])])),
        websiteDaysSinceUpdate: Number(r.website_days),
        scopeReported: 1,
      } as Record<Term, number>,
    }));
  }

  /** Where the figures' change counter stands (figures_changes): it moves with every write, by anyone. */
  async changes(): Promise<string> {
    const [row] = await this.dataSource.query('SELECT last_value, is_called FROM figures_changes');
    return `${row.last_value}|${row.is_called}`;
  }

  async count(): Promise<number> {
    const rows: { n: string }[] = await this.dataSource.query('SELECT count(*) AS n FROM monthly_figures');
    return Number(rows[0]?.n ?? 0);
  }
}

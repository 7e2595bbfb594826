import type { Page } from '@cchc/kit';
import { type EntityManager, In } from 'typeorm';
import {
  ACTION_TIMELINESS_SQL,
  EFFECTIVE_ACTION_STATUS_SQL,
  OPEN_ACTION_SQL,
} from '../domain/action-status.js';
import type { ActionStatus, ActionTimeliness, FindingKind, FindingStatus } from '../domain/enums.js';
import type { FindingEvidence } from '../domain/evidence.js';
import { ActionReportEntity, type CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { SqlParams } from './sql-params.js';

export interface FindingQuery {
  planId?: string;
  /** Already expanded with descendants when asked. */
  unitIds?: string[];
  areaCodes?: string[];
  kinds?: FindingKind[];
  statuses?: FindingStatus[];
  year?: number;
  /** The units the caller may see (a unit officer's tree); all when undefined. Applied in SQL. */
  scope?: string[];
  /** Only findings of concluded (or closed) plans: what is published to partners. */
  publishedOnly?: boolean;
  /** Only these findings (e.g. those of the verdicts asked for). */
  ids?: string[];
  /** Folded words (`searchWords`), each beginning a word of the finding's search text. */
  words?: string[];
  order: FindingOrder;
}

export type FindingOrder = 'NEWEST' | 'OLDEST' | 'SEVERITY' | 'AREA' | 'KIND';
export type FindingDimension = 'AREA' | 'UNIT' | 'KIND' | 'STATUS' | 'YEAR';

export interface FindingStatRow {
  areaCode: string | null;
  areaNameVi: string | null;
  areaNameEn: string | null;
  unitId: string | null;
  kind: FindingKind | null;
  status: FindingStatus | null;
  year: number | null;
  count: number;
}

export interface ActionQuery {
  planId?: string;
  /** The year of the findings' plans. */
  year?: number;
  responsibleUnitIds?: string[];
  statuses?: ActionStatus[];
  today: string;
  /** The units whose actions the caller may see; all when undefined. */
  scope?: string[];
}

const FINDING_COLUMNS = `f.id, f.plan_id AS "planId", f.target_id AS "targetId", f.unit_id AS "unitId", f.area_id AS "areaId",
  f.criterion_id AS "criterionId", f.kind, f.severity, f.text, f.general, f.evidence,
  f.evidence_reading AS "evidenceReading", f.status, f.client_key AS "clientKey", f.version,
  f.created_at AS "createdAt", f.updated_at AS "updatedAt"`;
const ACTION_COLUMNS = `a.id, a.finding_id AS "findingId", a.responsible_unit_id AS "responsibleUnitId",
  a.required_action AS "requiredAction", a.deadline, a.status, a.verified_on AS "verifiedOn",
  a.verified_by AS "verifiedBy", a.verification_note AS "verificationNote", a.version`;
const FROM_FINDINGS =
  'findings f JOIN content_areas ar ON ar.id = f.area_id JOIN inspection_plans p ON p.id = f.plan_id';
const ORDER: Record<FindingOrder, string> = {
  NEWEST: 'p.year DESC, f.created_at DESC, f.id',
  OLDEST: 'p.year, f.created_at, f.id',
  SEVERITY: `array_position(ARRAY['HIGH', 'MEDIUM', 'LOW'], f.severity), p.year DESC, f.id`,
  AREA: 'ar.position, ar.code, p.year DESC, f.id',
  KIND: `array_position(ARRAY['VIOLATION', 'LIMITATION', 'STRENGTH'], f.kind), p.year DESC, f.id`,
};
const DIMENSIONS: Record<FindingDimension, { select: string; group: string }> = {
  AREA: {
    select:
      'ar.code AS "areaCode", min(ar.name_vi) AS "areaNameVi", min(ar.name_en) AS "areaNameEn", min(ar.position) AS area_position',
    group: 'ar.code',
  },
  UNIT: { select: 'f.unit_id AS "unitId"', group: 'f.unit_id' },
  KIND: { select: 'f.kind', group: 'f.kind' },
  STATUS: { select: 'f.status', group: 'f.status' },
  YEAR: { select: 'p.year', group: 'p.year' },
};

function findingConditions(query: Omit<FindingQuery, 'order'>, params: SqlParams): string {
  const where = ['TRUE'];
  if (query.planId) where.push(`f.plan_id = ${params.add(query.planId)}`);
  if (query.unitIds) where.push(`f.unit_id = ANY(${params.add(query.unitIds)}::uuid[])`);
  if (query.areaCodes?.length) where.push(`ar.code = ANY(${params.add(query.areaCodes)})`);
  if (query.kinds?.length) where.push(`f.kind = ANY(${params.add(query.kinds)})`);
  if (query.statuses?.length) where.push(`f.status = ANY(${params.add(query.statuses)})`);
  if (query.year) where.push(`p.year = ${params.add(query.year)}`);
  if (query.scope) where.push(`f.unit_id = ANY(${params.add(query.scope)}::uuid[])`);
  if (query.publishedOnly) where.push(`p.status IN ('CONCLUDED', 'CLOSED')`);
  if (query.ids) where.push(`f.id = ANY(${params.add(query.ids)}::uuid[])`);
  // \m: the start of a word (the words are letters and digits only, nothing to escape).
  for (const word of query.words ?? []) where.push(`f.search_text ~ ${params.add(`\\m${word}`)}`);
  return where.join(' AND ');
}

/** Read queries over findings, actions and reports; each is one statement whatever the number of units. */
export class FindingRepository {
  constructor(private readonly db: EntityManager) {}

  async find(query: FindingQuery, offset: number, limit: number): Promise<Page<FindingEntity>> {
    const params = new SqlParams();
    const rows: (FindingEntity & { total: string })[] = await this.db.query(
      `SELECT ${FINDING_COLUMNS}, COUNT(*) OVER () AS total FROM ${FROM_FINDINGS}
       WHERE ${findingConditions(query, params)} ORDER BY ${ORDER[query.order]}
       OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`,
      params.values,
    );
    return { nodes: rows, offset, totalCount: rows[0] ? Number(rows[0].total) : 0 };
  }

  /** What the verdict rule reads of every finding a query selects (to filter them by verdict). */
  evidenceOf(query: Omit<FindingQuery, 'order'>): Promise<FindingEvidence[]> {
    const params = new SqlParams();
    return this.db.query(
      `SELECT f.id, f.kind, f.evidence_reading AS "evidenceReading" FROM ${FROM_FINDINGS}
       WHERE ${findingConditions(query, params)}`,
      params.values,
    );
  }

  /** A page of findings for each of many units at once (for `Unit.findings` across federated references). */
  async findPerUnit(
    unitIds: readonly string[],
    query: Omit<FindingQuery, 'unitIds'>,
    offset: number,
    limit: number,
  ): Promise<Map<string, Page<FindingEntity>>> {
    const params = new SqlParams();
    const units = params.add([...unitIds]);
    const rows: (FindingEntity & { total: string })[] = await this.db.query(
      `SELECT * FROM (
         SELECT ${FINDING_COLUMNS}, COUNT(*) OVER (PARTITION BY f.unit_id) AS total,
           ROW_NUMBER() OVER (PARTITION BY f.unit_id ORDER BY ${ORDER[query.order]}) AS rn
         FROM ${FROM_FINDINGS} WHERE f.unit_id = ANY(${units}::uuid[]) AND ${findingConditions(query, params)}
       ) ranked WHERE rn > ${params.add(offset)} AND rn <= ${params.add(offset + limit)} ORDER BY "unitId", rn`,
      params.values,
    );
    const pages = new Map<string, Page<FindingEntity>>(
      unitIds.map((id) => [id, { nodes: [], offset, totalCount: 0 }]),
    );
    for (const { total, rn: _rn, ...finding } of rows as (FindingEntity & { total: string; rn: string })[]) {
      const page = pages.get(finding.unitId)!;
      page.nodes.push(finding);
      page.totalCount = Number(total);
    }
    return pages;
  }

  async stats(dimensions: FindingDimension[], query: Omit<FindingQuery, 'order'>): Promise<FindingStatRow[]> {
    const params = new SqlParams();
    const dims = [...new Set(dimensions)].map((d) => DIMENSIONS[d]);
    const select = dims.map((d) => `${d.select}, `).join('');
    const group = dims.length ? `GROUP BY ${dims.map((d) => d.group).join(', ')}` : '';
    const order = dims.length
      ? `ORDER BY ${dims.map((d) => (d.group === 'ar.code' ? 'area_position' : d.group)).join(', ')}`
      : '';
    const rows: (FindingStatRow & { count: string })[] = await this.db.query(
      `SELECT ${select}count(*) AS count FROM ${FROM_FINDINGS} WHERE ${findingConditions(query, params)} ${group} ${order}`,
      params.values,
    );
    return rows.map((row) => ({
      areaCode: row.areaCode ?? null,
      areaNameVi: row.areaNameVi ?? null,
      areaNameEn: row.areaNameEn ?? null,
      unitId: row.unitId ?? null,
      kind: row.kind ?? null,
      status: row.status ?? null,
      year: row.year ?? null,
      count: Number(row.count),
    }));
  }

  async findActions(
    query: ActionQuery,
    offset: number,
    limit: number,
  ): Promise<Page<CorrectiveActionEntity>> {
    const params = new SqlParams();
    const where = actionConditions(query, params);
    const rows: (CorrectiveActionEntity & { total: string })[] = await this.db.query(
      `SELECT ${ACTION_COLUMNS}, COUNT(*) OVER () AS total
       FROM corrective_actions a JOIN findings f ON f.id = a.finding_id
       WHERE ${where.join(' AND ')} ORDER BY a.deadline, a.id OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`,
      params.values,
    );
    return { nodes: rows, offset, totalCount: rows[0] ? Number(rows[0].total) : 0 };
  }

  /** The actions a query selects, counted by how they stand against their deadlines (zero counts left out). */
  async actionTimeliness(query: ActionQuery): Promise<{ timeliness: ActionTimeliness; count: number }[]> {
    const params = new SqlParams();
    const where = actionConditions(query, params);
    const timeliness = ACTION_TIMELINESS_SQL.replace(':today', `${params.add(query.today)}::date`);
    const rows: { timeliness: ActionTimeliness; count: string }[] = await this.db.query(
      `SELECT ${timeliness} AS timeliness, COUNT(*) AS count
       FROM corrective_actions a JOIN findings f ON f.id = a.finding_id
       WHERE ${where.join(' AND ')} GROUP BY 1 ORDER BY 1`,
      params.values,
    );
    return rows.map((row) => ({ timeliness: row.timeliness, count: Number(row.count) }));
  }

  findingsByIds(ids: readonly string[]): Promise<FindingEntity[]> {
    return this.db.getRepository(FindingEntity).findBy({ id: In([...ids]) });
  }

  /** In the order they were recorded. */
  findingsOfTargets(targetIds: readonly string[]): Promise<FindingEntity[]> {
    return this.db
      .getRepository(FindingEntity)
      .find({ where: { targetId: In([...targetIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** In the order they were dated. */
  reportsOfActions(actionIds: readonly string[]): Promise<ActionReportEntity[]> {
    return this.db
      .getRepository(ActionReportEntity)
      .find({ where: { actionId: In([...actionIds]) }, order: { reportedOn: 'ASC', id: 'ASC' } });
  }

  actionsOfFindings(findingIds: readonly string[]): Promise<CorrectiveActionEntity[]> {
    return this.db.query(
      `SELECT ${ACTION_COLUMNS} FROM corrective_actions a WHERE a.finding_id = ANY($1::uuid[]) ORDER BY a.deadline, a.id`,
      [[...findingIds]],
    );
  }

  /** Open actions (`isOpenAction`: not verified yet) for which these units are responsible. */
  openActionsOfUnits(unitIds: readonly string[], scope?: string[]): Promise<CorrectiveActionEntity[]> {
    return this.db.query(
      `SELECT ${ACTION_COLUMNS} FROM corrective_actions a
       WHERE a.responsible_unit_id = ANY($1::uuid[]) AND ${OPEN_ACTION_SQL}
         AND ($2::uuid[] IS NULL OR a.responsible_unit_id = ANY($2::uuid[])) ORDER BY a.deadline, a.id`,
      [[...unitIds], scope ?? null],
    );
  }

  /** Findings on these units in plans of years before `beforeYear` (the follow-up of a later plan). */
  earlierFindings(unitIds: readonly string[], beforeYear: number): Promise<FindingEntity[]> {
    return this.db.query(
      `SELECT ${FINDING_COLUMNS} FROM ${FROM_FINDINGS}
       WHERE f.unit_id = ANY($1::uuid[]) AND p.year < $2 AND f.kind <> 'STRENGTH' ORDER BY p.year DESC, ar.position, f.id`,
      [[...unitIds], beforeYear],
    );
  }
}

/** The WHERE conditions of an action query (over `corrective_actions a JOIN findings f`). */
function actionConditions(query: ActionQuery, params: SqlParams): string[] {
  const where = ['TRUE'];
  if (query.planId) where.push(`f.plan_id = ${params.add(query.planId)}`);
  if (query.year)
    where.push(`f.plan_id IN (SELECT p.id FROM inspection_plans p WHERE p.year = ${params.add(query.year)})`);
  if (query.responsibleUnitIds)
    where.push(`a.responsible_unit_id = ANY(${params.add(query.responsibleUnitIds)}::uuid[])`);
  if (query.scope) where.push(`a.responsible_unit_id = ANY(${params.add(query.scope)}::uuid[])`);
  if (query.statuses?.length) {
    const effective = EFFECTIVE_ACTION_STATUS_SQL.replace(':today', `${params.add(query.today)}::date`);
    where.push(`${effective} = ANY(${params.add(query.statuses)})`);
  }
  return where;
}

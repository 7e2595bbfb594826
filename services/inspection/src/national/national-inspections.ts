import { createHash } from 'node:crypto';
import { isInForce, type NationalOptions, type NationalResult } from '@cchc/kit';
import type { UnitDescription } from '@cchc/unit-registry-client';
import type { DataSource, EntityManager } from 'typeorm';
import { v5 as uuidV5 } from 'uuid';
import { copyCatalog } from '../application/catalog.service.js';
import {
  conclusionRows,
  newAction,
  newFinding,
  newPlan,
  newReport,
  newTarget,
  newTeamMember,
  visitRow,
} from '../application/rows.js';
import { readDemoFile } from '../demo/demo-file.js';
import { ActionStatus, FindingKind, PlanStatus, Severity, TeamRole, VisitStatus } from '../domain/enums.js';
import type { ActionReportEntity, CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { findingStatus } from '../domain/finding-status.js';
import type {
  ConclusionEntity,
  InspectionPlanEntity,
  InspectionTargetEntity,
  TeamMemberEntity,
  VisitEntity,
} from '../domain/plan.entity.js';

/** Namespace of the national data's ids (a fixed random UUID); each id is of (seed, natural key). */
const NAMESPACE = '4f7d2c1a-9b3e-4c5d-8e6f-1a2b3c4d5e6f';
/** Who the generated reports and verifications are recorded as. */
const GENERATOR = 'national-data';
/**
 * Share of a province's units inspected in a year at scale 1: over 2021–2025 the registry has 51,236 unit-years
 * to inspect (63 provinces of ~190 units, then 34 of ~110 from July 2025), so 49,692 targets.
 */
const TARGET_SHARE = 0.97;
const FINDINGS_PER_TARGET = 5;
const CHUNK = 10_000;
/** A year's provinces are those in force on this day of it: the 34 merged provinces for 2025. */
const PROVINCES_ON = '07-01';

// ----------------------------------------------------------------------------------------------------------
// Seeded draws, ids, dates

/** mulberry32 seeded by the SHA-256 of the key: the same key always draws the same numbers. */
function random(key: string): () => number {
  let state = createHash('sha256').update(key).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const oneOf = <T>(items: readonly T[], draw: () => number): T => items[Math.floor(draw() * items.length)]!;

/** A value drawn by its weight. */
function weighted<T>(choices: readonly (readonly [T, number])[], draw: () => number): T {
  let left = draw() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of choices) {
    left -= weight;
    if (left < 0) return value;
  }
  return choices.at(-1)![0];
}

function shuffled<T>(items: readonly T[], draw: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(draw() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => dateOf(dayNumber(date) + days);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);
/** 09:00 in Vietnam on that day: fixed timestamps derived from the data's dates, never the clock's. */
const morningOf = (date: string) => new Date(`${date}T09:00:00+07:00`);

/** The last day of the month `months` after the date's month. */
function monthEndAfter(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month + months, 0)).toISOString().slice(0, 10);
}

// ----------------------------------------------------------------------------------------------------------
// Units

/** The days of [from, to] the unit is in force, or null when none. */
function windowOf(unit: UnitDescription, from: string, to: string): { from: string; to: string } | null {
  const window = { from: later(from, unit.validFrom ?? from), to: earlier(to, unit.validTo ?? to) };
  return window.from <= window.to ? window : null;
}

const isProvince = (unit: UnitDescription) => unit.level === 'PROVINCE' && unit.parentId === null;

/** The province a unit's parent chain leads to (the unit itself for a province), or null. */
function provinceIdOf(unit: UnitDescription, byId: ReadonlyMap<string, UnitDescription>): string | null {
  let current: UnitDescription | undefined = unit;
  for (let depth = 0; current && depth < 10; depth++) {
    if (isProvince(current)) return current.id;
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return null;
}

/** The units under each province (not the province itself). */
function unitsByProvince(units: UnitDescription[]): Map<string, UnitDescription[]> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const groups = new Map<string, UnitDescription[]>();
  for (const unit of units) {
    const province = provinceIdOf(unit, byId);
    if (province === null || province === unit.id) continue;
    const group = groups.get(province);
    if (group) group.push(unit);
    else groups.set(province, [unit]);
  }
  return groups;
}

const byCode = (a: UnitDescription, b: UnitDescription) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Agencies first, then districts, then communes: a district's target is written before its communes'. */
const LEVEL_ORDER: Record<string, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

// ----------------------------------------------------------------------------------------------------------
// Catalogs

interface Catalog {
  id: string;
  /** In the catalog's order. */
  areas: { id: string; code: string }[];
  criteria: Map<string, { id: string; areaId: string }>;
}

/** What the demo file's written catalog holds. */
interface CatalogContent {
  title: string;
  thresholds: unknown;
  areas: { code: string; position: number; nameVi: string; nameEn: string; guidance: string | null }[];
  criteria: {
    code: string;
    areaCode: string;
    parentCode: string | null;
    position: number;
    nameVi: string;
    nameEn: string;
    guidance: string | null;
    maxPoints: number | string;
    indicatorCode: string | null;
    indicatorPoints: unknown;
  }[];
}

/** The demo file's written catalog, for a database that has no catalog to copy from. */
async function writtenContent(toYear: number): Promise<CatalogContent> {
  const written = (await readDemoFile()).catalogs.find((c) => 'areas' in c);
  if (!written || !('areas' in written)) throw new Error('The demo file has no written criteria catalog');
  const entry = (c: { nameVi: string; nameEn: string; guidance?: string | null | undefined }) => ({
    nameVi: c.nameVi,
    nameEn: c.nameEn,
    guidance: c.guidance ?? null,
  });
  const scored = (c: { maxPoints: number; indicatorCode?: string | null; indicatorPoints?: unknown }) => ({
    maxPoints: c.maxPoints,
    indicatorCode: c.indicatorCode ?? null,
    indicatorPoints: c.indicatorPoints ?? null,
  });
  return {
    title: written.title.replace(String(written.year), String(toYear)),
    thresholds: written.classificationThresholds,
    areas: written.areas.map((a, i) => ({ code: a.code, position: i + 1, ...entry(a) })),
    criteria: written.areas.flatMap((a) =>
      a.criteria.flatMap((c, i) => [
        { code: c.code, areaCode: a.code, parentCode: null, position: i + 1, ...entry(c), ...scored(c) },
        ...(c.subCriteria ?? []).map((s, j) => ({
          code: s.code,
          areaCode: a.code,
          parentCode: c.code,
          position: j + 1,
          ...entry(s),
          ...scored(s),
        })),
      ]),
    ),
  };
}

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

/**
 * Each year without a catalog gets a copy of the nearest earlier year's (the latest; else the earliest later
 * one), by copyCatalog with deterministic ids; with no catalog at all, the demo file's
 * written one. Years are done in order, so 2022 copies the 2021 catalog just made.
 */
async function ensureCatalogs(db: EntityManager, years: number[], seed: string, tally: Tally) {
  for (const table of [CATALOG, AREA, CRITERION]) tally.add(table.name, 0, 0);
  for (const year of years) {
    const have: { year: number }[] = await db.query('SELECT year FROM criteria_catalogs ORDER BY year');
    if (have.some((c) => c.year === year)) continue;
    const source = have.filter((c) => c.year < year).at(-1) ?? have[0];
    const id = (key: string) => idOf(seed, `${key}|${year}`);
    if (source) {
      const copied = await copyCatalog(db, source.year, year, id);
      tally.add(CATALOG.name, 1, 1);
      tally.add(AREA.name, copied.areas, copied.areas);
      tally.add(CRITERION.name, copied.criteria, copied.criteria);
      continue;
    }
    const content = await writtenContent(year);
    const catalog = {
      id: id('catalog'),
      year,
      ...content,
      copiedFromId: null,
      thresholds: json(content.thresholds),
    };
    await insertRows(db, tally, CATALOG, [catalog]);
    await insertRows(
      db,
      tally,
      AREA,
      content.areas.map((a) => ({ ...a, id: id(`area|${a.code}`), catalogId: catalog.id })),
    );
    await insertRows(
      db,
      tally,
      CRITERION,
      content.criteria.map((c) => ({
        ...c,
        id: id(`criterion|${c.code}`),
        catalogId: catalog.id,
        areaId: id(`area|${c.areaCode}`),
        parentId: c.parentCode ? id(`criterion|${c.parentCode}`) : null,
        indicatorPoints: json(c.indicatorPoints),
      })),
    );
  }
}

async function loadCatalog(db: EntityManager, year: number): Promise<Catalog> {
  const [catalog] = await db.query('SELECT id FROM criteria_catalogs WHERE year = $1', [year]);
  const areas = await db.query(
    'SELECT id, code FROM content_areas WHERE catalog_id = $1 ORDER BY position, code',
    [catalog.id],
  );
  const criteria: { id: string; code: string; areaId: string }[] = await db.query(
    'SELECT id, code, area_id AS "areaId" FROM criteria WHERE catalog_id = $1',
    [catalog.id],
  );
  return { id: catalog.id, areas, criteria: new Map(criteria.map((c) => [c.code, c])) };
}

// ----------------------------------------------------------------------------------------------------------
// Rows of one province's plan

function idOf(seed: string, key: string): string {
  return uuidV5(`${seed}|${key}`, NAMESPACE);
}

interface PlanRows {
  plans: InspectionPlanEntity[];
  team: TeamMemberEntity[];
  targets: InspectionTargetEntity[];
  visits: VisitEntity[];
  findings: FindingEntity[];
  actions: CorrectiveActionEntity[];
  reports: ActionReportEntity[];
  conclusions: ConclusionEntity[];
}

const emptyRows = (): PlanRows => ({
  plans: [],
  team: [],
  targets: [],
  visits: [],
  findings: [],
  actions: [],
  reports: [],
  conclusions: [],
});

interface PlanContext {
  seed: string;
  year: number;
  status: PlanStatus;
  /** The last day the data describes: actions are OPEN, REPORTED or VERIFIED by their age on it. */
  reference: string;
  targetShare: number;
  catalog: Catalog;
}

/** The plan of one province in one year, or nothing when none of its units is in force in that year. */
function planRows(
  province: UnitDescription,
  below: UnitDescription[],
  context: PlanContext,
  rows: PlanRows,
): void {
  const { seed, year, status } = context;
  const period = windowOf(province, `${year}-01-01`, `${year}-12-31`)!;
  const agency = (abbr: string) =>
    below.find((u) => u.code === `${province.code}-${abbr}` && windowOf(u, period.from, period.to));
  // The Sở Nội vụ leads the team: it does not inspect itself.
  const lead = agency('SNV');
  const candidates = below.flatMap((unit) => {
    const window = unit === lead ? null : windowOf(unit, period.from, period.to);
    return window ? [{ unit, window }] : [];
  });
  if (candidates.length === 0) return;
  const planKey = `plan|${province.id}|${year}`;
  const draw = random(`${seed}|${planKey}`);
  const plan: InspectionPlanEntity = {
    ...newPlan(
      {
        year,
        title: `Kế hoạch kiểm tra CCHC năm ${year} — ${province.name} (dữ liệu quy mô quốc gia)`,
        decisionNumber: `${1 + Math.floor(draw() * 300)}/KH-UBND`,
        decisionDate: period.from,
        periodFrom: period.from,
        periodTo: period.to,
        leadUnitId: province.id,
        scope: `Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương thuộc ${province.name}: ${SCOPE}`,
      },
      context.catalog.id,
      status,
    ),
    id: idOf(seed, planKey),
    createdAt: morningOf(period.from),
    updatedAt: morningOf(period.from),
  };
  rows.plans.push(plan);
  const names = shuffled(NAMES, draw);
  TEAM.forEach((member, i) => {
    rows.team.push({
      ...newTeamMember(plan.id, {
        fullName: names[i]!,
        role: member.role,
        agencyUnitId: agency(member.abbr)?.id ?? null,
        agencyName: member.agencyName,
        position: member.position,
      }),
      id: idOf(seed, `${planKey}|member|${member.role}`),
    });
  });
  if (status === PlanStatus.CONCLUDED) {
    const { conclusion } = conclusionRows(plan.id, {
      number: `${1 + Math.floor(draw() * 300)}/TB-ĐKT`,
      issuedOn: addDays(period.to, 15),
      summary: `Đoàn kiểm tra đã kiểm tra công tác cải cách hành chính năm ${year} tại các cơ quan, đơn vị, địa phương thuộc ${province.name} theo kế hoạch; ưu điểm, tồn tại, hạn chế và biện pháp khắc phục của từng đơn vị được nêu trong thông báo kết luận gửi đơn vị (dữ liệu quy mô quốc gia, minh họa).`,
      recommendations: [],
    });
    rows.conclusions.push(conclusion);
  }
  const count = Math.min(candidates.length, Math.max(1, Math.round(context.targetShare * candidates.length)));
  const chosen = candidates
    .map((c) => ({ ...c, order: random(`${seed}|choice|${year}|${c.unit.id}`)() }))
    .sort((a, b) => a.order - b.order)
    .slice(0, count)
    .sort(
      (a, b) => (LEVEL_ORDER[a.unit.level] ?? 3) - (LEVEL_ORDER[b.unit.level] ?? 3) || byCode(a.unit, b.unit),
    );
  const targetIds = new Map<string, string>();
  for (const { unit, window } of chosen) {
    const targetKey = `target|${province.id}|${year}|${unit.id}`;
    const pick = random(`${seed}|${targetKey}`);
    const visitDate = addDays(
      window.from,
      Math.floor(pick() * (dayNumber(window.to) - dayNumber(window.from) + 1)),
    );
    const target: InspectionTargetEntity = {
      ...newTarget(plan.id, {
        unitId: unit.id,
        plannedDate: visitDate,
        parentTargetId: (unit.parentId && targetIds.get(unit.parentId)) ?? null,
        illustrative: true,
      }),
      id: idOf(seed, targetKey),
    };
    targetIds.set(unit.id, target.id);
    rows.targets.push(target);
    rows.visits.push(
      visitRow(
        target.id,
        {
          actualDate: visitDate,
          attendees: ATTENDEES[unit.level] ?? ATTENDEES.PROVINCE!,
          minutes: `Đoàn kiểm tra làm việc tại ${unit.name}; nghe báo cáo kết quả thực hiện công tác CCHC năm ${year}, kiểm tra hồ sơ, tài liệu theo các lĩnh vực. Đơn vị thống nhất nội dung biên bản và cam kết khắc phục các tồn tại, hạn chế.`,
          status: VisitStatus.DONE,
        },
        1,
      ),
    );
    findingRows(target, targetKey, visitDate, context, rows);
  }
}

/** FINDINGS_PER_TARGET findings in different areas (as far as the catalog has them), with their actions. */
function findingRows(
  target: InspectionTargetEntity,
  targetKey: string,
  visitDate: string,
  context: PlanContext,
  rows: PlanRows,
): void {
  const { seed, catalog } = context;
  const draw = random(`${seed}|${targetKey}|findings`);
  const areas = shuffled(
    catalog.areas.filter((a) => Object.hasOwn(TEXTS, a.code)),
    draw,
  );
  if (areas.length === 0)
    throw new Error(`The ${context.year} catalog has none of the content areas (${Object.keys(TEXTS)})`);
  for (let i = 0; i < FINDINGS_PER_TARGET; i++) {
    const area = areas[i % areas.length]!;
    const kind = weighted(KINDS, draw);
    const sentence = oneOf(TEXTS[area.code]![kind], draw);
    const severity = weighted(SEVERITIES[kind], draw);
    const criterion = catalog.criteria.get(sentence.criterion);
    const inArea = criterion?.areaId === area.id ? criterion : undefined;
    const findingKey = `${targetKey}|finding|${i}`;
    const finding: FindingEntity = {
      ...newFinding(
        target,
        { areaId: area.id, criterionId: inArea?.id ?? null },
        { kind, severity, text: sentence.text, criterionCode: inArea ? sentence.criterion : null },
        { evidenceReading: null, clientKey: null },
      ),
      id: idOf(seed, findingKey),
      createdAt: morningOf(visitDate),
      updatedAt: morningOf(visitDate),
    };
    rows.findings.push(finding);
    if (sentence.action) {
      const action = actionRows(finding, `${findingKey}|action`, sentence.action, visitDate, context, rows);
      finding.status = findingStatus(kind, [action.status]);
      if (action.verifiedOn) finding.updatedAt = morningOf(action.verifiedOn);
    }
  }
}

/**
 * The finding's corrective action, due at the end of a month one to six months after the visit; how far it got
 * depends on how long before the reference day it fell due (some left OPEN past their deadline: overdue).
 */
function actionRows(
  finding: FindingEntity,
  actionKey: string,
  requiredAction: string,
  visitDate: string,
  context: PlanContext,
  rows: PlanRows,
): CorrectiveActionEntity {
  const { seed, reference } = context;
  const draw = random(`${seed}|${actionKey}`);
  const deadline = monthEndAfter(visitDate, weighted(DEADLINE_MONTHS, draw));
  const age = dayNumber(reference) - dayNumber(deadline);
  const status = weighted(age < 0 ? NOT_DUE : age <= 365 ? DUE_THIS_YEAR : DUE_EARLIER, draw);
  const action: CorrectiveActionEntity = {
    ...newAction(finding, { requiredAction, deadline }),
    id: idOf(seed, actionKey),
    status,
  };
  rows.actions.push(action);
  if (status === ActionStatus.OPEN) return action;
  // Reported from 45 days before the deadline to 30 days after it, not before the visit nor after the reference.
  const reportedOn = earlier(
    later(addDays(deadline, Math.floor(draw() * 76) - 45), addDays(visitDate, 1)),
    reference,
  );
  rows.reports.push({
    ...newReport(
      action.id,
      { reportedOn, text: `Đơn vị đã triển khai khắc phục: ${requiredAction}` },
      GENERATOR,
    ),
    id: idOf(seed, `${actionKey}|report`),
  });
  if (status === ActionStatus.VERIFIED) {
    action.verifiedOn = earlier(addDays(reportedOn, 5 + Math.floor(draw() * 26)), reference);
    action.verifiedBy = GENERATOR;
    action.verificationNote = 'Đã kiểm tra hồ sơ, tài liệu minh chứng; xác nhận đơn vị đã khắc phục.';
  }
  return action;
}

// ----------------------------------------------------------------------------------------------------------
// Writing

interface Tally {
  add(table: string, generated: number, inserted: number): void;
  tables(): NationalResult['tables'];
}

function newTally(): Tally {
  const counts = new Map<string, { generated: number; inserted: number }>();
  return {
    add(table, generated, inserted) {
      const count = counts.get(table) ?? { generated: 0, inserted: 0 };
      counts.set(table, { generated: count.generated + generated, inserted: count.inserted + inserted });
    },
    tables: () => [...counts].map(([table, count]) => ({ table, ...count })),
  };
}

/** A column of an insert: its name, its SQL type, its value in a row, and how it is read from the arrays. */
type Column<Row> = [name: string, type: string, value: (row: Row) => unknown, select?: string];

interface Table<Row> {
  name: string;
  columns: Column<Row>[];
}

const at = (value: Date) => value.toISOString();

/**
 * Inserts the rows in chunks, one typed array per column (`unnest`), keeping what is already there
 * (ON CONFLICT DO NOTHING on the deterministic keys); counts what it wanted and what it inserted.
 */
async function insertRows<Row>(
  db: EntityManager,
  tally: Tally,
  table: Table<Row>,
  rows: Row[],
  progress?: (done: number) => void,
): Promise<void> {
  tally.add(table.name, 0, 0);
  const names = table.columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = table.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const selects = table.columns.map(([name, , , select]) => select ?? `r."${name}"`).join(', ');
  const sql = `WITH inserted AS (
      INSERT INTO ${table.name} (${names}) SELECT ${selects} FROM unnest(${arrays}) AS r (${names})
      ON CONFLICT DO NOTHING RETURNING 1)
    SELECT count(*)::int AS count FROM inserted`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const [{ count }] = await db.query(
      sql,
      table.columns.map(([, , value]) => chunk.map(value)),
    );
    tally.add(table.name, chunk.length, count);
    progress?.(start + chunk.length);
  }
}

const CATALOG: Table<{
  id: string;
  year: number;
  title: string;
  copiedFromId: string | null;
  thresholds: string | null;
}> = {
  name: 'criteria_catalogs',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['year', 'int', (r) => r.year],
    ['title', 'text', (r) => r.title],
    ['copied_from_id', 'uuid', (r) => r.copiedFromId],
    ['classification_thresholds', 'jsonb', (r) => r.thresholds],
  ],
};

type AreaRow = CatalogContent['areas'][number] & { id: string; catalogId: string };
const AREA: Table<AreaRow> = {
  name: 'content_areas',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['catalog_id', 'uuid', (r) => r.catalogId],
    ['code', 'text', (r) => r.code],
    ['position', 'int', (r) => r.position],
    ['name_vi', 'text', (r) => r.nameVi],
    ['name_en', 'text', (r) => r.nameEn],
    ['guidance', 'text', (r) => r.guidance],
  ],
};

type CriterionRow = Omit<CatalogContent['criteria'][number], 'indicatorPoints'> & {
  id: string;
  catalogId: string;
  areaId: string;
  parentId: string | null;
  indicatorPoints: string | null;
};
const CRITERION: Table<CriterionRow> = {
  name: 'criteria',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['catalog_id', 'uuid', (r) => r.catalogId],
    ['area_id', 'uuid', (r) => r.areaId],
    ['parent_id', 'uuid', (r) => r.parentId],
    ['code', 'text', (r) => r.code],
    ['position', 'int', (r) => r.position],
    ['name_vi', 'text', (r) => r.nameVi],
    ['name_en', 'text', (r) => r.nameEn],
    ['guidance', 'text', (r) => r.guidance],
    ['max_points', 'numeric', (r) => r.maxPoints],
    ['indicator_code', 'text', (r) => r.indicatorCode],
    ['indicator_points', 'jsonb', (r) => r.indicatorPoints],
  ],
};

const PLAN: Table<InspectionPlanEntity> = {
  name: 'inspection_plans',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['year', 'int', (r) => r.year],
    ['title', 'text', (r) => r.title],
    ['decision_number', 'text', (r) => r.decisionNumber],
    ['decision_date', 'date', (r) => r.decisionDate],
    ['period_from', 'date', (r) => r.periodFrom],
    ['period_to', 'date', (r) => r.periodTo],
    ['lead_unit_id', 'uuid', (r) => r.leadUnitId],
    ['scope', 'text', (r) => r.scope],
    ['status', 'text', (r) => r.status],
    ['catalog_id', 'uuid', (r) => r.catalogId],
    ['version', 'int', (r) => r.version],
    ['created_at', 'timestamptz', (r) => at(r.createdAt)],
    ['updated_at', 'timestamptz', (r) => at(r.updatedAt)],
  ],
};

const TEAM_MEMBER: Table<TeamMemberEntity> = {
  name: 'team_members',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['plan_id', 'uuid', (r) => r.planId],
    ['full_name', 'text', (r) => r.fullName],
    ['role', 'text', (r) => r.role],
    ['agency_unit_id', 'uuid', (r) => r.agencyUnitId],
    ['agency_name', 'text', (r) => r.agencyName],
    ['position', 'text', (r) => r.position],
    ['username', 'text', (r) => r.username],
  ],
};

const TARGET: Table<InspectionTargetEntity> = {
  name: 'inspection_targets',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['plan_id', 'uuid', (r) => r.planId],
    ['unit_id', 'uuid', (r) => r.unitId],
    ['planned_date', 'date', (r) => r.plannedDate],
    ['parent_target_id', 'uuid', (r) => r.parentTargetId],
    ['illustrative', 'boolean', (r) => r.illustrative],
  ],
};

const VISIT: Table<VisitEntity> = {
  name: 'visits',
  columns: [
    ['target_id', 'uuid', (r) => r.targetId],
    ['actual_date', 'date', (r) => r.actualDate],
    // A text[] per row cannot travel inside an array of arrays: each list goes as JSON.
    [
      'attendees',
      'jsonb',
      (r) => JSON.stringify(r.attendees),
      'ARRAY(SELECT jsonb_array_elements_text(r."attendees"))',
    ],
    ['minutes', 'text', (r) => r.minutes],
    ['status', 'text', (r) => r.status],
    ['version', 'int', (r) => r.version],
  ],
};

const FINDING: Table<FindingEntity> = {
  name: 'findings',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['plan_id', 'uuid', (r) => r.planId],
    ['target_id', 'uuid', (r) => r.targetId],
    ['unit_id', 'uuid', (r) => r.unitId],
    ['area_id', 'uuid', (r) => r.areaId],
    ['criterion_id', 'uuid', (r) => r.criterionId],
    ['kind', 'text', (r) => r.kind],
    ['severity', 'text', (r) => r.severity],
    ['text', 'text', (r) => r.text],
    ['general', 'boolean', (r) => r.general],
    ['evidence', 'jsonb', (r) => JSON.stringify(r.evidence)],
    ['evidence_reading', 'jsonb', (r) => json(r.evidenceReading)],
    ['status', 'text', (r) => r.status],
    ['client_key', 'text', (r) => r.clientKey],
    ['search_text', 'text', (r) => r.searchText],
    ['version', 'int', (r) => r.version],
    ['created_at', 'timestamptz', (r) => at(r.createdAt)],
    ['updated_at', 'timestamptz', (r) => at(r.updatedAt)],
  ],
};

const ACTION: Table<CorrectiveActionEntity> = {
  name: 'corrective_actions',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['finding_id', 'uuid', (r) => r.findingId],
    ['responsible_unit_id', 'uuid', (r) => r.responsibleUnitId],
    ['required_action', 'text', (r) => r.requiredAction],
    ['deadline', 'date', (r) => r.deadline],
    ['status', 'text', (r) => r.status],
    ['verified_on', 'date', (r) => r.verifiedOn],
    ['verified_by', 'text', (r) => r.verifiedBy],
    ['verification_note', 'text', (r) => r.verificationNote],
    ['version', 'int', (r) => r.version],
  ],
};

const REPORT: Table<ActionReportEntity> = {
  name: 'action_reports',
  columns: [
    ['id', 'uuid', (r) => r.id],
    ['action_id', 'uuid', (r) => r.actionId],
    ['reported_on', 'date', (r) => r.reportedOn],
    ['text', 'text', (r) => r.text],
    ['attachments', 'jsonb', (r) => JSON.stringify(r.attachments)],
    ['author', 'text', (r) => r.author],
  ],
};

const CONCLUSION: Table<ConclusionEntity> = {
  name: 'conclusions',
  columns: [
    ['plan_id', 'uuid', (r) => r.planId],
    ['number', 'text', (r) => r.number],
    ['issued_on', 'date', (r) => r.issuedOn],
    ['summary', 'text', (r) => r.summary],
  ],
};

/** Parents before children, for the foreign keys. */
const WRITE_ORDER: [keyof PlanRows, Table<never>][] = [
  ['plans', PLAN],
  ['team', TEAM_MEMBER],
  ['targets', TARGET],
  ['visits', VISIT],
  ['findings', FINDING],
  ['actions', ACTION],
  ['reports', REPORT],
  ['conclusions', CONCLUSION],
];

// ----------------------------------------------------------------------------------------------------------

/**
 * National-scale inspection data, deterministic from the seed: for each year and each province in force on its
 * 1 July, one plan led by the province (CONCLUDED with its conclusion, IN_PROGRESS for the last year), a team of
 * four, targets chosen among the province's units in force that year (TARGET_SHARE of them times the scale, at
 * least one), each visited once (DONE), with FINDINGS_PER_TARGET findings and one corrective action per
 * limitation or violation (with its report once reported). Each year's criteria catalog is made first when
 * missing. Each year is written in one transaction; what is already there (the demo's rows too) is kept.
 */
export async function generateNationalInspections(
  dataSource: DataSource,
  units: UnitDescription[],
  options: NationalOptions,
): Promise<NationalResult> {
  const started = Date.now();
  const years = [...new Set(options.years)].sort((a, b) => a - b);
  const scale = options.scale ?? 1;
  if (years.length === 0 || years.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100))
    throw new Error(`Years must be whole years from 2000 to 2100, got ${options.years.join(', ') || 'none'}`);
  if (!(scale > 0)) throw new Error(`The scale must be above 0, got ${scale}`);
  const tally = newTally();
  await dataSource.transaction((db) => ensureCatalogs(db, years, options.seed, tally));
  const below = unitsByProvince(units);
  const lastYear = years.at(-1)!;
  for (const year of years) {
    const context: PlanContext = {
      seed: options.seed,
      year,
      status: year === lastYear ? PlanStatus.IN_PROGRESS : PlanStatus.CONCLUDED,
      reference: `${lastYear}-12-31`,
      targetShare: TARGET_SHARE * scale,
      catalog: await loadCatalog(dataSource.manager, year),
    };
    const rows = emptyRows();
    const provinces = units
      .filter((u) => isProvince(u) && isInForce(u, `${year}-${PROVINCES_ON}`))
      .sort(byCode);
    for (const province of provinces) planRows(province, below.get(province.id) ?? [], context, rows);
    await dataSource.transaction(async (db) => {
      for (const [key, table] of WRITE_ORDER) {
        const list = rows[key] as never[];
        await insertRows(db, tally, table, list, (done) =>
          options.onProgress?.(`${year} ${table.name} ${done}/${list.length}`),
        );
      }
    });
  }
  return { tables: tally.tables(), milliseconds: Date.now() - started };
}

// ----------------------------------------------------------------------------------------------------------
// Draws and texts

const KINDS: [FindingKind, number][] = [
  [FindingKind.STRENGTH, 0.6],
  [FindingKind.LIMITATION, 0.3],
  [FindingKind.VIOLATION, 0.1],
];

const SEVERITIES: Record<FindingKind, [Severity, number][]> = {
  [FindingKind.STRENGTH]: [[Severity.LOW, 1]],
  [FindingKind.LIMITATION]: [
    [Severity.LOW, 0.2],
    [Severity.MEDIUM, 0.65],
    [Severity.HIGH, 0.15],
  ],
  [FindingKind.VIOLATION]: [
    [Severity.MEDIUM, 0.3],
    [Severity.HIGH, 0.7],
  ],
};

const DEADLINE_MONTHS: [number, number][] = [
  [1, 0.2],
  [2, 0.3],
  [3, 0.3],
  [6, 0.2],
];

/** Not yet due on the reference day, due within its last year, due before that. */
const NOT_DUE: [ActionStatus, number][] = [
  [ActionStatus.OPEN, 0.6],
  [ActionStatus.REPORTED, 0.3],
  [ActionStatus.VERIFIED, 0.1],
];
const DUE_THIS_YEAR: [ActionStatus, number][] = [
  [ActionStatus.OPEN, 0.2],
  [ActionStatus.REPORTED, 0.25],
  [ActionStatus.VERIFIED, 0.55],
];
const DUE_EARLIER: [ActionStatus, number][] = [
  [ActionStatus.OPEN, 0.05],
  [ActionStatus.REPORTED, 0.05],
  [ActionStatus.VERIFIED, 0.9],
];

const SCOPE =
  'công tác chỉ đạo, điều hành CCHC; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức; cải cách tài chính công; hiện đại hóa hành chính (dữ liệu quy mô quốc gia, minh họa).';

const NAMES = [
  'Nguyễn Văn Hùng',
  'Trần Thị Mai',
  'Lê Quốc Bảo',
  'Phạm Thị Thu Hà',
  'Hoàng Minh Tuấn',
  'Huỳnh Thị Lan',
  'Võ Thanh Phong',
  'Đặng Thị Yến',
  'Bùi Văn Nam',
  'Đỗ Thị Hồng',
  'Ngô Đức Trung',
  'Phan Thị Thảo',
];

const TEAM = [
  { role: TeamRole.LEAD, abbr: 'SNV', agencyName: 'Sở Nội vụ', position: 'Phó Giám đốc Sở Nội vụ' },
  {
    role: TeamRole.DEPUTY_LEAD,
    abbr: 'SNV',
    agencyName: 'Sở Nội vụ',
    position: 'Trưởng phòng Cải cách hành chính, Sở Nội vụ',
  },
  {
    role: TeamRole.MEMBER,
    abbr: 'VPUBND',
    agencyName: 'Văn phòng UBND tỉnh',
    position: 'Phó Chánh Văn phòng UBND tỉnh',
  },
  {
    role: TeamRole.SECRETARY,
    abbr: 'SNV',
    agencyName: 'Sở Nội vụ',
    position: 'Chuyên viên Phòng Cải cách hành chính, Sở Nội vụ',
  },
];

const ATTENDEES: Record<string, string[]> = {
  PROVINCE: ['Lãnh đạo cơ quan', 'Chánh Văn phòng', 'Trưởng các phòng chuyên môn'],
  DISTRICT: ['Phó Chủ tịch UBND cấp huyện', 'Trưởng phòng Nội vụ', 'Chánh Văn phòng HĐND và UBND'],
  COMMUNE: ['Chủ tịch UBND cấp xã', 'Công chức Văn phòng - Thống kê', 'Công chức Tư pháp - Hộ tịch'],
};

interface Sentence {
  /** The criterion it is written under (a 2020 catalog code); none when the year's catalog lacks it. */
  criterion: string;
  text: string;
  /** What the unit must do about it (limitations and violations). */
  action?: string;
}

type AreaTexts = Record<FindingKind, Sentence[]>;

const TEXTS: Record<string, AreaTexts> = {
  CDDH: {
    STRENGTH: [
      {
        criterion: 'CDDH.1',
        text: 'Ban hành kế hoạch CCHC năm kịp thời, xác định rõ nhiệm vụ, thời hạn và cơ quan chủ trì thực hiện.',
      },
      {
        criterion: 'CDDH.2',
        text: 'Thực hiện đầy đủ, đúng thời hạn chế độ báo cáo định kỳ về công tác CCHC.',
      },
      {
        criterion: 'CDDH.4',
        text: 'Công tác tuyên truyền CCHC được triển khai với nhiều hình thức phù hợp, gắn với nhiệm vụ chuyên môn.',
      },
    ],
    LIMITATION: [
      {
        criterion: 'CDDH.1',
        text: 'Đã ban hành kế hoạch CCHC năm nhưng việc theo dõi, đôn đốc thực hiện chưa được quan tâm đúng mức; một số nhiệm vụ chưa hoàn thành đúng tiến độ.',
        action:
          'Phân công cụ thể trách nhiệm theo dõi, đôn đốc từng nhiệm vụ trong kế hoạch CCHC; báo cáo tiến độ hằng quý.',
      },
      {
        criterion: 'CDDH.2',
        text: 'Báo cáo CCHC định kỳ còn chậm so với thời hạn quy định, nội dung báo cáo chưa đầy đủ số liệu.',
        action: 'Gửi báo cáo CCHC đúng thời hạn, đầy đủ số liệu theo đề cương hướng dẫn.',
      },
      {
        criterion: 'CDDH.4',
        text: 'Công tác tuyên truyền CCHC còn hình thức, chưa có cách làm mới, chưa thu hút sự quan tâm của người dân.',
        action:
          'Xây dựng kế hoạch tuyên truyền CCHC với hình thức đổi mới, gắn với nhiệm vụ chuyên môn của đơn vị.',
      },
    ],
    VIOLATION: [
      {
        criterion: 'CDDH.3',
        text: 'Không tổ chức tự kiểm tra công tác CCHC đối với các bộ phận, đơn vị trực thuộc theo kế hoạch đã ban hành.',
        action:
          'Tổ chức tự kiểm tra công tác CCHC theo kế hoạch; báo cáo kết quả và việc xử lý sau kiểm tra.',
      },
      {
        criterion: 'CDDH.1',
        text: 'Không ban hành kế hoạch CCHC năm theo chỉ đạo của UBND tỉnh.',
        action: 'Ban hành ngay kế hoạch CCHC năm, xác định rõ nhiệm vụ, thời hạn và trách nhiệm thực hiện.',
      },
    ],
  },
  TC: {
    STRENGTH: [
      {
        criterion: 'TC.1',
        text: 'Tham mưu xây dựng, ban hành văn bản quy phạm pháp luật đúng trình tự, thủ tục, bảo đảm chất lượng.',
      },
      {
        criterion: 'TC.2',
        text: 'Thực hiện rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc phạm vi quản lý đúng kế hoạch.',
      },
      {
        criterion: 'TC.4',
        text: 'Tổ chức triển khai kịp thời các văn bản quy phạm pháp luật mới của trung ương và của tỉnh.',
      },
    ],
    LIMITATION: [
      {
        criterion: 'TC.3',
        text: 'Công tác theo dõi tình hình thi hành pháp luật chưa được thực hiện thường xuyên; chưa có báo cáo đánh giá kết quả.',
        action:
          'Xây dựng kế hoạch theo dõi tình hình thi hành pháp luật; tổng hợp, báo cáo kết quả đúng quy định.',
      },
      {
        criterion: 'TC.2',
        text: 'Việc rà soát văn bản quy phạm pháp luật chưa kịp thời; còn văn bản hết hiệu lực chưa được công bố.',
        action: 'Rà soát, công bố danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần.',
      },
      {
        criterion: 'TC.4',
        text: 'Việc phổ biến văn bản quy phạm pháp luật mới đến cán bộ, công chức và người dân còn chậm.',
        action:
          'Phổ biến kịp thời văn bản quy phạm pháp luật mới đến cán bộ, công chức và người dân trên địa bàn.',
      },
    ],
    VIOLATION: [
      {
        criterion: 'TC.1',
        text: 'Ban hành văn bản có chứa quy phạm pháp luật không đúng thẩm quyền, hình thức.',
        action:
          'Rà soát, bãi bỏ văn bản ban hành không đúng thẩm quyền, hình thức; kiểm điểm trách nhiệm của cá nhân tham mưu.',
      },
      {
        criterion: 'TC.3',
        text: 'Không thực hiện báo cáo theo dõi tình hình thi hành pháp luật theo yêu cầu.',
        action:
          'Thực hiện báo cáo theo dõi tình hình thi hành pháp luật; kiểm điểm, rút kinh nghiệm việc chậm báo cáo.',
      },
    ],
  },
  TTHC: {
    STRENGTH: [
      {
        criterion: 'TTHC.1',
        text: 'Việc rà soát, cập nhật, công khai TTHC được thực hiện thường xuyên, đầy đủ tại Bộ phận một cửa và trên cổng thông tin.',
      },
      {
        criterion: 'TTHC.3',
        text: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn cao; các hồ sơ trễ hẹn đều có văn bản xin lỗi.',
      },
      {
        criterion: 'TTHC.4',
        text: 'Tổ chức lấy ý kiến đánh giá mức độ hài lòng của người dân, tổ chức; kết quả đạt mức hài lòng cao.',
      },
    ],
    LIMITATION: [
      {
        criterion: 'TTHC.3',
        text: 'Trong giải quyết TTHC vẫn còn hồ sơ trễ hẹn nhưng chưa thực hiện việc xin lỗi tổ chức, cá nhân bằng văn bản.',
        action:
          'Thực hiện nghiêm việc xin lỗi tổ chức, cá nhân bằng văn bản đối với hồ sơ trễ hẹn theo quy định.',
      },
      {
        criterion: 'TTHC.2',
        text: 'Việc cập nhật quá trình giải quyết hồ sơ trên phần mềm một cửa điện tử chưa thường xuyên, còn hồ sơ tồn trên hệ thống.',
        action:
          'Rà soát, cập nhật đầy đủ quá trình giải quyết các hồ sơ TTHC còn tồn trên phần mềm một cửa điện tử.',
      },
      {
        criterion: 'TTHC.5',
        text: 'Lưu trữ hồ sơ TTHC còn thừa, thiếu thành phần hồ sơ (kiểm tra xác suất 30 hồ sơ).',
        action:
          'Rà soát, bổ sung thành phần hồ sơ TTHC đang lưu trữ; tiếp nhận, lưu trữ hồ sơ đúng thành phần theo quy định.',
      },
    ],
    VIOLATION: [
      {
        criterion: 'TTHC.2',
        text: 'Yêu cầu tổ chức, cá nhân nộp thêm giấy tờ ngoài thành phần hồ sơ đã được công bố.',
        action:
          'Chấm dứt việc yêu cầu thêm giấy tờ ngoài quy định; kiểm điểm trách nhiệm của công chức tiếp nhận hồ sơ.',
      },
      {
        criterion: 'TTHC.1',
        text: 'Không niêm yết công khai TTHC mới ban hành tại Bộ phận một cửa theo quy định.',
        action:
          'Niêm yết công khai đầy đủ, kịp thời các TTHC mới được công bố tại Bộ phận một cửa và trên Trang Thông tin điện tử.',
      },
    ],
  },
  TCBM: {
    STRENGTH: [
      { criterion: 'TCBM.1', text: 'Thực hiện rà soát, sắp xếp tổ chức bộ máy tinh gọn theo đúng lộ trình.' },
      {
        criterion: 'TCBM.2',
        text: 'Ban hành đầy đủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức theo hướng dẫn.',
      },
      { criterion: 'TCBM.3', text: 'Quản lý, sử dụng biên chế đúng số lượng được giao.' },
    ],
    LIMITATION: [
      {
        criterion: 'TCBM.4',
        text: 'Việc thực hiện các nhiệm vụ được phân cấp, ủy quyền chưa được rà soát, đánh giá định kỳ.',
        action:
          'Rà soát, đánh giá việc thực hiện các nhiệm vụ được phân cấp, ủy quyền; đề xuất điều chỉnh phù hợp.',
      },
      {
        criterion: 'TCBM.2',
        text: 'Quy chế làm việc chưa được sửa đổi, bổ sung kịp thời khi có thay đổi về chức năng, nhiệm vụ.',
        action: 'Sửa đổi, bổ sung quy chế làm việc phù hợp với chức năng, nhiệm vụ được giao.',
      },
      {
        criterion: 'TCBM.1',
        text: 'Việc sắp xếp các phòng, bộ phận trực thuộc còn chậm so với kế hoạch.',
        action: 'Hoàn thành việc sắp xếp các phòng, bộ phận trực thuộc theo kế hoạch đã được phê duyệt.',
      },
    ],
    VIOLATION: [
      {
        criterion: 'TCBM.3',
        text: 'Sử dụng vượt số lượng biên chế được giao.',
        action: 'Rà soát, bố trí lại nhân sự, bảo đảm không vượt số lượng biên chế được giao.',
      },
      {
        criterion: 'TCBM.2',
        text: 'Thành lập bộ phận trực thuộc không đúng quy định.',
        action: 'Rà soát, kiện toàn bộ phận trực thuộc theo đúng quy định về tổ chức bộ máy.',
      },
    ],
  },
  CBCCVC: {
    STRENGTH: [
      { criterion: 'CBCCVC.1', text: 'Đội ngũ cán bộ, công chức được bố trí phù hợp với vị trí việc làm.' },
      {
        criterion: 'CBCCVC.3',
        text: 'Đánh giá, xếp loại cán bộ, công chức, viên chức đúng quy định, khách quan.',
      },
      {
        criterion: 'CBCCVC.4',
        text: 'Cử cán bộ, công chức tham gia đầy đủ các lớp đào tạo, bồi dưỡng theo kế hoạch.',
      },
    ],
    LIMITATION: [
      {
        criterion: 'CBCCVC.1',
        text: 'Còn công chức được bố trí chưa phù hợp với vị trí việc làm đã được phê duyệt.',
        action: 'Rà soát, bố trí công chức theo đúng vị trí việc làm đã được phê duyệt.',
      },
      {
        criterion: 'CBCCVC.4',
        text: 'Kế hoạch đào tạo, bồi dưỡng chưa gắn với nhu cầu của vị trí việc làm.',
        action: 'Xây dựng kế hoạch đào tạo, bồi dưỡng gắn với yêu cầu của từng vị trí việc làm.',
      },
      {
        criterion: 'CBCCVC.2',
        text: 'Hồ sơ tuyển dụng, bổ nhiệm còn thiếu một số tài liệu theo quy định.',
        action: 'Bổ sung đầy đủ hồ sơ tuyển dụng, bổ nhiệm và lưu trữ theo quy định.',
      },
    ],
    VIOLATION: [
      {
        criterion: 'CBCCVC.5',
        text: 'Chưa chấp hành tốt kỷ luật, kỷ cương hành chính, dẫn đến có cán bộ, công chức bị xử lý kỷ luật trong năm.',
        action:
          'Chấn chỉnh kỷ luật, kỷ cương hành chính; tổ chức kiểm điểm, rút kinh nghiệm và tăng cường tự kiểm tra.',
      },
      {
        criterion: 'CBCCVC.2',
        text: 'Bổ nhiệm cán bộ lãnh đạo không đúng quy trình.',
        action:
          'Thực hiện lại quy trình bổ nhiệm theo quy định; kiểm điểm trách nhiệm của tập thể, cá nhân có liên quan.',
      },
    ],
  },
  TCC: {
    STRENGTH: [
      {
        criterion: 'TCC.1',
        text: 'Thực hiện tốt cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính.',
      },
      {
        criterion: 'TCC.3',
        text: 'Ban hành quy chế chi tiêu nội bộ và quy chế quản lý, sử dụng tài sản công đầy đủ, đúng quy định.',
      },
      { criterion: 'TCC.4', text: 'Công khai dự toán, quyết toán ngân sách đầy đủ, đúng thời hạn.' },
    ],
    LIMITATION: [
      {
        criterion: 'TCC.3',
        text: 'Quy chế chi tiêu nội bộ chưa được sửa đổi, bổ sung kịp thời theo quy định mới.',
        action: 'Sửa đổi, bổ sung quy chế chi tiêu nội bộ phù hợp với quy định hiện hành.',
      },
      {
        criterion: 'TCC.4',
        text: 'Việc công khai tài chính, ngân sách chưa đầy đủ về nội dung và hình thức.',
        action: 'Công khai tài chính, ngân sách đầy đủ nội dung, hình thức và thời hạn theo quy định.',
      },
      {
        criterion: 'TCC.2',
        text: 'Đơn vị sự nghiệp trực thuộc chưa xây dựng phương án tự chủ tài chính theo lộ trình.',
        action: 'Chỉ đạo đơn vị sự nghiệp trực thuộc xây dựng, trình phê duyệt phương án tự chủ tài chính.',
      },
    ],
    VIOLATION: [
      {
        criterion: 'TCC.3',
        text: 'Chi sai nội dung, vượt định mức quy định trong quy chế chi tiêu nội bộ.',
        action: 'Thu hồi các khoản chi sai; kiểm điểm trách nhiệm và chấn chỉnh công tác quản lý tài chính.',
      },
      {
        criterion: 'TCC.4',
        text: 'Không công khai quyết toán ngân sách năm theo quy định.',
        action: 'Công khai ngay quyết toán ngân sách năm; báo cáo kết quả về Đoàn kiểm tra.',
      },
    ],
  },
  HDH: {
    STRENGTH: [
      {
        criterion: 'HDH.1',
        text: 'Quan tâm ứng dụng công nghệ thông tin trong quản lý, điều hành; văn bản được gửi, nhận qua môi trường điện tử.',
      },
      { criterion: 'HDH.3', text: 'Tỷ lệ hồ sơ trực tuyến toàn trình tăng so với năm trước.' },
      {
        criterion: 'HDH.5',
        text: 'Áp dụng và duy trì Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001 đúng quy định.',
      },
    ],
    LIMITATION: [
      {
        criterion: 'HDH.2',
        text: 'Trang Thông tin điện tử chưa cập nhật thường xuyên các thông tin được người dân, doanh nghiệp quan tâm.',
        action:
          'Phân công bộ phận thường xuyên cập nhật Trang Thông tin điện tử, nhất là thông tin về chế độ chính sách.',
      },
      {
        criterion: 'HDH.3',
        text: 'Số lượng hồ sơ trực tuyến và qua dịch vụ bưu chính công ích còn thấp so với tổng số hồ sơ tiếp nhận.',
        action:
          'Đẩy mạnh tuyên truyền, hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến và qua dịch vụ bưu chính công ích.',
      },
      {
        criterion: 'HDH.5',
        text: 'Chưa cập nhật Hệ thống quản lý chất lượng TCVN ISO 9001 khi có TTHC mới.',
        action: 'Cập nhật Hệ thống quản lý chất lượng TCVN ISO 9001 theo các TTHC mới được công bố.',
      },
    ],
    VIOLATION: [
      {
        criterion: 'HDH.1',
        text: 'Sử dụng hộp thư điện tử cá nhân ngoài hệ thống công vụ để gửi, nhận văn bản.',
        action:
          'Chấm dứt việc dùng hộp thư điện tử ngoài hệ thống công vụ; gửi, nhận văn bản qua hệ thống quản lý văn bản.',
      },
      {
        criterion: 'HDH.4',
        text: 'Không tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích theo quy định.',
        action:
          'Triển khai tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích; hướng dẫn tổ chức, cá nhân sử dụng dịch vụ.',
      },
    ],
  },
};

import { writeAudit } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource, EntityManager } from 'typeorm';
import { v4 as uuid } from 'uuid';
import { copyCatalog } from '../application/catalog.service.js';
import type { Figures } from '../application/figures.js';
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
import { ContentAreaEntity, CriteriaCatalogEntity, CriterionEntity } from '../domain/catalog.entity.js';
import { type EvidenceReading, usualReadingPeriod } from '../domain/evidence.js';
import { ActionReportEntity, CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { findingStatus } from '../domain/finding-status.js';
import {
  ConclusionEntity,
  InspectionPlanEntity,
  InspectionTargetEntity,
  RecommendationEntity,
  TeamMemberEntity,
  VisitEntity,
} from '../domain/plan.entity.js';
import { insertAssessmentsAndNotices } from './demo-assessments.js';
import {
  type DemoCriterion,
  type DemoFile,
  type DemoPlan,
  readDemoFile,
  type WrittenCatalog,
} from './demo-file.js';

const LOADER = 'demo-loader';

export interface DemoCounts {
  plans: number;
  targets: number;
  findings: number;
  actions: number;
}

/** Unit code → id, each code resolved as of its plan's first day through unit-registry. */
async function resolveUnits(file: DemoFile, units: UnitRegistryClient): Promise<Map<string, string>> {
  const wanted = new Map<string, { code: string; asOf: string }>();
  for (const p of file.plans) {
    const refs = [
      p.leadUnit,
      ...p.team.flatMap((m) => (m.agency ? [m.agency] : [])),
      ...p.targets.map((t) => t.unit),
      ...p.findings.flatMap((f) => f.actions.flatMap((a) => (a.responsibleUnit ? [a.responsibleUnit] : []))),
    ];
    for (const ref of refs) wanted.set(`${ref.code}@${p.periodFrom}`, { code: ref.code, asOf: p.periodFrom });
  }
  const resolved = await Promise.all(
    [...wanted].map(async ([key, ref]) => [key, await units.idByCode(ref.code, ref.asOf)] as const),
  );
  const missing = resolved.filter(([, id]) => !id).map(([key]) => key);
  if (missing.length)
    throw new Error(`Demo data names units the registry does not know: ${missing.join(', ')}`);
  return new Map(resolved as [string, string][]);
}

/** `plan key/finding key` → the finding's evidence reading. */
type DemoReadings = Map<string, EvidenceReading>;

/**
 * The snapshots of the findings that name an indicator, asked of metrics as recordFinding does (the same
 * `indicatorReadings`, the same twelve months before the target's visit), all in one request.
 */
async function takeReadings(
  file: DemoFile,
  unitIdOf: (code: string, plan: DemoPlan) => string,
  figures: Figures,
): Promise<DemoReadings> {
  const asked = file.plans.flatMap((p) =>
    p.findings.flatMap((f) => {
      if (!f.reading) return [];
      const target = p.targets.find((t) => t.key === f.targetKey);
      if (!target) throw new Error(`Demo finding ${f.key}: unknown target`);
      const period = usualReadingPeriod(target.visit?.actualDate, p.periodFrom);
      const request = {
        unitId: unitIdOf(target.unit.code, p),
        indicatorCode: f.reading.indicatorCode,
        ...period,
      };
      return [{ key: `${p.key}/${f.key}`, request }];
    }),
  );
  const readings = await figures.readings(asked.map((a) => a.request));
  const takenAt = new Date().toISOString();
  return new Map(asked.map((a, i) => [a.key, { ...readings[i]!, takenAt }]));
}

/** Catalog year → id: the written catalogs, then the copies of earlier years'. */
async function insertCatalogs(db: EntityManager, file: DemoFile): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  for (const c of file.catalogs) if ('areas' in c) ids.set(c.year, await insertCatalog(db, c));
  for (const c of file.catalogs)
    if ('copyOf' in c) ids.set(c.year, (await copyCatalog(db, c.copyOf, c.year)).copy.id);
  return ids;
}

/** A criterion of the file (or one of its sub-criteria) as the `position`-th of its area, under `parentId`. */
const criterionRow = (
  area: ContentAreaEntity,
  parentId: string | null,
  c: Omit<DemoCriterion, 'subCriteria'>,
  position: number,
): CriterionEntity => ({
  id: uuid(),
  catalogId: area.catalogId,
  areaId: area.id,
  parentId,
  code: c.code,
  position,
  nameVi: c.nameVi,
  nameEn: c.nameEn,
  guidance: c.guidance ?? null,
  maxPoints: c.maxPoints,
  indicatorCode: c.indicatorCode ?? null,
  indicatorPoints: c.indicatorPoints ?? null,
});

async function insertCatalog(db: EntityManager, c: WrittenCatalog): Promise<string> {
  const catalog: CriteriaCatalogEntity = {
    id: uuid(),
    year: c.year,
    title: c.title,
    copiedFromId: null,
    classificationThresholds: c.classificationThresholds,
  };
  await db.getRepository(CriteriaCatalogEntity).insert(catalog);
  for (const [areaIndex, a] of c.areas.entries()) {
    const area: ContentAreaEntity = {
      id: uuid(),
      catalogId: catalog.id,
      code: a.code,
      position: areaIndex + 1,
      nameVi: a.nameVi,
      nameEn: a.nameEn,
      guidance: a.guidance ?? null,
    };
    await db.getRepository(ContentAreaEntity).insert(area);
    for (const [index, cr] of a.criteria.entries()) {
      const parent = criterionRow(area, null, cr, index + 1);
      await db.getRepository(CriterionEntity).insert(parent);
      await db
        .getRepository(CriterionEntity)
        .insert((cr.subCriteria ?? []).map((s, subIndex) => criterionRow(area, parent.id, s, subIndex + 1)));
    }
  }
  return catalog.id;
}

async function insertPlan(
  db: EntityManager,
  p: DemoPlan,
  catalogId: string,
  unitId: (code: string) => string,
  readings: DemoReadings,
): Promise<DemoCounts> {
  const plan = newPlan({ ...p, leadUnitId: unitId(p.leadUnit.code) }, catalogId, p.status);
  await db.getRepository(InspectionPlanEntity).insert(plan);
  await db
    .getRepository(TeamMemberEntity)
    .insert(
      p.team.map((m) =>
        newTeamMember(plan.id, { ...m, agencyUnitId: m.agency ? unitId(m.agency.code) : null }),
      ),
    );
  const targets = new Map<string, InspectionTargetEntity>();
  for (const t of p.targets) {
    targets.set(t.key, newTarget(plan.id, { ...t, unitId: unitId(t.unit.code), parentTargetId: null }));
  }
  for (const t of p.targets) {
    const parent = t.parentKey ? targets.get(t.parentKey) : undefined;
    if (t.parentKey && !parent) throw new Error(`Demo target ${t.key}: no target ${t.parentKey}`);
    targets.get(t.key)!.parentTargetId = parent?.id ?? null;
  }
  // Parents first, for the self-reference.
  const ordered = [...targets.values()].sort(
    (a, b) => Number(a.parentTargetId !== null) - Number(b.parentTargetId !== null),
  );
  await db.getRepository(InspectionTargetEntity).insert(ordered);
  await db
    .getRepository(VisitEntity)
    .insert(p.targets.flatMap((t) => (t.visit ? [visitRow(targets.get(t.key)!.id, t.visit, 1)] : [])));
  const areas = new Map(
    (await db.getRepository(ContentAreaEntity).findBy({ catalogId })).map((a) => [a.code, a.id]),
  );
  const criteria = new Map(
    (await db.getRepository(CriterionEntity).findBy({ catalogId })).map((c) => [c.code, c.id]),
  );
  let actions = 0;
  for (const f of p.findings) {
    const target = targets.get(f.targetKey);
    const areaId = areas.get(f.areaCode);
    const criterionId = f.criterionCode ? criteria.get(f.criterionCode) : null;
    if (!target || !areaId || criterionId === undefined)
      throw new Error(`Demo finding ${f.key}: unknown target, area or criterion`);
    const snapshot = { evidenceReading: readings.get(`${p.key}/${f.key}`) ?? null, clientKey: null };
    const finding = {
      ...newFinding(target, { areaId, criterionId }, f, snapshot),
      // Loaded with its actions as they stand: resolved when they are all verified.
      status: findingStatus(
        f.kind,
        f.actions.map((a) => a.status),
      ),
    };
    await db.getRepository(FindingEntity).insert(finding);
    for (const a of f.actions) {
      const responsibleUnitId = a.responsibleUnit ? unitId(a.responsibleUnit.code) : null;
      const action: CorrectiveActionEntity = {
        ...newAction(finding, { ...a, responsibleUnitId }),
        status: a.status,
        verifiedOn: a.verification?.verifiedOn ?? null,
        verifiedBy: a.verification ? LOADER : null,
        verificationNote: a.verification?.note ?? null,
      };
      await db.getRepository(CorrectiveActionEntity).insert(action);
      await db
        .getRepository(ActionReportEntity)
        .insert(a.reports.map((r) => newReport(action.id, r, LOADER)));
      actions += 1;
    }
  }
  if (p.conclusion) {
    const { conclusion, recommendations } = conclusionRows(plan.id, p.conclusion);
    await db.getRepository(ConclusionEntity).insert(conclusion);
    await db.getRepository(RecommendationEntity).insert(recommendations);
  }
  await insertAssessmentsAndNotices(db, plan, p, targets);
  await writeAudit(db, {
    objectType: 'InspectionPlan',
    objectId: plan.id,
    action: 'IMPORT',
    actor: LOADER,
    changes: { key: [null, p.key] },
  });
  return { plans: 1, targets: targets.size, findings: p.findings.length, actions };
}

/**
 * Loads the demo plans (the 2020 campaign of the seed, the 2021 follow-up, the 2026 draft of the merged An Giang)
 * and their catalogs, in one transaction, when the database holds no plan yet; units are resolved by code
 * through unit-registry on each plan's first day, and the findings' indicator readings are taken from metrics
 * first (outside the transaction, as recordFinding does). Returns null when skipped.
 */
export async function loadDemoInspections(
  dataSource: DataSource,
  units: UnitRegistryClient,
  figures: Figures,
): Promise<DemoCounts | null> {
  if ((await dataSource.getRepository(InspectionPlanEntity).count()) > 0) return null;
  const file = await readDemoFile();
  const ids = await resolveUnits(file, units);
  const unitIdOf = (code: string, p: DemoPlan) => ids.get(`${code}@${p.periodFrom}`)!;
  const readings = await takeReadings(file, unitIdOf, figures);
  return dataSource.transaction(async (db) => {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('inspection:demo'))`);
    if ((await db.getRepository(InspectionPlanEntity).count()) > 0) return null;
    const catalogs = await insertCatalogs(db, file);
    const totals: DemoCounts = { plans: 0, targets: 0, findings: 0, actions: 0 };
    for (const p of file.plans) {
      const catalogId = catalogs.get(p.catalogYear);
      if (!catalogId) throw new Error(`Demo plan ${p.key}: no catalog for ${p.catalogYear}`);
      const counts = await insertPlan(db, p, catalogId, (code) => unitIdOf(code, p), readings);
      for (const key of Object.keys(totals) as (keyof DemoCounts)[]) totals[key] += counts[key];
    }
    return totals;
  });
}

import type { Page } from '@cchc/kit';
import { type Caller, groupBy, notFound } from '@cchc/kit';
import DataLoader from 'dataloader';
import type { CatalogRepository } from '../db/catalog.repository.js';
import type { FindingQuery, FindingRepository } from '../db/finding.repository.js';
import type { PlanRepository } from '../db/plan.repository.js';
import type { CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';

type Id = string;

/** A loader of rows by a unique key (null when there is none). */
function byKey<T>(load: (keys: Id[]) => Promise<T[]>, keyOf: (row: T) => Id) {
  return new DataLoader<Id, T | null>(async (keys) => {
    const rows = new Map((await load([...keys])).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  });
}

/** A loader of rows by their id. */
function byId<T extends { id: Id }>(load: (ids: Id[]) => Promise<T[]>) {
  return byKey(load, (row) => row.id);
}

/** A loader of the rows that belong to each of many parents. */
function byParent<T>(load: (ids: Id[]) => Promise<T[]>, parentOf: (row: T) => Id) {
  return new DataLoader<Id, T[]>(async (ids) => {
    const groups = groupBy(await load([...ids]), parentOf);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** The row a stored reference points at; NOT_FOUND should it be gone. */
export async function loadExisting<T>(loader: DataLoader<Id, T | null>, what: string, id: Id): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw notFound(what, id);
  return row;
}

export interface UnitFindingsKey {
  unitId: Id;
  query: Omit<FindingQuery, 'unitIds'>;
  offset: number;
  limit: number;
}

/** Per-request batching: however many objects a query touches, each kind of lookup is one statement. */
export function createLoaders(
  plans: PlanRepository,
  catalogs: CatalogRepository,
  findings: FindingRepository,
  caller: Caller,
) {
  return {
    plan: byId((ids) => plans.plansByIds(ids)),
    target: byId((ids) => plans.targetsByIds(ids)),
    catalog: byId((ids) => catalogs.catalogsByIds(ids)),
    areasOfCatalog: byParent(
      (ids) => catalogs.areasOfCatalogs(ids),
      (a) => a.catalogId,
    ),
    criteriaOfArea: byParent(
      (ids) => catalogs.criteriaOfAreas(ids),
      (c) => c.areaId,
    ),
    area: byId((ids) => catalogs.areasByIds(ids)),
    criterion: byId((ids) => catalogs.criteriaByIds(ids)),
    finding: byId((ids) => findings.findingsByIds(ids)),
    teamOfPlan: byParent(
      (ids) => plans.teamsOfPlans(ids),
      (m) => m.planId,
    ),
    targetsOfPlan: byParent(
      (ids) => plans.targetsOfPlans(ids),
      (t) => t.planId,
    ),
    targetsOfUnit: byParent(
      (ids) => plans.targetsOfUnits(ids),
      (t) => t.unitId,
    ),
    visit: byKey(
      (ids) => plans.visitsOfTargets(ids),
      (v) => v.targetId,
    ),
    conclusion: byKey(
      (ids) => plans.conclusionsOfPlans(ids),
      (c) => c.planId,
    ),
    recommendationsOfPlan: byParent(
      (ids) => plans.recommendationsOfPlans(ids),
      (r) => r.planId,
    ),
    findingsOfTarget: byParent(
      (ids) => findings.findingsOfTargets(ids),
      (f) => f.targetId,
    ),
    actionsOfFinding: byParent<CorrectiveActionEntity>(
      (ids) => findings.actionsOfFindings(ids),
      (a) => a.findingId,
    ),
    openActionsOfUnit: byParent<CorrectiveActionEntity>(
      async (ids) => findings.openActionsOfUnits(ids, await caller.unitScope()),
      (a) => a.responsibleUnitId,
    ),
    reportsOfAction: byParent(
      (ids) => findings.reportsOfActions(ids),
      (r) => r.actionId,
    ),
    /** One statement per distinct filter, for all the units asked with it. */
    findingsOfUnit: new DataLoader<UnitFindingsKey, Page<FindingEntity>, string>(
      async (keys) => {
        const results = new Map<string, Page<FindingEntity>>();
        for (const group of groupBy([...keys], (k) =>
          JSON.stringify([k.query, k.offset, k.limit]),
        ).values()) {
          const { query, offset, limit } = group[0]!;
          const pages = await findings.findPerUnit(
            group.map((k) => k.unitId),
            query,
            offset,
            limit,
          );
          for (const [unitId, page] of pages)
            results.set(JSON.stringify([unitId, query, offset, limit]), page);
        }
        return keys.map((k) => results.get(JSON.stringify([k.unitId, k.query, k.offset, k.limit]))!);
      },
      { cacheKeyFn: (k) => JSON.stringify([k.unitId, k.query, k.offset, k.limit]) },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

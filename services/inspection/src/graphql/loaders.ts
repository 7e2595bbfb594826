import type { Page } from '@cchc/kit';
import { groupBy } from '@cchc/kit';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { FindingQuery, FindingRepository } from '../db/finding.repository.js';
import { ContentAreaEntity, CriteriaCatalogEntity, CriterionEntity } from '../domain/catalog.entity.js';
import { TEAM_ROLE_ORDER } from '../domain/enums.js';
import { ActionReportEntity, type CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import {
  ConclusionEntity,
  InspectionPlanEntity,
  InspectionTargetEntity,
  RecommendationEntity,
  TeamMemberEntity,
  VisitEntity,
} from '../domain/plan.entity.js';

type Id = string;

/** A loader of rows by their id. */
function byId<T extends { id: Id }>(load: (ids: Id[]) => Promise<T[]>) {
  return new DataLoader<Id, T | null>(async (ids) => {
    const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** A loader of the rows that belong to each of many parents. */
function byParent<T>(load: (ids: Id[]) => Promise<T[]>, parentOf: (row: T) => Id) {
  return new DataLoader<Id, T[]>(async (ids) => {
    const groups = groupBy(await load([...ids]), parentOf);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export interface UnitFindingsKey {
  unitId: Id;
  query: Omit<FindingQuery, 'unitIds'>;
  offset: number;
  limit: number;
}

/** Per-request batching: however many objects a query touches, each kind of lookup is one statement. */
export function createLoaders(
  dataSource: DataSource,
  findings: FindingRepository,
  scope: () => Promise<string[] | undefined>,
) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    plan: byId((ids) => repo(InspectionPlanEntity).findBy({ id: In(ids) })),
    target: byId((ids) => repo(InspectionTargetEntity).findBy({ id: In(ids) })),
    catalog: byId((ids) => repo(CriteriaCatalogEntity).findBy({ id: In(ids) })),
    areasOfCatalog: byParent(
      (ids) => repo(ContentAreaEntity).find({ where: { catalogId: In(ids) }, order: { position: 'ASC' } }),
      (a) => a.catalogId,
    ),
    criteriaOfArea: byParent(
      (ids) =>
        repo(CriterionEntity).find({ where: { areaId: In(ids) }, order: { position: 'ASC', code: 'ASC' } }),
      (c) => c.areaId,
    ),
    area: byId((ids) => repo(ContentAreaEntity).findBy({ id: In(ids) })),
    criterion: byId((ids) => repo(CriterionEntity).findBy({ id: In(ids) })),
    finding: byId((ids) => repo(FindingEntity).findBy({ id: In(ids) })),
    teamOfPlan: byParent(
      (ids) =>
        repo(TeamMemberEntity)
          .find({ where: { planId: In(ids) }, order: { fullName: 'ASC' } })
          .then((team) =>
            team.sort((a, b) => TEAM_ROLE_ORDER.indexOf(a.role) - TEAM_ROLE_ORDER.indexOf(b.role)),
          ),
      (m) => m.planId,
    ),
    targetsOfPlan: byParent(
      (ids) =>
        repo(InspectionTargetEntity).find({
          where: { planId: In(ids) },
          order: { plannedDate: 'ASC', id: 'ASC' },
        }),
      (t) => t.planId,
    ),
    targetsOfUnit: byParent(
      (ids) => repo(InspectionTargetEntity).findBy({ unitId: In(ids) }),
      (t) => t.unitId,
    ),
    visit: new DataLoader<Id, VisitEntity | null>(async (ids) => {
      const rows = new Map(
        (await repo(VisitEntity).findBy({ targetId: In([...ids]) })).map((v) => [v.targetId, v]),
      );
      return ids.map((id) => rows.get(id) ?? null);
    }),
    conclusion: new DataLoader<Id, ConclusionEntity | null>(async (ids) => {
      const rows = new Map(
        (await repo(ConclusionEntity).findBy({ planId: In([...ids]) })).map((c) => [c.planId, c]),
      );
      return ids.map((id) => rows.get(id) ?? null);
    }),
    recommendationsOfPlan: byParent(
      (ids) => repo(RecommendationEntity).find({ where: { planId: In(ids) }, order: { position: 'ASC' } }),
      (r) => r.planId,
    ),
    findingsOfTarget: byParent(
      (ids) =>
        repo(FindingEntity).find({ where: { targetId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (f) => f.targetId,
    ),
    actionsOfFinding: byParent<CorrectiveActionEntity>(
      (ids) => findings.actionsOfFindings(ids),
      (a) => a.findingId,
    ),
    pendingActionsOfUnit: byParent<CorrectiveActionEntity>(
      async (ids) => findings.pendingActionsOfUnits(ids, await scope()),
      (a) => a.responsibleUnitId,
    ),
    reportsOfAction: byParent(
      (ids) =>
        repo(ActionReportEntity).find({
          where: { actionId: In(ids) },
          order: { reportedOn: 'ASC', id: 'ASC' },
        }),
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

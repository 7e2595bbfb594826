import { groupBy, type Page } from '@cchc/kit';
import DataLoader from 'dataloader';
import type { UnitRepository } from '../db/unit.repository.js';
import type { LineageLinkEntity } from '../domain/lineage-link.entity.js';
import type { UnitEntity } from '../domain/unit.entity.js';

/** Per-request batching: however many units a query touches, each kind of lookup is one statement. */
export function createLoaders(repository: UnitRepository) {
  return {
    unit: new DataLoader<string, UnitEntity | null>(async (ids) => {
      const byId = new Map((await repository.byIds(ids)).map((unit) => [unit.id, unit]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Keyed by `${parentId}|${asOf}`; one statement per distinct asOf in the request. */
    children: new DataLoader<string, UnitEntity[]>(async (keys) => {
      const requests = keys.map((key) => {
        const [parentId = '', asOf = ''] = key.split('|');
        return { parentId, asOf };
      });
      const results = new Map<string, UnitEntity[]>();
      for (const [asOf, group] of groupBy(requests, (r) => r.asOf)) {
        const children = await repository.childrenOf(
          group.map((r) => r.parentId),
          asOf || undefined,
        );
        for (const [parentId, rows] of groupBy(children, (c) => c.parentId ?? '')) {
          results.set(`${parentId}|${asOf}`, rows);
        }
      }
      return keys.map((key) => results.get(key) ?? []);
    }),
    /** Keyed by `${rootId}|${asOf}|${limit}`: the first page of each root's descendants, one batch per asOf and size. */
    firstDescendants: new DataLoader<string, Page<UnitEntity>>(async (keys) => {
      const requests = keys.map((key) => {
        const [root = '', asOf = '', limit = '0'] = key.split('|');
        return { root, asOf, limit: Number(limit) };
      });
      const results = new Map<string, Page<UnitEntity>>();
      for (const [group, batch] of groupBy(requests, (r) => `${r.asOf}|${r.limit}`)) {
        const [asOf = '', limit = '0'] = group.split('|');
        const pages = await repository.firstDescendantsOf(
          batch.map((r) => r.root),
          asOf || undefined,
          Number(limit),
        );
        for (const [root, page] of pages) results.set(`${root}|${group}`, page);
      }
      return keys.map((key) => results.get(key) ?? { nodes: [], offset: 0, totalCount: 0 });
    }),
    predecessorLinks: new DataLoader<string, LineageLinkEntity[]>(async (ids) => {
      const links = groupBy(await repository.linksBySuccessor(ids), (l) => l.successorId);
      return ids.map((id) => links.get(id) ?? []);
    }),
    successorLinks: new DataLoader<string, LineageLinkEntity[]>(async (ids) => {
      const links = groupBy(await repository.linksByPredecessor(ids), (l) => l.predecessorId);
      return ids.map((id) => links.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import { type EntityManager, In } from 'typeorm';
import { ContentAreaEntity, CriteriaCatalogEntity, CriterionEntity } from '../domain/catalog.entity.js';

/** Reads of criteria catalogs, their content areas and criteria, many at a time (for the loaders). */
export class CatalogRepository {
  constructor(private readonly db: EntityManager) {}

  catalogsByIds(ids: readonly string[]): Promise<CriteriaCatalogEntity[]> {
    return this.db.getRepository(CriteriaCatalogEntity).findBy({ id: In([...ids]) });
  }

  areasByIds(ids: readonly string[]): Promise<ContentAreaEntity[]> {
    return this.db.getRepository(ContentAreaEntity).findBy({ id: In([...ids]) });
  }

  criteriaByIds(ids: readonly string[]): Promise<CriterionEntity[]> {
    return this.db.getRepository(CriterionEntity).findBy({ id: In([...ids]) });
  }

  /** In their catalog's order. */
  areasOfCatalogs(catalogIds: readonly string[]): Promise<ContentAreaEntity[]> {
    return this.db
      .getRepository(ContentAreaEntity)
      .find({ where: { catalogId: In([...catalogIds]) }, order: { position: 'ASC' } });
  }

  /** In their area's order, sub-criteria among them. */
  criteriaOfAreas(areaIds: readonly string[]): Promise<CriterionEntity[]> {
    return this.db
      .getRepository(CriterionEntity)
      .find({ where: { areaId: In([...areaIds]) }, order: { position: 'ASC', code: 'ASC' } });
  }
}

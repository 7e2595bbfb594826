import { auditedTransaction, badInput, optionalText, requiredText } from '@cchc/kit';
import { type DataSource, type EntityManager, In, Not } from 'typeorm';
import { v4 as uuid } from 'uuid';
import { indicatorPointsOf, type StatedShares } from '../domain/assessment-prefill.js';
import { ContentAreaEntity, CriteriaCatalogEntity, CriterionEntity } from '../domain/catalog.entity.js';
import { PlanStatus } from '../domain/enums.js';
import { InspectionPlanEntity } from '../domain/plan.entity.js';
import type { Figures } from './figures.js';

export interface CriterionFields {
  areaCode: string;
  code: string;
  parentCode?: string | null;
  nameVi: string;
  nameEn: string;
  guidance?: string | null;
  /** Điểm tối đa; kept as it was (0 for a new criterion) when absent. */
  maxPoints?: number | null;
  /** The indicator that proposes its points: kept when absent, removed when null. */
  indicatorCode?: string | null;
  /** The share of maxPoints each status of that indicator proposes: kept when absent, the usual when null. */
  indicatorPoints?: StatedShares | null;
}

/** Copies a year's areas and criteria into a new catalog for another year, inside the caller's transaction. */
export async function copyCatalog(
  db: EntityManager,
  fromYear: number,
  toYear: number,
  /** The new rows' ids, by what each is (`catalog`, `area|TTHC`, `criterion|TTHC.3`): random unless given. */
  newId: (key: string) => string = () => uuid(),
): Promise<{ copy: CriteriaCatalogEntity; areas: number; criteria: number }> {
  const catalogs = db.getRepository(CriteriaCatalogEntity);
  const source = await catalogs.findOneBy({ year: fromYear });
  if (!source) throw badInput('fromYear', `There is no criteria catalog for ${fromYear}`);
  if (await catalogs.existsBy({ year: toYear }))
    throw badInput('toYear', `${toYear} already has a criteria catalog`);
  const copy: CriteriaCatalogEntity = {
    id: newId('catalog'),
    year: toYear,
    title: source.title.replace(String(fromYear), String(toYear)),
    copiedFromId: source.id,
    classificationThresholds: source.classificationThresholds,
  };
  await catalogs.insert(copy);
  const areaIds = new Map<string, string>();
  const areas = await db.getRepository(ContentAreaEntity).findBy({ catalogId: source.id });
  for (const area of areas) areaIds.set(area.id, newId(`area|${area.code}`));
  await db
    .getRepository(ContentAreaEntity)
    .insert(areas.map((a) => ({ ...a, id: areaIds.get(a.id)!, catalogId: copy.id })));
  const criteria = await db
    .getRepository(CriterionEntity)
    .find({ where: { catalogId: source.id }, order: { code: 'ASC' } });
  const criterionIds = new Map(criteria.map((c) => [c.id, newId(`criterion|${c.code}`)]));
  // Parents before their sub-criteria: codes sort "TTHC.3" before "TTHC.3.1".
  for (const c of criteria) {
    await db.getRepository(CriterionEntity).insert({
      ...c,
      id: criterionIds.get(c.id)!,
      catalogId: copy.id,
      areaId: areaIds.get(c.areaId)!,
      parentId: c.parentId ? criterionIds.get(c.parentId)! : null,
    });
  }
  return { copy, areas: areas.length, criteria: criteria.length };
}

/** Yearly criteria catalogs: copied forward, then edited while no running plan uses them. */
export class CatalogService {
  constructor(private readonly dataSource: DataSource) {}

  byYear(year: number): Promise<CriteriaCatalogEntity | null> {
    return this.dataSource.getRepository(CriteriaCatalogEntity).findOneBy({ year });
  }

  /** Copies a year's areas and criteria into a new catalog for another year. */
  copy(fromYear: number, toYear: number, actor: string): Promise<CriteriaCatalogEntity> {
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const { copy, areas, criteria } = await copyCatalog(db, fromYear, toYear);
      await audit('CriteriaCatalog', copy.id, 'COPY', null, { ...copy, areas, criteria });
      return copy;
    });
  }

  /**
   * Adds or edits a criterion of a year's catalog, unless a plan past DRAFT already uses that catalog; an indicator
   * it names must be one of metrics' catalogue (asked first).
   */
  async saveCriterion(
    year: number,
    fields: CriterionFields,
    actor: string,
    figures: Figures,
  ): Promise<CriterionEntity> {
    if (fields.indicatorCode && !(await figures.indicatorCodes()).includes(fields.indicatorCode))
      throw badInput('indicatorCode', `Unknown indicator ${fields.indicatorCode}; see indicatorCatalog`);
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const catalog = await db.getRepository(CriteriaCatalogEntity).findOneBy({ year });
      if (!catalog) throw badInput('year', `There is no criteria catalog for ${year}`);
      const inUse = await db
        .getRepository(InspectionPlanEntity)
        .existsBy({ catalogId: catalog.id, status: Not(In([PlanStatus.DRAFT])) });
      if (inUse) throw badInput('year', `The ${year} catalog is used by a plan past DRAFT; copy it to edit`);
      const area = await db
        .getRepository(ContentAreaEntity)
        .findOneBy({ catalogId: catalog.id, code: fields.areaCode });
      if (!area) throw badInput('areaCode', `No content area ${fields.areaCode} in the ${year} catalog`);
      const criteria = db.getRepository(CriterionEntity);
      const parent = fields.parentCode
        ? await criteria.findOneBy({ catalogId: catalog.id, code: fields.parentCode })
        : null;
      if (fields.parentCode && (!parent || parent.areaId !== area.id)) {
        throw badInput('parentCode', `No criterion ${fields.parentCode} in area ${fields.areaCode}`);
      }
      const existing = await criteria.findOneBy({ catalogId: catalog.id, code: fields.code });
      const criterion: CriterionEntity = {
        id: existing?.id ?? uuid(),
        catalogId: catalog.id,
        areaId: area.id,
        parentId: parent?.id ?? null,
        code: fields.code,
        position: existing?.position ?? (await criteria.countBy({ areaId: area.id })) + 1,
        nameVi: requiredText('criterion.nameVi', fields.nameVi),
        nameEn: requiredText('criterion.nameEn', fields.nameEn),
        guidance: optionalText(fields.guidance),
        maxPoints: fields.maxPoints ?? existing?.maxPoints ?? 0,
        indicatorCode:
          fields.indicatorCode === undefined ? (existing?.indicatorCode ?? null) : fields.indicatorCode,
        indicatorPoints:
          fields.indicatorPoints === undefined
            ? (existing?.indicatorPoints ?? null)
            : fields.indicatorPoints && indicatorPointsOf(fields.indicatorPoints),
      };
      await criteria.save(criterion);
      await audit('Criterion', criterion.id, existing ? 'UPDATE' : 'CREATE', existing, criterion);
      return criterion;
    });
  }
}

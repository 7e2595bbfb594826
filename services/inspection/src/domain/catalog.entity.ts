import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimal } from './assessment.entity.js';
import type { ClassificationThreshold } from './classification.js';

/** The criteria used in one year's inspections; plans keep the catalog they were made with. */
@Entity({ name: 'criteria_catalogs' })
export class CriteriaCatalogEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('int')
  year!: number;

  @Column('text')
  title!: string;

  @Column('uuid', { name: 'copied_from_id', nullable: true })
  copiedFromId!: string | null;

  /** Xếp loại: the grades and the share of the maximum points each needs. */
  @Column('jsonb', { name: 'classification_thresholds' })
  classificationThresholds!: ClassificationThreshold[];
}

/** What a content area and a criterion both are: an entry of one catalog, in its order, named in both languages. */
abstract class CatalogEntryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'catalog_id' })
  catalogId!: string;

  @Column('text')
  code!: string;

  @Column('int')
  position!: number;

  @Column('text', { name: 'name_vi' })
  nameVi!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('text', { nullable: true })
  guidance!: string | null;
}

/** Lĩnh vực: one of the content areas inspected every time (CDDH, TC, TTHC, TCBM, CBCCVC, TCC, HDH). */
@Entity({ name: 'content_areas' })
export class ContentAreaEntity extends CatalogEntryEntity {}

/** Tiêu chí (or a sub-criterion when it has a parent) within an area. */
@Entity({ name: 'criteria' })
export class CriterionEntity extends CatalogEntryEntity {
  @Column('uuid', { name: 'area_id' })
  areaId!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  /** Điểm tối đa of a criterion without sub-criteria (0 on a parent: its own are summed). */
  @Column('numeric', { name: 'max_points', transformer: decimal })
  maxPoints!: number;

  /** An e-government indicator that measures it: its score is then proposed from the unit's figures. */
  @Column('text', { name: 'indicator_code', nullable: true })
  indicatorCode!: string | null;

  /** The share of maxPoints proposed for each status of that indicator, e.g. { GOOD: 1, WARNING: 0.5, ALERT: 0 }. */
  @Column('jsonb', { name: 'indicator_points', nullable: true })
  indicatorPoints!: Record<string, number> | null;
}

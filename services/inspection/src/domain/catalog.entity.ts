import { Column, Entity, PrimaryColumn } from 'typeorm';

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
}

/** Lĩnh vực: one of the content areas inspected every time (CDDH, TC, TTHC, TCBM, CBCCVC, TCC, HDH). */
@Entity({ name: 'content_areas' })
export class ContentAreaEntity {
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

/** Tiêu chí (or a sub-criterion when it has a parent) within an area. */
@Entity({ name: 'criteria' })
export class CriterionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'catalog_id' })
  catalogId!: string;

  @Column('uuid', { name: 'area_id' })
  areaId!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

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

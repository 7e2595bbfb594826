import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { UnitKind, UnitLevel } from './unit-kind.js';

/**
 * An administrative unit (or a provincial agency) during one validity period. A unit that is
 * reorganised gets a new record; lineage links tie the records together.
 */
@Entity({ name: 'units' })
@Index(['code', 'validFrom'])
export class UnitEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** GSO code for territorial units (reused across reforms), or `<province>-<abbreviation>` for agencies. */
  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text', { name: 'name_en', nullable: true })
  nameEn!: string | null;

  @Column('text', { name: 'full_name_en', nullable: true })
  fullNameEn!: string | null;

  @Column('text')
  kind!: UnitKind;

  @Column('text')
  level!: UnitLevel;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  /** From the root down to the parent: descendants are found with one indexed `@>` test. */
  @Column('uuid', { name: 'ancestor_ids', array: true })
  ancestorIds!: string[];

  /** First day in force; null when it predates the data. */
  @Column('date', { name: 'valid_from', nullable: true })
  validFrom!: string | null;

  /** Last day in force (inclusive); null while in force. */
  @Column('date', { name: 'valid_to', nullable: true })
  validTo!: string | null;

  /** Folded (accent-free, lower-case) name, for ranking exact and prefix matches. */
  @Column('text', { name: 'search_name' })
  searchName!: string;

  /** Folded full name and code, trigram-indexed for search. */
  @Column('text', { name: 'search_text' })
  searchText!: string;
}

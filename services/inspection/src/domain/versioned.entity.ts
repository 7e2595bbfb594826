import { Column, PrimaryColumn } from 'typeorm';

/**
 * The columns of a record edited under a version check (`lockVersioned`: a stale version gets CONFLICT), with when
 * it was created and last changed. Each table still declares them in its own migration.
 */
export abstract class VersionedEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('int')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

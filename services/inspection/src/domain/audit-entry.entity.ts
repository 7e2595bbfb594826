import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row of the audit log, as read back. */
@Entity({ name: 'audit_log' })
export class AuditEntryEntity {
  @PrimaryColumn('bigint')
  id!: string;

  @Column('text', { name: 'object_type' })
  objectType!: string;

  @Column('uuid', { name: 'object_id' })
  objectId!: string;

  @Column('text')
  action!: string;

  @Column('text')
  actor!: string;

  @Column('timestamptz')
  at!: Date;

  @Column('jsonb')
  changes!: Record<string, [unknown, unknown]>;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimal } from './assessment.entity.js';
import type { Classification } from './classification.js';
import type { NoticeAction } from './notice.js';

/**
 * The conclusion notice to one inspected unit, stored as issued: a later change of findings or scores does not
 * rewrite a document already sent (issuing it again, with its version, does).
 */
@Entity({ name: 'conclusion_notices' })
export class ConclusionNoticeEntity {
  @PrimaryColumn('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  /** The target's unit, so that a unit officer's scope is one indexed condition. */
  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('text')
  number!: string;

  @Column('date', { name: 'issued_on' })
  issuedOn!: string;

  @Column('text', { array: true })
  strengths!: string[];

  @Column('text', { array: true })
  limitations!: string[];

  @Column('text', { nullable: true })
  classification!: Classification | null;

  @Column('numeric', { transformer: decimal })
  total!: number;

  @Column('numeric', { name: 'max_total', transformer: decimal })
  maxTotal!: number;

  @Column('jsonb')
  actions!: NoticeAction[];

  @Column('int')
  version!: number;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LineageKind } from './unit-kind.js';

/** One step of lineage: how a predecessor unit (wholly or partly) became a successor. */
@Entity({ name: 'unit_lineage' })
export class LineageLinkEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'predecessor_id' })
  predecessorId!: string;

  @Column('uuid', { name: 'successor_id' })
  successorId!: string;

  @Column('text')
  kind!: LineageKind;

  /** True when only part of the predecessor's area went to the successor. */
  @Column('boolean')
  partial!: boolean;

  @Column('date', { name: 'effective_date' })
  effectiveDate!: string;

  /** The legal act that made the change, when known (e.g. "Nghị quyết số 202/2025/QH15"). */
  @Column('text', { name: 'legal_act', nullable: true })
  legalAct!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;
}

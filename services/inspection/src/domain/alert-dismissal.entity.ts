import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The team's decision that an indicator past its threshold needs no finding at a target, and why. */
@Entity({ name: 'alert_dismissals' })
export class AlertDismissalEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'indicator_code' })
  indicatorCode!: string;

  @Column('text')
  reason!: string;

  @Column('text', { name: 'dismissed_by' })
  dismissedBy!: string;

  @Column('timestamptz', { name: 'dismissed_at' })
  dismissedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** numeric columns come back from pg as strings. */
export const decimal = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** The assessment (chấm điểm) of one inspected target: its version guards concurrent scoring. */
@Entity({ name: 'assessments' })
export class AssessmentEntity {
  @PrimaryColumn('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('int')
  version!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** The points a team gave a target on one criterion, with its comment. */
@Entity({ name: 'criterion_scores' })
export class CriterionScoreEntity {
  @PrimaryColumn('uuid', { name: 'target_id' })
  targetId!: string;

  @PrimaryColumn('uuid', { name: 'criterion_id' })
  criterionId!: string;

  @Column('numeric', { transformer: decimal })
  points!: number;

  @Column('text', { nullable: true })
  comment!: string | null;

  /** Proposed from the unit's indicators, not (yet) confirmed by the team. */
  @Column('boolean')
  prefilled!: boolean;
}

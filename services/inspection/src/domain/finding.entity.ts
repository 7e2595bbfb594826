import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ActionStatus, FindingKind, FindingStatus, Severity } from './enums.js';
import type { EvidenceReading } from './evidence.js';
import { VersionedEntity } from './versioned.entity.js';

/** A fact the team observed and typed in (12 late dossiers, 0 apology letters…), optionally an indicator code. */
export interface EvidenceFigure {
  label: string;
  value: number;
  unit: string | null;
  indicatorCode: string | null;
}

/** What inspectors found at a target, in one area (and criterion). */
@Entity({ name: 'findings' })
export class FindingEntity extends VersionedEntity {
  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  /** The target's unit, kept on the finding so that per-unit questions are one indexed lookup. */
  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('uuid', { name: 'area_id' })
  areaId!: string;

  @Column('uuid', { name: 'criterion_id', nullable: true })
  criterionId!: string | null;

  @Column('text')
  kind!: FindingKind;

  @Column('text')
  severity!: Severity;

  @Column('text')
  text!: string;

  /** Stated generally in the source and applied to this unit as plausible. */
  @Column('boolean')
  general!: boolean;

  @Column('jsonb')
  evidence!: EvidenceFigure[];

  /** The indicator the finding rests on, as the figures stood when it was written (or its reading revised). */
  @Column('jsonb', { name: 'evidence_reading', nullable: true })
  evidenceReading!: EvidenceReading | null;

  @Column('text')
  status!: FindingStatus;

  /** The browser's key for a finding it sent, unique: a finding sent again is written once. */
  @Column('text', { name: 'client_key', nullable: true })
  clientKey!: string | null;

  /** Its text and criterion code folded for search (`findingSearchText`), rewritten with them. */
  @Column('text', { name: 'search_text' })
  searchText!: string;
}

/** A corrective action a unit must carry out because of a finding, and report on. */
@Entity({ name: 'corrective_actions' })
export class CorrectiveActionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'finding_id' })
  findingId!: string;

  @Column('uuid', { name: 'responsible_unit_id' })
  responsibleUnitId!: string;

  @Column('text', { name: 'required_action' })
  requiredAction!: string;

  @Column('date')
  deadline!: string;

  /** As stored: OPEN, REPORTED or VERIFIED (OVERDUE is derived). */
  @Column('text')
  status!: ActionStatus;

  @Column('date', { name: 'verified_on', nullable: true })
  verifiedOn!: string | null;

  @Column('text', { name: 'verified_by', nullable: true })
  verifiedBy!: string | null;

  @Column('text', { name: 'verification_note', nullable: true })
  verificationNote!: string | null;

  @Column('int')
  version!: number;
}

export interface AttachmentMetadata {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/** A progress report written by the responsible unit on one corrective action. */
@Entity({ name: 'action_reports' })
export class ActionReportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('date', { name: 'reported_on' })
  reportedOn!: string;

  @Column('text')
  text!: string;

  @Column('jsonb')
  attachments!: AttachmentMetadata[];

  @Column('text')
  author!: string;
}

import { optionalText, requiredText } from '@cchc/kit';
import { v4 as uuid } from 'uuid';
import type { CriterionScoreEntity } from '../domain/assessment.entity.js';
import { ActionStatus, PlanStatus } from '../domain/enums.js';
import type { EvidenceReading } from '../domain/evidence.js';
import type { ActionReportEntity, CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { findingSearchText } from '../domain/finding-search.js';
import { findingStatus } from '../domain/finding-status.js';
import type {
  ConclusionEntity,
  InspectionPlanEntity,
  InspectionTargetEntity,
  RecommendationEntity,
  TeamMemberEntity,
  VisitEntity,
} from '../domain/plan.entity.js';
import type { ScoreFields } from './assessment.service.js';
import type {
  ActionFields,
  ConclusionFields,
  FindingFields,
  PlanFields,
  ReportFields,
  TargetFields,
  TeamMemberFields,
  VisitFields,
} from './inputs.js';

/*
 * What a new row of each kind holds, from what a write (or the demo file) gives: the services and the demo
 * loader build their rows here, so both write the same shapes. Texts are kept trimmed; a required one left blank
 * is BAD_USER_INPUT naming its path in the request (its length is bounded by the GraphQL input).
 */

/** The columns a plan's own fields fill, on creation and on every edit. */
export function planColumns(fields: PlanFields, catalogId: string) {
  return {
    year: fields.year,
    title: requiredText('input.title', fields.title),
    decisionNumber: optionalText(fields.decisionNumber),
    decisionDate: fields.decisionDate ?? null,
    periodFrom: fields.periodFrom,
    periodTo: fields.periodTo,
    leadUnitId: fields.leadUnitId,
    scope: optionalText(fields.scope),
    catalogId,
  };
}

/** A new plan: in DRAFT, unless the demo loads one further on. */
export function newPlan(
  fields: PlanFields,
  catalogId: string,
  status = PlanStatus.DRAFT,
): InspectionPlanEntity {
  const now = new Date();
  return {
    id: uuid(),
    ...planColumns(fields, catalogId),
    status,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export function newTeamMember(planId: string, member: TeamMemberFields): TeamMemberEntity {
  return {
    id: uuid(),
    planId,
    fullName: requiredText('member.fullName', member.fullName),
    role: member.role,
    agencyUnitId: member.agencyUnitId ?? null,
    agencyName: optionalText(member.agencyName),
    position: optionalText(member.position),
    username: member.username ?? null,
  };
}

export function newTarget(planId: string, target: TargetFields): InspectionTargetEntity {
  return {
    id: uuid(),
    planId,
    unitId: target.unitId,
    plannedDate: target.plannedDate ?? null,
    parentTargetId: target.parentTargetId ?? null,
    illustrative: target.illustrative ?? false,
  };
}

export function visitRow(targetId: string, fields: VisitFields, version: number): VisitEntity {
  return {
    targetId,
    actualDate: fields.actualDate ?? null,
    attendees: fields.attendees.map((name, i) => requiredText(`visit.attendees.${i}`, name)),
    minutes: optionalText(fields.minutes),
    status: fields.status,
    version,
  };
}

/** Where a finding sits in its plan's catalog. */
export interface FindingPlace {
  areaId: string;
  criterionId: string | null;
}

/**
 * What a finding's text and typed-in figures are kept as, on recording and on every edit: its search text
 * follows its text; `evidence` is undefined when none was sent.
 */
export function findingContent(fields: Pick<FindingFields, 'text' | 'evidence' | 'criterionCode'>) {
  const text = requiredText('finding.text', fields.text);
  return {
    text,
    searchText: findingSearchText(text, fields.criterionCode),
    evidence: fields.evidence?.map((figure, i) => ({
      ...figure,
      label: requiredText(`finding.evidence.${i}.label`, figure.label),
    })),
  };
}

/** A new finding on a target, without corrective actions yet (its status says so). */
export function newFinding(
  target: InspectionTargetEntity,
  place: FindingPlace,
  fields: Pick<FindingFields, 'kind' | 'severity' | 'text' | 'general' | 'evidence' | 'criterionCode'>,
  snapshot: { evidenceReading: EvidenceReading | null; clientKey: string | null },
): FindingEntity {
  const now = new Date();
  const { text, searchText, evidence } = findingContent(fields);
  return {
    id: uuid(),
    planId: target.planId,
    targetId: target.id,
    unitId: target.unitId,
    ...place,
    kind: fields.kind,
    severity: fields.severity,
    text,
    general: fields.general ?? false,
    evidence: evidence ?? [],
    ...snapshot,
    status: findingStatus(fields.kind, []),
    searchText,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** A new OPEN corrective action; the finding's unit is responsible unless another is named. */
export function newAction(
  finding: Pick<FindingEntity, 'id' | 'unitId'>,
  fields: ActionFields,
): CorrectiveActionEntity {
  return {
    id: uuid(),
    findingId: finding.id,
    responsibleUnitId: fields.responsibleUnitId ?? finding.unitId,
    requiredAction: requiredText('action.requiredAction', fields.requiredAction),
    deadline: fields.deadline,
    status: ActionStatus.OPEN,
    verifiedOn: null,
    verifiedBy: null,
    verificationNote: null,
    version: 1,
  };
}

export function newReport(actionId: string, fields: ReportFields, author: string): ActionReportEntity {
  return {
    id: uuid(),
    actionId,
    reportedOn: fields.reportedOn,
    text: requiredText('report.text', fields.text),
    attachments: (fields.attachments ?? []).map((attachment, i) => ({
      ...attachment,
      fileName: requiredText(`report.attachments.${i}.fileName`, attachment.fileName),
    })),
    author,
  };
}

/** The team's points for one criterion of a target. */
export function scoreRow(targetId: string, score: ScoreFields): CriterionScoreEntity {
  return {
    targetId,
    criterionId: score.criterionId,
    points: score.points,
    comment: optionalText(score.comment),
    prefilled: false,
  };
}

/** A plan's conclusion and its recommendations, in the order given. */
export function conclusionRows(
  planId: string,
  fields: ConclusionFields,
): { conclusion: ConclusionEntity; recommendations: RecommendationEntity[] } {
  return {
    conclusion: {
      planId,
      number: optionalText(fields.number),
      issuedOn: fields.issuedOn ?? null,
      summary: requiredText('conclusion.summary', fields.summary),
    },
    recommendations: fields.recommendations.map((r, position) => ({
      id: uuid(),
      planId,
      position,
      addressee: r.addressee,
      text: requiredText(`conclusion.recommendations.${position}.text`, r.text),
    })),
  };
}

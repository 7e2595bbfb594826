import { AlertDismissalEntity } from '../domain/alert-dismissal.entity.js';
import { AssessmentEntity, CriterionScoreEntity } from '../domain/assessment.entity.js';
import { AuditEntryEntity } from '../domain/audit-entry.entity.js';
import { ContentAreaEntity, CriteriaCatalogEntity, CriterionEntity } from '../domain/catalog.entity.js';
import { ActionReportEntity, CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { ConclusionNoticeEntity } from '../domain/notice.entity.js';
import {
  ConclusionEntity,
  InspectionPlanEntity,
  InspectionTargetEntity,
  RecommendationEntity,
  TeamMemberEntity,
  VisitEntity,
} from '../domain/plan.entity.js';
import { CreateInspection1764100000000 } from './migrations/1764100000000-create-inspection.js';
import { TeamMemberUsername1764300000001 } from './migrations/1764300000001-team-member-username.js';
import { AssessmentsAndNotices1764500000100 } from './migrations/1764500000100-assessments-and-notices.js';
import { EvidenceReadings1764610000000 } from './migrations/1764610000000-evidence-readings.js';
import { FindingSearchAndClientKey1764700000000 } from './migrations/1764700000000-finding-search-and-client-key.js';

export const entities = [
  CriteriaCatalogEntity,
  ContentAreaEntity,
  CriterionEntity,
  InspectionPlanEntity,
  TeamMemberEntity,
  InspectionTargetEntity,
  VisitEntity,
  ConclusionEntity,
  RecommendationEntity,
  FindingEntity,
  CorrectiveActionEntity,
  ActionReportEntity,
  AuditEntryEntity,
  AlertDismissalEntity,
  AssessmentEntity,
  CriterionScoreEntity,
  ConclusionNoticeEntity,
];
export const migrations = [
  CreateInspection1764100000000,
  TeamMemberUsername1764300000001,
  AssessmentsAndNotices1764500000100,
  EvidenceReadings1764610000000,
  FindingSearchAndClientKey1764700000000,
];

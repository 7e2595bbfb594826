import type {
  FindingKind,
  RecommendationAddressee,
  Severity,
  TeamRole,
  VisitStatus,
} from '../domain/enums.js';
import type { AttachmentMetadata, EvidenceFigure } from '../domain/finding.entity.js';

/** What the application layer takes; the GraphQL input types implement these and validate their shape. */
export interface PlanFields {
  year: number;
  title: string;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  periodFrom: string;
  periodTo: string;
  leadUnitId: string;
  scope?: string | null;
  /** The criteria catalog's year; the plan's own year when absent. */
  catalogYear?: number | null;
}

export interface TeamMemberFields {
  fullName: string;
  role: TeamRole;
  agencyUnitId?: string | null;
  agencyName?: string | null;
  position?: string | null;
  username?: string | null;
}

export interface TargetFields {
  unitId: string;
  plannedDate?: string | null;
  parentTargetId?: string | null;
  illustrative?: boolean | null;
}

export interface VisitFields {
  actualDate?: string | null;
  attendees: string[];
  minutes?: string | null;
  status: VisitStatus;
}

export interface ConclusionFields {
  number?: string | null;
  issuedOn?: string | null;
  summary: string;
  recommendations: { addressee: RecommendationAddressee; text: string }[];
}

export interface FindingFields {
  areaCode: string;
  criterionCode?: string | null;
  kind: FindingKind;
  severity: Severity;
  text: string;
  general?: boolean | null;
  evidence?: EvidenceFigure[] | null;
  /** The indicator the finding rests on; absent keeps the finding's reading, null removes it. */
  reading?: ReadingFields | null;
  /** The browser's key for a new finding, so that sending it again writes it once (ignored by updates). */
  clientKey?: string | null;
}

/** An indicator over a period (the twelve whole months before the visit when from/to are absent). */
export interface ReadingFields {
  indicatorCode: string;
  from?: string | null;
  to?: string | null;
}

export interface ActionFields {
  requiredAction: string;
  /** The finding's unit when absent. */
  responsibleUnitId?: string | null;
  deadline: string;
}

export interface ReportFields {
  reportedOn: string;
  text: string;
  attachments?: AttachmentMetadata[] | null;
}

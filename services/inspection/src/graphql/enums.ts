import { registerDescribedEnum } from '@cchc/kit';
import { registerEnumType } from 'type-graphql';
import {
  ActionStatus,
  ActionTimeliness,
  FindingStatus,
  PlanStatus,
  RecommendationAddressee,
  Severity,
  TeamRole,
  VisitStatus,
} from '../domain/enums.js';

export enum FindingOrder {
  /** Latest year first, then most recently recorded. */
  NEWEST = 'NEWEST',
  /** Earliest year first, then first recorded. */
  OLDEST = 'OLDEST',
  /** HIGH severity first. */
  SEVERITY = 'SEVERITY',
  /** In the order of the content areas. */
  AREA = 'AREA',
  /** Violations first, then limitations, then strengths. */
  KIND = 'KIND',
}

export enum PlanOrder {
  /** Latest year first, then latest start (the default). */
  YEAR_DESC = 'YEAR_DESC',
  YEAR_ASC = 'YEAR_ASC',
  TITLE_ASC = 'TITLE_ASC',
  TITLE_DESC = 'TITLE_DESC',
}

export enum FindingDimension {
  AREA = 'AREA',
  UNIT = 'UNIT',
  KIND = 'KIND',
  STATUS = 'STATUS',
  YEAR = 'YEAR',
}

registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'DRAFT → APPROVED → IN_PROGRESS → CONCLUDED → CLOSED (APPROVED may return to DRAFT)',
});
registerDescribedEnum(TeamRole, {
  name: 'TeamRole',
  values: {
    LEAD: 'Trưởng đoàn',
    DEPUTY_LEAD: 'Phó trưởng đoàn',
    MEMBER: 'Thành viên',
    SECRETARY: 'Thư ký',
  },
});
registerEnumType(VisitStatus, { name: 'VisitStatus' });
registerEnumType(Severity, { name: 'Severity' });
registerEnumType(FindingStatus, { name: 'FindingStatus' });
registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'OPEN → REPORTED → VERIFIED; OVERDUE is an OPEN action past its deadline',
});
registerDescribedEnum(ActionTimeliness, {
  name: 'ActionTimeliness',
  values: {
    DONE_ON_TIME: 'Hoàn thành đúng hạn: reported (or verified) by the deadline',
    DONE_LATE: 'Hoàn thành trễ hạn: reported (or verified) after the deadline',
    IN_PROGRESS: 'Đang thực hiện: open, deadline not passed',
    OVERDUE: 'Quá hạn: open past the deadline',
  },
});
registerEnumType(RecommendationAddressee, { name: 'RecommendationAddressee' });
registerEnumType(FindingOrder, { name: 'FindingOrder' });
registerEnumType(PlanOrder, { name: 'PlanOrder' });
registerEnumType(FindingDimension, { name: 'FindingDimension' });

import { type Caller } from '@cchc/kit';
import DataLoader from 'dataloader';
import type { AssessmentService, UnitAssessment } from '../application/assessment.service.js';
import type { Figures } from '../application/figures.js';
import type { NoticeService } from '../application/notice.service.js';
import type { ConclusionNoticeEntity } from '../domain/notice.entity.js';

/**
 * Per-request batching of assessments (one computation per plan, shared by all its targets and the ranking,
 * and one request to e-government-metrics for the proposals of all plans asked) and of notices (one statement for all targets or plans asked, under the caller's scope).
 */
export function createAssessmentLoaders(
  assessments: AssessmentService,
  notices: NoticeService,
  caller: Caller,
  figures: Figures,
) {
  const visible = (query: { planIds?: string[]; targetIds?: string[] }) => notices.visibleTo(caller, query);
  return {
    assessmentsOfPlan: new DataLoader<string, Map<string, UnitAssessment>>((planIds) =>
      assessments.ofPlans(planIds, figures),
    ),
    noticeOfTarget: new DataLoader<string, ConclusionNoticeEntity | null>(async (ids) => {
      const rows = new Map((await visible({ targetIds: [...ids] })).map((n) => [n.targetId, n]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    noticesOfPlan: new DataLoader<string, ConclusionNoticeEntity[]>(async (ids) => {
      const rows = await visible({ planIds: [...ids] });
      return ids.map((id) => rows.filter((n) => n.planId === id));
    }),
  };
}

export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;

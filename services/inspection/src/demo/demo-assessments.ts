import type { EntityManager } from 'typeorm';
import { catalogScoring } from '../application/assessment.service.js';
import { buildNotice } from '../application/notice.service.js';
import { scoreRow } from '../application/rows.js';
import { AssessmentEntity, CriterionScoreEntity } from '../domain/assessment.entity.js';
import { assertScoresValid } from '../domain/assessment.js';
import { ConclusionNoticeEntity } from '../domain/notice.entity.js';
import type { InspectionPlanEntity, InspectionTargetEntity } from '../domain/plan.entity.js';
import type { DemoPlan } from './demo-file.js';

/**
 * The demo targets' scores (checked by the same rule as saveAssessment) and their notices, built from the
 * findings and actions just loaded, as issueNotice would.
 */
export async function insertAssessmentsAndNotices(
  db: EntityManager,
  plan: InspectionPlanEntity,
  p: DemoPlan,
  targets: ReadonlyMap<string, InspectionTargetEntity>,
): Promise<void> {
  const scoring = await catalogScoring(db, plan.catalogId);
  const criterionId = new Map(scoring.criteria.map((c) => [c.code, c.id]));
  for (const t of p.targets) {
    const target = targets.get(t.key)!;
    if (t.scores?.length) {
      const scores = t.scores.map((s) =>
        scoreRow(target.id, { ...s, criterionId: criterionId.get(s.criterionCode) ?? s.criterionCode }),
      );
      try {
        assertScoresValid(scores, scoring.scorable);
      } catch (error) {
        throw new Error(`Demo target ${t.key}: ${(error as Error).message}`);
      }
      await db
        .getRepository(AssessmentEntity)
        .insert({ targetId: target.id, version: 1, updatedAt: new Date() });
      await db.getRepository(CriterionScoreEntity).insert(scores);
    }
    if (t.notice) {
      await db.getRepository(ConclusionNoticeEntity).insert(await buildNotice(db, target, plan, t.notice, 1));
    }
  }
}

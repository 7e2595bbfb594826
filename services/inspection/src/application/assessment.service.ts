import { auditedTransaction, DomainError, ErrorCode, groupBy, notFound } from '@cchc/kit';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AssessmentEntity, CriterionScoreEntity } from '../domain/assessment.entity.js';
import {
  type AreaTotal,
  type AssessmentTotals,
  assertScoresValid,
  assessmentTotals,
  competitionRanks,
  type ScorableCriterion,
} from '../domain/assessment.js';
import { ContentAreaEntity, CriteriaCatalogEntity, CriterionEntity } from '../domain/catalog.entity.js';
import { InspectionPlanEntity, InspectionTargetEntity } from '../domain/plan.entity.js';
import { assertPlanEditable } from '../domain/plan-status.js';

export interface ScoreFields {
  criterionId: string;
  points: number;
  comment?: string | null;
}

export interface AreaAssessment extends AreaTotal {
  areaName: string;
  areaNameEn: string;
  /** Among the plan's assessed targets, by this area's score; null while the target is not assessed. */
  rank: number | null;
}

/** A target's assessment as read: its scores, totals, grade, and ranks within its plan. */
export interface UnitAssessment extends Omit<AssessmentTotals, 'areas'> {
  targetId: string;
  unitId: string;
  areas: AreaAssessment[];
  scores: CriterionScoreEntity[];
  rank: number | null;
  /** 0 while nothing is scored: send it with the first scores. */
  version: number;
}

/** What scoring a target needs from its plan's catalog. */
export interface CatalogScoring {
  catalog: CriteriaCatalogEntity;
  areas: ContentAreaEntity[];
  criteria: CriterionEntity[];
  scorable: Map<string, ScorableCriterion>;
}

export async function catalogScoring(db: EntityManager, catalogId: string): Promise<CatalogScoring> {
  const catalog = await db.getRepository(CriteriaCatalogEntity).findOneByOrFail({ id: catalogId });
  const areas = await db
    .getRepository(ContentAreaEntity)
    .find({ where: { catalogId }, order: { position: 'ASC' } });
  const criteria = await db
    .getRepository(CriterionEntity)
    .find({ where: { catalogId }, order: { position: 'ASC', code: 'ASC' } });
  const parents = new Set(criteria.map((c) => c.parentId));
  const areaCode = new Map(areas.map((a) => [a.id, a.code]));
  const scorable = new Map(
    criteria
      .filter((c) => !parents.has(c.id))
      .map((c) => [c.id, { id: c.id, areaCode: areaCode.get(c.areaId)!, maxPoints: c.maxPoints }]),
  );
  return { catalog, areas, criteria, scorable };
}

/** The totals of one target's scores against its catalog. */
export function totalsOf(scoring: CatalogScoring, scores: readonly CriterionScoreEntity[]): AssessmentTotals {
  return assessmentTotals(
    scoring.areas.map((a) => a.code),
    [...scoring.scorable.values()],
    new Map(scores.map((s) => [s.criterionId, s.points])),
    scoring.catalog.classificationThresholds,
  );
}

/** Scoring inspected units (chấm điểm) against their plan's catalog, and reading the plan's ranking. */
export class AssessmentService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Scores some criteria of a target (the others keep theirs), in one audited transaction; `version` is the
   * assessment's, 0 when nothing is scored yet.
   */
  save(targetId: string, version: number, scores: ScoreFields[], actor: string): Promise<void> {
    return auditedTransaction(this.dataSource, actor, async (db, audit) => {
      const target = await db.getRepository(InspectionTargetEntity).findOneBy({ id: targetId });
      if (!target) throw notFound('Inspection target', targetId);
      const plan = await db.getRepository(InspectionPlanEntity).findOneByOrFail({ id: target.planId });
      assertPlanEditable(plan.status, 'findings');
      const assessments = db.getRepository(AssessmentEntity);
      const existing = await assessments.findOne({
        where: { targetId },
        lock: { mode: 'pessimistic_write' },
      });
      if ((existing?.version ?? 0) !== version) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `The assessment was changed by someone else (version ${existing?.version ?? 0}, you sent ${version}); reload it and try again`,
          { currentVersion: existing?.version ?? 0 },
        );
      }
      assertScoresValid(scores, (await catalogScoring(db, plan.catalogId)).scorable);
      const next: AssessmentEntity = { targetId, version: version + 1, updatedAt: new Date() };
      await assessments.save(next);
      const rows = db.getRepository(CriterionScoreEntity);
      const before = await rows.findBy({ targetId, criterionId: In(scores.map((s) => s.criterionId)) });
      const after = scores.map((s) => ({
        targetId,
        criterionId: s.criterionId,
        points: s.points,
        comment: s.comment ?? null,
        prefilled: false,
      }));
      await rows.upsert(after, ['targetId', 'criterionId']);
      await audit(
        'Assessment',
        targetId,
        existing ? 'UPDATE' : 'CREATE',
        { version, scores: before },
        { version: next.version, scores: after },
      );
    });
  }

  /** Every target's assessment in one plan, with ranks by total and per area among the assessed ones. */
  async ofPlan(planId: string): Promise<Map<string, UnitAssessment>> {
    const db = this.dataSource.manager;
    const plan = await db.getRepository(InspectionPlanEntity).findOneBy({ id: planId });
    if (!plan) return new Map();
    const scoring = await catalogScoring(db, plan.catalogId);
    const targets = await db.getRepository(InspectionTargetEntity).findBy({ planId });
    const ids = targets.map((t) => t.id);
    const versions = new Map(
      (await db.getRepository(AssessmentEntity).findBy({ targetId: In(ids) })).map((a) => [
        a.targetId,
        a.version,
      ]),
    );
    const position = new Map(scoring.criteria.map((c, i) => [c.id, i]));
    const scores = groupBy(
      (await db.getRepository(CriterionScoreEntity).findBy({ targetId: In(ids) })).sort(
        (a, b) => position.get(a.criterionId)! - position.get(b.criterionId)!,
      ),
      (s) => s.targetId,
    );
    const totals = targets.map((t) => ({ target: t, ...totalsOf(scoring, scores.get(t.id) ?? []) }));
    const assessed = totals.filter((t) => scores.has(t.target.id));
    const rank = competitionRanks(assessed.map((t) => ({ key: t.target.id, value: t.total })));
    const areaRanks = new Map(
      scoring.areas.map((area, i) => [
        area.code,
        competitionRanks(assessed.map((t) => ({ key: t.target.id, value: t.areas[i]!.score }))),
      ]),
    );
    return new Map(
      totals.map(({ target, areas, ...rest }) => [
        target.id,
        {
          ...rest,
          targetId: target.id,
          unitId: target.unitId,
          scores: scores.get(target.id) ?? [],
          version: versions.get(target.id) ?? 0,
          rank: rank.get(target.id) ?? null,
          areas: areas.map((a, i) => ({
            ...a,
            areaName: scoring.areas[i]!.nameVi,
            areaNameEn: scoring.areas[i]!.nameEn,
            rank: areaRanks.get(a.areaCode)!.get(target.id) ?? null,
          })),
        },
      ]),
    );
  }
}

import { auditedTransaction, type Caller, groupBy } from '@cchc/kit';
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
import { prefilledPoints } from '../domain/assessment-prefill.js';
import { ContentAreaEntity, CriteriaCatalogEntity, CriterionEntity } from '../domain/catalog.entity.js';
import { type EvidenceReading, usualReadingPeriod } from '../domain/evidence.js';
import { InspectionPlanEntity, InspectionTargetEntity, VisitEntity } from '../domain/plan.entity.js';
import { assertOnPlanTeam } from './caller.js';
import { lockTargetRecord, targetForWork } from './field-work.js';
import type { Figures, ReadingRequest } from './figures.js';
import { scoreRow } from './rows.js';

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

/** A criterion's points as read: the team's, or proposed from the unit's indicator until the team scores it. */
export interface AssessedScore {
  criterionId: string;
  points: number;
  comment: string | null;
  prefilled: boolean;
  /** The reading a proposal comes from (null on the team's points). */
  reading: EvidenceReading | null;
}

/**
 * A target's assessment as read: its scores (with proposals for the measurable criteria the team has not
 * scored), totals, grade, and ranks within its plan. Totals, grade and ranks count the team's points only.
 */
export interface UnitAssessment extends Omit<AssessmentTotals, 'areas'> {
  targetId: string;
  unitId: string;
  areas: AreaAssessment[];
  scores: AssessedScore[];
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

/** The scored targets of a plan, best first (ties share a rank); the unscored have none. */
export function rankingOf(assessments: ReadonlyMap<string, UnitAssessment>): UnitAssessment[] {
  return [...assessments.values()].filter((a) => a.rank !== null).sort((a, b) => a.rank! - b.rank!);
}

/** Scoring inspected units (chấm điểm) against their plan's catalog, and reading the plan's ranking. */
export class AssessmentService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Scores some criteria of a target (the others keep theirs), in one audited transaction, for the plan's team
   * (or an ADMIN); `version` is the assessment's, 0 when nothing is scored yet. Answers the target's
   * assessment as it then reads.
   */
  async save(
    targetId: string,
    version: number,
    scores: ScoreFields[],
    caller: Caller,
    figures: Figures,
  ): Promise<UnitAssessment> {
    const planId = await auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      const { plan } = await targetForWork(db, caller, targetId, 'findings', assertOnPlanTeam);
      const existing = await lockTargetRecord(db, AssessmentEntity, 'The assessment', targetId, version);
      assertScoresValid(scores, (await catalogScoring(db, plan.catalogId)).scorable);
      const next: AssessmentEntity = { targetId, version: version + 1, updatedAt: new Date() };
      await db.getRepository(AssessmentEntity).save(next);
      const rows = db.getRepository(CriterionScoreEntity);
      const before = await rows.findBy({ targetId, criterionId: In(scores.map((s) => s.criterionId)) });
      const after = scores.map((s) => scoreRow(targetId, s));
      await rows.upsert(after, ['targetId', 'criterionId']);
      await audit(
        'Assessment',
        targetId,
        existing ? 'UPDATE' : 'CREATE',
        { version, scores: before },
        { version: next.version, scores: after },
      );
      return plan.id;
    });
    return (await this.ofPlan(planId, figures)).get(targetId)!;
  }

  /**
   * Every target's assessment in each plan asked, with ranks by total and per area among the assessed ones;
   * measurable criteria the team has not scored are proposed from the unit's figures, asked of
   * e-government-metrics in one request for all the plans.
   */
  async ofPlans(planIds: readonly string[], figures: Figures): Promise<Map<string, UnitAssessment>[]> {
    const db = this.dataSource.manager;
    const plans = await db.getRepository(InspectionPlanEntity).findBy({ id: In([...planIds]) });
    const read = await Promise.all(plans.map((plan) => this.readPlan(db, plan)));
    const proposals = await proposalsFor(db, read, figures);
    const assessed = new Map(
      read.map(({ plan, scoring, targets, stored, versions }) => [
        plan.id,
        rankedAssessments(scoring, targets, stored, versions, proposals),
      ]),
    );
    return planIds.map((id) => assessed.get(id) ?? new Map());
  }

  ofPlan(planId: string, figures: Figures): Promise<Map<string, UnitAssessment>> {
    return this.ofPlans([planId], figures).then(([assessments]) => assessments!);
  }

  /** A plan's catalog, targets, the team's scores and the assessments' versions. */
  private async readPlan(db: EntityManager, plan: InspectionPlanEntity): Promise<PlanScores> {
    const scoring = await catalogScoring(db, plan.catalogId);
    const targets = await db.getRepository(InspectionTargetEntity).findBy({ planId: plan.id });
    const ids = targets.map((t) => t.id);
    const versions = new Map(
      (await db.getRepository(AssessmentEntity).findBy({ targetId: In(ids) })).map((a) => [
        a.targetId,
        a.version,
      ]),
    );
    const stored = groupBy(
      await db.getRepository(CriterionScoreEntity).findBy({ targetId: In(ids) }),
      (s) => s.targetId,
    );
    return { plan, scoring, targets, stored, versions };
  }
}

interface PlanScores {
  plan: InspectionPlanEntity;
  scoring: CatalogScoring;
  targets: InspectionTargetEntity[];
  stored: Map<string, CriterionScoreEntity[]>;
  versions: Map<string, number>;
}

/** Proposed points by target, then criterion. */
type Proposals = Map<string, Map<string, AssessedScore>>;

/**
 * The points proposed for each measurable criterion a team has not scored yet, from the unit's indicator over
 * the twelve months before the visit (or the plan's start), as findings' evidence reads it: one request.
 */
async function proposalsFor(db: EntityManager, read: PlanScores[], figures: Figures): Promise<Proposals> {
  const targetIds = read.flatMap((r) => r.targets.map((t) => t.id));
  const visits = new Map(
    (await db.getRepository(VisitEntity).findBy({ targetId: In(targetIds) })).map((v) => [
      v.targetId,
      v.actualDate,
    ]),
  );
  const wanted = read.flatMap(({ plan, scoring, targets, stored }) => {
    const measurable = scoring.criteria.filter((c) => c.indicatorCode && scoring.scorable.has(c.id));
    return targets.flatMap((target) => {
      const scored = new Set((stored.get(target.id) ?? []).map((s) => s.criterionId));
      const period = usualReadingPeriod(visits.get(target.id), plan.periodFrom);
      return measurable
        .filter((criterion) => !scored.has(criterion.id))
        .map((criterion) => ({
          target,
          criterion,
          request: { unitId: target.unitId, indicatorCode: criterion.indicatorCode!, ...period },
        }));
    });
  });
  const key = (r: ReadingRequest) => [r.unitId, r.indicatorCode, r.from, r.to].join('|');
  const requests = [...new Map(wanted.map((w) => [key(w.request), w.request])).values()];
  const takenAt = new Date().toISOString();
  const readings = new Map(
    (await figures.readings(requests)).map((reading, i) => [key(requests[i]!), { ...reading, takenAt }]),
  );
  const proposals: Proposals = new Map();
  for (const { target, criterion, request } of wanted) {
    const reading = readings.get(key(request))!;
    const points = prefilledPoints(criterion.maxPoints, reading.status, criterion.indicatorPoints);
    if (points === null) continue;
    if (!proposals.has(target.id)) proposals.set(target.id, new Map());
    proposals
      .get(target.id)!
      .set(criterion.id, { criterionId: criterion.id, points, comment: null, prefilled: true, reading });
  }
  return proposals;
}

/** A plan's assessments: totals of the team's points, ranks among the targets it scored, and proposals. */
function rankedAssessments(
  scoring: CatalogScoring,
  targets: readonly InspectionTargetEntity[],
  stored: ReadonlyMap<string, CriterionScoreEntity[]>,
  versions: ReadonlyMap<string, number>,
  proposals: Proposals,
): Map<string, UnitAssessment> {
  const position = new Map(scoring.criteria.map((c, i) => [c.id, i]));
  const totals = targets.map((t) => ({ target: t, ...totalsOf(scoring, stored.get(t.id) ?? []) }));
  const assessed = totals.filter((t) => stored.has(t.target.id));
  const rank = competitionRanks(assessed.map((t) => ({ key: t.target.id, value: t.total })));
  const areaRanks = new Map(
    scoring.areas.map((area, i) => [
      area.code,
      competitionRanks(assessed.map((t) => ({ key: t.target.id, value: t.areas[i]!.score }))),
    ]),
  );
  const scoresOf = (targetId: string): AssessedScore[] =>
    [
      ...(stored.get(targetId) ?? []).map(({ criterionId, points, comment, prefilled }) => ({
        criterionId,
        points,
        comment,
        prefilled,
        reading: null,
      })),
      ...(proposals.get(targetId)?.values() ?? []),
    ].sort((a, b) => position.get(a.criterionId)! - position.get(b.criterionId)!);
  return new Map(
    totals.map(({ target, areas, ...rest }) => [
      target.id,
      {
        ...rest,
        targetId: target.id,
        unitId: target.unitId,
        scores: scoresOf(target.id),
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

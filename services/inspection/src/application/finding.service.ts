import {
  assertActsFor,
  assertVersion,
  auditedTransaction,
  badInput,
  type Caller,
  lockVersioned,
  notFound,
  optionalText,
  todayInVietnam,
} from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource, EntityManager } from 'typeorm';
import { PlanRepository } from '../db/plan.repository.js';
import { ContentAreaEntity, CriterionEntity } from '../domain/catalog.entity.js';
import { ActionStatus, FindingKind } from '../domain/enums.js';
import { type EvidenceReading, sameMonths, usualReadingPeriod } from '../domain/evidence.js';
import { ActionReportEntity, CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { clientKeyOf, resentFinding } from '../domain/finding-search.js';
import { findingStatus } from '../domain/finding-status.js';
import { InspectionPlanEntity, InspectionTargetEntity, VisitEntity } from '../domain/plan.entity.js';
import { assertPlanEditable } from '../domain/plan-status.js';
import { assertOnPlanTeam } from './caller.js';
import { targetForWork } from './field-work.js';
import type { Figures } from './figures.js';
import type { ActionFields, FindingFields, ReadingFields, ReportFields } from './inputs.js';
import { findingContent, newAction, newFinding, newReport } from './rows.js';
import { assertUnitsExist } from './unit-check.js';

const FINDING = 'Finding';
const ACTION = 'Corrective action';
/** A verification note's bound (the GraphQL argument is a bare String). */
const MAX_NOTE_LENGTH = 4000;

/** What the audit log keeps of a finding: not its search text, derived from its text. */
const audited = ({ searchText: _, ...finding }: Partial<FindingEntity>) => finding;

/**
 * Findings and their corrective actions: recording, reporting progress, verifying. Field work is the plan's
 * team's (an ADMIN's), a report the responsible unit's: checked in the write's transaction.
 */
export class FindingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitRegistryClient,
  ) {}

  /** The area and criterion of the plan's catalog named by their codes. */
  private async classify(
    db: EntityManager,
    catalogId: string,
    fields: Pick<FindingFields, 'areaCode' | 'criterionCode'>,
  ) {
    const area = await db.getRepository(ContentAreaEntity).findOneBy({ catalogId, code: fields.areaCode });
    if (!area)
      throw badInput('areaCode', `No content area ${fields.areaCode} in the plan's criteria catalog`);
    if (!fields.criterionCode) return { areaId: area.id, criterionId: null };
    const criterion = await db
      .getRepository(CriterionEntity)
      .findOneBy({ catalogId, code: fields.criterionCode });
    if (!criterion || criterion.areaId !== area.id) {
      throw badInput('criterionCode', `No criterion ${fields.criterionCode} in area ${fields.areaCode}`);
    }
    return { areaId: area.id, criterionId: criterion.id };
  }

  /** The period asked, completed with the twelve whole months before the target's visit (or the plan's start). */
  private async readingPeriod(target: InspectionTargetEntity, asked: ReadingFields) {
    const db = this.dataSource.manager;
    const visit = await db.getRepository(VisitEntity).findOneBy({ targetId: target.id });
    const plan = await db.getRepository(InspectionPlanEntity).findOneByOrFail({ id: target.planId });
    const usual = usualReadingPeriod(visit?.actualDate, plan.periodFrom);
    const period = { from: asked.from ?? usual.from, to: asked.to ?? usual.to };
    if (period.to < period.from)
      throw badInput('reading.to', 'The period of the reading ends before it starts');
    return period;
  }

  /**
   * The reading a write leaves on a finding: absent keeps the current one, null removes it; the figures are
   * asked again only when the indicator or the months change, so a snapshot never moves on its own.
   */
  private async readingFor(
    targetId: string,
    asked: ReadingFields | null | undefined,
    current: EvidenceReading | null,
    figures: Figures,
  ): Promise<EvidenceReading | null> {
    if (asked === undefined) return current;
    if (asked === null) return null;
    const target = await this.dataSource.getRepository(InspectionTargetEntity).findOneBy({ id: targetId });
    if (!target) throw notFound('Inspection target', targetId);
    const period = await this.readingPeriod(target, asked);
    if (current?.indicatorCode === asked.indicatorCode && sameMonths(current, period)) return current;
    const [reading] = await figures.readings([
      { unitId: target.unitId, indicatorCode: asked.indicatorCode, ...period },
    ]);
    return { ...reading!, takenAt: new Date().toISOString() };
  }

  /**
   * Records a finding; with a reading, the unit's figures are asked first (no lock is held meanwhile). With a
   * client key already recorded, answers the finding written then and writes nothing.
   */
  async record(
    targetId: string,
    fields: FindingFields,
    caller: Caller,
    figures: Figures,
  ): Promise<FindingEntity> {
    const clientKey = clientKeyOf(fields.clientKey) ?? null;
    // Most resends come after the first write committed: answered without asking the figures again.
    const sent = clientKey && (await this.dataSource.getRepository(FindingEntity).findOneBy({ clientKey }));
    if (sent) return resentFinding(sent, targetId);
    const evidenceReading = await this.readingFor(targetId, fields.reading, null, figures);
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      const { target, plan } = await targetForWork(db, caller, targetId, 'findings', assertOnPlanTeam);
      const place = await this.classify(db, plan.catalogId, fields);
      const finding = newFinding(target, place, fields, { evidenceReading, clientKey });
      // A send racing another with the same key waits on the key's unique index, then writes nothing.
      const inserted = await db
        .createQueryBuilder()
        .insert()
        .into(FindingEntity)
        .values(finding)
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length === 0 && clientKey) {
        return resentFinding(await db.getRepository(FindingEntity).findOneByOrFail({ clientKey }), targetId);
      }
      await audit('Finding', finding.id, 'CREATE', null, audited(finding));
      return finding;
    });
  }

  async update(
    id: string,
    version: number,
    fields: FindingFields,
    caller: Caller,
    figures: Figures,
  ): Promise<FindingEntity> {
    const read = await this.dataSource.getRepository(FindingEntity).findOneBy({ id });
    if (!read) throw notFound(FINDING, id);
    const evidenceReading = await this.readingFor(
      read.targetId,
      fields.reading,
      read.evidenceReading,
      figures,
    );
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      // A finding stays in its plan: the team is the one of the plan read above.
      await assertOnPlanTeam(db, caller, read.planId);
      // A change since `read` bumped the version: the stale write is refused before the reading is used.
      const finding = await lockVersioned(db, FindingEntity, FINDING, id, version);
      const plan = await db.getRepository(InspectionPlanEntity).findOneByOrFail({ id: finding.planId });
      assertPlanEditable(plan.status, 'findings');
      if ((fields.kind === FindingKind.STRENGTH) !== (finding.kind === FindingKind.STRENGTH)) {
        throw badInput(
          'kind',
          'A strength cannot become a limitation or violation (or back); record a new finding',
        );
      }
      const { evidence, ...content } = findingContent(fields);
      const changed: Partial<FindingEntity> = {
        ...(await this.classify(db, plan.catalogId, fields)),
        kind: fields.kind,
        severity: fields.severity,
        ...content,
        general: fields.general ?? finding.general,
        evidence: evidence ?? finding.evidence,
        evidenceReading,
        version: version + 1,
        updatedAt: new Date(),
      };
      await db.getRepository(FindingEntity).update(id, changed);
      const next = { ...finding, ...changed };
      await audit('Finding', id, 'UPDATE', audited(finding), audited(next));
      return next;
    });
  }

  /** A corrective action on a limitation or violation; a responsible unit named must be one of the registry's. */
  async createAction(
    findingId: string,
    fields: ActionFields,
    caller: Caller,
  ): Promise<CorrectiveActionEntity> {
    await assertUnitsExist(this.units, { 'action.responsibleUnitId': fields.responsibleUnitId });
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      const finding = await db.getRepository(FindingEntity).findOneBy({ id: findingId });
      if (!finding) throw notFound(FINDING, findingId);
      await assertOnPlanTeam(db, caller, finding.planId);
      const plan = await db.getRepository(InspectionPlanEntity).findOneByOrFail({ id: finding.planId });
      assertPlanEditable(plan.status, 'findings');
      if (finding.kind === FindingKind.STRENGTH)
        throw badInput('findingId', 'A strength needs no corrective action');
      const action = newAction(finding, fields);
      await db.getRepository(CorrectiveActionEntity).insert(action);
      await audit('CorrectiveAction', action.id, 'CREATE', null, action);
      await this.updateFindingStatus(db, finding);
      return action;
    });
  }

  /**
   * The responsible unit reports progress (a unit officer for its own tree only): the action becomes REPORTED
   * until an inspector verifies it.
   */
  async report(
    actionId: string,
    version: number,
    fields: ReportFields,
    caller: Caller,
  ): Promise<CorrectiveActionEntity> {
    if (fields.reportedOn > todayInVietnam())
      throw badInput('reportedOn', 'A report cannot be dated in the future');
    await caller.unitScope(); // asked of the registry before the transaction, so no lock waits on the network
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      const action = await db
        .getRepository(CorrectiveActionEntity)
        .findOne({ where: { id: actionId }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw notFound(ACTION, actionId);
      await assertActsFor(caller, [action.responsibleUnitId]);
      assertVersion(ACTION, action.version, version);
      if (action.status === ActionStatus.VERIFIED)
        throw badInput('actionId', 'This action is already verified');
      const report = newReport(actionId, fields, caller.username);
      await db.getRepository(ActionReportEntity).insert(report);
      const next = { ...action, status: ActionStatus.REPORTED, version: version + 1 };
      await db
        .getRepository(CorrectiveActionEntity)
        .update(actionId, { status: next.status, version: next.version });
      await audit('CorrectiveAction', actionId, 'REPORT', action, { ...next, report });
      return next;
    });
  }

  /** An inspector accepts a reported action (VERIFIED) or sends it back (OPEN); the finding is resolved with its last action. */
  async verify(
    actionId: string,
    version: number,
    verdict: { accepted: boolean; note?: string | null },
    caller: Caller,
  ): Promise<CorrectiveActionEntity> {
    const note = optionalText(verdict.note);
    if (note && note.length > MAX_NOTE_LENGTH)
      throw badInput('note', `note must be at most ${MAX_NOTE_LENGTH} characters`);
    return auditedTransaction(this.dataSource, caller.username, async (db, audit) => {
      const planId = await new PlanRepository(db).planIdOf({ kind: 'actionId', id: actionId });
      if (!planId) throw notFound(ACTION, actionId);
      await assertOnPlanTeam(db, caller, planId);
      const action = await lockVersioned(db, CorrectiveActionEntity, ACTION, actionId, version);
      if (action.status !== ActionStatus.REPORTED) {
        throw badInput('actionId', `Only a REPORTED action can be verified; this one is ${action.status}`);
      }
      const changed: Partial<CorrectiveActionEntity> = verdict.accepted
        ? {
            status: ActionStatus.VERIFIED,
            verifiedOn: todayInVietnam(),
            verifiedBy: caller.username,
            verificationNote: note,
          }
        : { status: ActionStatus.OPEN, verificationNote: note };
      const next = { ...action, ...changed, version: version + 1 };
      await db.getRepository(CorrectiveActionEntity).update(actionId, { ...changed, version: next.version });
      await audit('CorrectiveAction', actionId, verdict.accepted ? 'VERIFY' : 'SEND_BACK', action, next);
      await this.updateFindingStatus(
        db,
        await db.getRepository(FindingEntity).findOneByOrFail({ id: action.findingId }),
      );
      return next;
    });
  }

  /** A finding's status follows its actions' (`findingStatus`). */
  private async updateFindingStatus(db: EntityManager, finding: FindingEntity): Promise<void> {
    const actions = await db.getRepository(CorrectiveActionEntity).findBy({ findingId: finding.id });
    const status = findingStatus(
      finding.kind,
      actions.map((a) => a.status),
    );
    if (status !== finding.status) await db.getRepository(FindingEntity).update(finding.id, { status });
  }
}

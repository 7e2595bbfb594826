import { Role } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FindingKind, PlanStatus, Severity, TeamRole } from '../domain/enums.js';
import {
  openTestDatabase,
  SEEDED,
  seedFindingAndAction,
  seedPlan,
  testCaller,
} from '../testing/inspection-database.js';
import { assertOnPlanTeam } from './caller.js';
import type { Figures } from './figures.js';
import { FindingService } from './finding.service.js';
import { PlanService } from './plan.service.js';

/** Field work and plan edits on a real database: who may write, when, and what is left when refused. */
let dataSource: DataSource;
let close: () => Promise<void>;
let findings: FindingService;
let plans: PlanService;

/** No write below names an indicator, so the figures are never asked. */
const noFigures = {} as Figures;
/** Every unit named below exists. */
const registry = { unknownIds: async () => [] } as unknown as UnitRegistryClient;

const admin = testCaller('admin', [Role.ADMIN]);
const member = testCaller('thanhtra', [Role.INSPECTOR]);
const outsider = testCaller('thanhtrakhac', [Role.INSPECTOR]);
const limitation = {
  areaCode: 'TTHC',
  kind: FindingKind.LIMITATION,
  severity: Severity.MEDIUM,
  text: 'Hồ sơ trễ hẹn',
};
const { finding: findingId, action: actionId } = SEEDED;

const count = async (table: string) =>
  Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

beforeAll(async () => {
  ({ dataSource, close } = await openTestDatabase('inspection_field_work'));
  findings = new FindingService(dataSource, registry);
  plans = new PlanService(dataSource, registry);
});

afterAll(() => close?.());

async function reset(status: PlanStatus): Promise<void> {
  await dataSource.query('TRUNCATE criteria_catalogs, inspection_plans, audit_log CASCADE');
  await seedPlan(dataSource, status);
}

describe("the plan team's field work", () => {
  beforeEach(() => reset(PlanStatus.IN_PROGRESS));

  it('refuses a finding from an inspector who is not on the team, and writes nothing', async () => {
    await expect(findings.record(SEEDED.target, limitation, outsider, noFigures)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await count('findings')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it("records the team member's finding, and an ADMIN's who is not on the team", async () => {
    await findings.record(SEEDED.target, limitation, member, noFigures);
    await findings.record(SEEDED.target, limitation, admin, noFigures);
    const actors = await dataSource.query(
      `SELECT actor FROM audit_log WHERE object_type = 'Finding' ORDER BY id`,
    );
    expect(actors).toEqual([{ actor: 'thanhtra' }, { actor: 'admin' }]);
  });

  it('refuses the verification of an action on another team’s plan, and leaves it as it was', async () => {
    await seedFindingAndAction(dataSource);
    await dataSource.query(`UPDATE corrective_actions SET status = 'REPORTED' WHERE id = $1`, [actionId]);
    await expect(findings.verify(actionId, 1, { accepted: true }, outsider)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const [action] = await dataSource.query('SELECT status, version FROM corrective_actions WHERE id = $1', [
      actionId,
    ]);
    expect(action).toEqual({ status: 'REPORTED', version: 1 });
  });

  it("holds the member's place on the team until the write's transaction ends", async () => {
    const write = dataSource.createQueryRunner();
    await write.startTransaction();
    try {
      await assertOnPlanTeam(write.manager, member, SEEDED.plan);
      const removal = dataSource.transaction(async (db) => {
        await db.query(`SET LOCAL lock_timeout = '300ms'`);
        await db.query('DELETE FROM team_members WHERE id = $1', [SEEDED.member]);
      });
      await expect(removal).rejects.toThrow(/lock timeout/);
    } finally {
      await write.rollbackTransaction();
      await write.release();
    }
    await dataSource.query('DELETE FROM team_members WHERE id = $1', [SEEDED.member]);
    await expect(findings.record(SEEDED.target, limitation, member, noFigures)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe("a unit officer's report on a corrective action", () => {
  beforeEach(async () => {
    await reset(PlanStatus.CONCLUDED);
    await seedFindingAndAction(dataSource);
  });

  it("is refused for an action outside the officer's unit tree, and nothing is written", async () => {
    const elsewhere = testCaller('hondat', [Role.UNIT_OFFICER], [SEEDED.leadUnit]);
    const report = { reportedOn: '2020-12-01', text: 'Đã khắc phục' };
    await expect(findings.report(actionId, 1, report, elsewhere)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await count('action_reports')).toBe(0);
  });

  it('moves the action to REPORTED for an officer of its unit', async () => {
    const own = testCaller('kienluong', [Role.UNIT_OFFICER], [SEEDED.targetUnit]);
    const reported = await findings.report(
      actionId,
      1,
      { reportedOn: '2020-12-01', text: 'Đã khắc phục' },
      own,
    );
    expect(reported).toMatchObject({ status: 'REPORTED', version: 2 });
  });
});

describe('two edits of the same finding version', () => {
  beforeEach(async () => {
    await reset(PlanStatus.IN_PROGRESS);
    await seedFindingAndAction(dataSource);
  });

  it('keep the first: the second, sent concurrently with the same version, is a CONFLICT', async () => {
    const edit = (text: string) => findings.update(findingId, 1, { ...limitation, text }, member, noFigures);
    const [first, second] = await Promise.allSettled([
      edit('Còn 7 hồ sơ trễ hẹn'),
      edit('Còn 9 hồ sơ trễ hẹn'),
    ]);
    const outcomes = [first, second].map((o) => o.status).sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const refused = [first, second].find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });
    const kept = [first, second].find((o) => o.status === 'fulfilled') as PromiseFulfilledResult<{
      text: string;
    }>;
    const [stored] = await dataSource.query('SELECT text, version FROM findings WHERE id = $1', [findingId]);
    expect(stored).toEqual({ text: kept.value.text, version: 2 });
  });
});

/**
 * Written from the rule, by hand: the plan, its team and targets change until the inspection starts (DRAFT,
 * APPROVED); findings, their corrective actions and the conclusion while it runs or is concluded; nothing once
 * CLOSED.
 */
describe('what a plan takes in each status, on a real plan', () => {
  const writes = {
    details: () =>
      plans.update(
        SEEDED.plan,
        1,
        {
          year: 2020,
          title: 'Kiểm tra CCHC 2020 (sửa)',
          periodFrom: '2020-10-19',
          periodTo: '2020-11-02',
          leadUnitId: SEEDED.leadUnit,
        },
        'admin',
      ),
    team: () =>
      plans.addTeamMember(SEEDED.plan, 1, { fullName: 'Lê Văn Cường', role: TeamRole.MEMBER }, 'admin'),
    targets: () => plans.removeTarget(SEEDED.plan, 1, SEEDED.target, 'admin'),
    finding: () => findings.record(SEEDED.target, limitation, admin, noFigures),
    action: () =>
      findings.createAction(findingId, { requiredAction: 'Niêm yết TTHC', deadline: '2099-12-31' }, admin),
    conclusion: () =>
      plans.setConclusion(SEEDED.plan, 1, { summary: 'Kết luận', recommendations: [] }, admin.username),
  };
  const open: Record<PlanStatus, (keyof typeof writes)[]> = {
    DRAFT: ['details', 'team', 'targets'],
    APPROVED: ['details', 'team', 'targets'],
    IN_PROGRESS: ['finding', 'action', 'conclusion'],
    CONCLUDED: ['finding', 'action', 'conclusion'],
    CLOSED: [],
  };
  const cases = Object.values(PlanStatus).flatMap((status) =>
    (Object.keys(writes) as (keyof typeof writes)[]).map(
      (what) => [status, what, open[status].includes(what)] as const,
    ),
  );

  it.each(cases)('a %s plan: writing its %s is allowed: %s', async (status, what, allowed) => {
    await reset(status);
    await seedFindingAndAction(dataSource);
    const auditBefore = await count('audit_log');
    if (allowed) {
      await expect(writes[what]()).resolves.toBeDefined();
      return;
    }
    await expect(writes[what]()).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await count('audit_log')).toBe(auditBefore);
    const [plan] = await dataSource.query('SELECT version FROM inspection_plans WHERE id = $1', [
      SEEDED.plan,
    ]);
    expect(plan.version).toBe(1);
  });
});

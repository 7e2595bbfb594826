import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersOf } from './testkit/answers.js';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;
let hondatId = '';
let sonvId = '';
let plan2020: { id: string };

interface Plan {
  id: string;
  version: number;
  status: string;
}

const PLAN_FIELDS = 'id version status';

beforeAll(async () => {
  platform = await startPlatform('e2e_inspection');
  const units = await platform.query<{ hondat: { id: string }; sonv: { id: string } }>(
    `{ hondat: unitByCode(code: "903", asOf: "2020-10-19") { id } sonv: unitByCode(code: "91-SNV", asOf: "2020-10-19") { id } }`,
  );
  hondatId = units.data!.hondat.id;
  sonvId = units.data!.sonv.id;
  const plans = await platform.query<{ inspectionPlans: { nodes: { id: string }[] } }>(
    `{ inspectionPlans(filter: { year: 2020 }) { nodes { id } } }`,
  );
  plan2020 = plans.data!.inspectionPlans.nodes[0]!;
});
afterAll(() => platform?.stop());

const { ask: mutate, errorOf } = answersOf(() => platform);

describe('the 2020 campaign of the seed, through the gateway', () => {
  it('has 21 targets, its team led from the Sở Nội vụ, its dates, and findings in each of the six areas', async () => {
    const { inspectionPlan } = await mutate<{
      inspectionPlan: {
        periodFrom: string;
        periodTo: string;
        status: string;
        leadUnit: { name: string };
        team: { role: string }[];
        targets: {
          unit: { name: string; level: string };
          visit: { status: string } | null;
          findings: { id: string }[];
        }[];
      };
    }>(
      `query($id: ID!) { inspectionPlan(id: $id) { periodFrom periodTo status leadUnit { name }
        team { role } targets { unit { name level } visit { status } findings { id } } } }`,
      { id: plan2020.id },
    );
    expect(inspectionPlan).toMatchObject({
      periodFrom: '2020-10-19',
      periodTo: '2020-11-02',
      leadUnit: { name: 'Sở Nội vụ' },
    });
    expect(inspectionPlan.targets).toHaveLength(21);
    expect(inspectionPlan.targets.filter((t) => t.unit.level === 'COMMUNE')).toHaveLength(10);
    // Listed as on the decision establishing the team: the lead first, the secretary last.
    expect(inspectionPlan.team.map((m) => m.role)).toEqual([
      'LEAD',
      'DEPUTY_LEAD',
      'MEMBER',
      'MEMBER',
      'MEMBER',
      'MEMBER',
      'SECRETARY',
    ]);
    expect(inspectionPlan.targets.every((t) => t.findings.length > 0)).toBe(true);

    const { findingStats } = await mutate<{ findingStats: { areaCode: string; count: number }[] }>(
      `query($id: ID!) { findingStats(groupBy: [AREA], filter: { planId: $id }) { areaCode count } }`,
      { id: plan2020.id },
    );
    const areas = new Map(findingStats.map((s) => [s.areaCode, s.count]));
    for (const area of ['TC', 'TTHC', 'TCBM', 'CBCCVC', 'TCC', 'HDH'])
      expect(areas.get(area), area).toBeGreaterThan(0);
  });

  it('answers the federated question: the findings of Hòn Đất in 2020', async () => {
    const { unitByCode } = await mutate<{
      unitByCode: {
        name: string;
        findings: {
          totalCount: number;
          edges: { node: { kind: string; area: { code: string }; text: string } }[];
        };
      };
    }>(
      `{ unitByCode(code: "903", asOf: "2020-10-19") { name findings { totalCount edges { node { kind area { code } text } } } } }`,
    );
    expect(unitByCode.name).toBe('Hòn Đất');
    expect(unitByCode.findings.totalCount).toBeGreaterThan(0);
    expect(unitByCode.findings.edges[0]!.node).toMatchObject({
      kind: expect.any(String),
      area: { code: expect.any(String) },
    });
  });

  it('includes the communes of a district when asked for its descendants (from unit-registry)', async () => {
    const count = async (includeDescendants: boolean) =>
      (
        await mutate<{ findings: { totalCount: number } }>(
          `query($ids: [ID!], $d: Boolean) { findings(filter: { unitIds: $ids, includeDescendants: $d, year: 2020 }) { totalCount } }`,
          { ids: [hondatId], d: includeDescendants },
        )
      ).findings.totalCount;
    const own = await count(false);
    expect(own).toBeGreaterThan(0);
    expect(await count(true)).toBeGreaterThan(own);
  });

  it('shows actions as OVERDUE, REPORTED and VERIFIED, and a 2021 plan following up the open ones', async () => {
    const { findingStats } = await mutate<{ findingStats: { count: number }[] }>(
      `{ findingStats(groupBy: [KIND], filter: { year: 2020 }) { kind count } }`,
    );
    expect(findingStats.length).toBeGreaterThanOrEqual(2);
    const statuses = await mutate<{ correctiveActions: { nodes: { status: string }[] } }>(
      `{ correctiveActions(first: 500) { nodes { status } } }`,
    );
    const seen = new Set(statuses.correctiveActions.nodes.map((a) => a.status));
    expect([...seen].sort()).toEqual(['OVERDUE', 'REPORTED', 'VERIFIED']);
    const overdue = await mutate<{
      correctiveActions: { totalCount: number; nodes: { status: string; deadline: string }[] };
    }>(
      `{ correctiveActions(filter: { statuses: [OVERDUE] }, first: 500) { totalCount nodes { status deadline } } }`,
    );
    expect(overdue.correctiveActions.totalCount).toBeGreaterThan(0);
    expect(overdue.correctiveActions.nodes.every((a) => a.status === 'OVERDUE')).toBe(true);
    const { inspectionPlans } = await mutate<{
      inspectionPlans: {
        nodes: { status: string; followUp: { earlierFindings: { actions: { status: string }[] }[] }[] }[];
      };
    }>(
      `{ inspectionPlans(filter: { year: 2021 }) { nodes { status followUp { earlierFindings { actions { status } } } } } }`,
    );
    expect(inspectionPlans.nodes[0]!.status).toBe('DRAFT');
    expect(inspectionPlans.nodes[0]!.followUp.length).toBeGreaterThan(0);
  });
});

describe('listing plans', () => {
  it('orders them newest first by default, or by year or title either way, paging without overlap', async () => {
    const plans = async (orderBy?: string) =>
      (
        await platform.query<{ inspectionPlans: { nodes: { year: number; title: string }[] } }>(
          `query($orderBy: PlanOrder) { inspectionPlans(orderBy: $orderBy) { nodes { year title } } }`,
          { orderBy },
        )
      ).data!.inspectionPlans.nodes;
    const years = (list: { year: number }[]) => list.map((p) => p.year);
    const byDefault = await plans();
    expect(years(byDefault)).toEqual([...years(byDefault)].sort((a, b) => b - a));
    expect(years(await plans('YEAR_ASC'))).toEqual([...years(byDefault)].sort((a, b) => a - b));
    const titles = (await plans('TITLE_ASC')).map((p) => p.title);
    expect(titles).toEqual([...titles].sort());
    expect((await plans('TITLE_DESC')).map((p) => p.title)).toEqual([...titles].reverse());
  });
});

describe('writing plans', () => {
  const create = (title = 'Kế hoạch kiểm tra CCHC năm 2022') =>
    mutate<{ createInspectionPlan: Plan }>(
      `mutation($input: PlanInput!) { createInspectionPlan(input: $input) { ${PLAN_FIELDS} } }`,
      {
        input: {
          year: 2022,
          title,
          periodFrom: '2022-10-03',
          periodTo: '2022-10-28',
          leadUnitId: sonvId,
          catalogYear: 2020,
        },
      },
    ).then((d) => d.createInspectionPlan);
  const move = (plan: Plan, status: string) =>
    platform.query<{ changeInspectionPlanStatus: Plan }>(
      `mutation($id: ID!, $v: Int!, $s: PlanStatus!) { changeInspectionPlanStatus(id: $id, version: $v, status: $s) { ${PLAN_FIELDS} } }`,
      { id: plan.id, v: plan.version, s: status },
    );

  it('walks a plan through its statuses, refusing the moves that are not allowed, with the reason', async () => {
    let plan = await create();
    expect(plan).toMatchObject({ status: 'DRAFT', version: 1 });
    const early = await move(plan, 'APPROVED');
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toMatch(/trưởng đoàn/);

    plan = (
      await mutate<{ addTeamMember: Plan }>(
        `mutation($id: ID!, $v: Int!) { addTeamMember(planId: $id, version: $v, member: { fullName: "Trần Thị Bình", role: LEAD, agencyName: "Sở Nội vụ" }) { ${PLAN_FIELDS} } }`,
        { id: plan.id, v: plan.version },
      )
    ).addTeamMember;
    plan = (
      await mutate<{ addInspectionTarget: Plan }>(
        `mutation($id: ID!, $v: Int!, $u: ID!) { addInspectionTarget(planId: $id, version: $v, target: { unitId: $u, plannedDate: "2022-10-05" }) { ${PLAN_FIELDS} } }`,
        { id: plan.id, v: plan.version, u: hondatId },
      )
    ).addInspectionTarget;
    const skip = await move(plan, 'CONCLUDED');
    expect(skip.errors?.[0]?.message).toMatch(/cannot go from DRAFT to CONCLUDED/);
    plan = (await move(plan, 'APPROVED')).data!.changeInspectionPlanStatus;
    plan = (await move(plan, 'IN_PROGRESS')).data!.changeInspectionPlanStatus;
    const noConclusion = await move(plan, 'CONCLUDED');
    expect(noConclusion.errors?.[0]?.message).toMatch(/kết luận/);
    expect(plan).toMatchObject({ status: 'IN_PROGRESS', version: 5 });
  });

  it('detects concurrent edits: of two changes sent with the same version, one wins and the other gets CONFLICT', async () => {
    const plan = await create('Kế hoạch A');
    const update = (title: string) =>
      platform.query<{ updateInspectionPlan: Plan & { title: string } }>(
        `mutation($id: ID!, $v: Int!, $input: PlanInput!) { updateInspectionPlan(id: $id, version: $v, input: $input) { ${PLAN_FIELDS} title } }`,
        {
          id: plan.id,
          v: plan.version,
          input: {
            year: 2022,
            title,
            periodFrom: '2022-10-03',
            periodTo: '2022-10-28',
            leadUnitId: sonvId,
            catalogYear: 2020,
          },
        },
      );
    const [first, second] = await Promise.all([update('Kế hoạch B'), update('Kế hoạch C')]);
    const outcomes = [first, second].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = (first.data?.updateInspectionPlan ?? second.data?.updateInspectionPlan)!;
    const stored = await mutate<{ inspectionPlan: { title: string; version: number } }>(
      `query($id: ID!) { inspectionPlan(id: $id) { title version } }`,
      { id: plan.id },
    );
    expect(stored.inspectionPlan).toEqual({ title: winner.title, version: 2 });
  });

  it('names the field of bad input', async () => {
    const base = {
      year: 2022,
      title: 'Kế hoạch',
      periodFrom: '2022-10-03',
      periodTo: '2022-10-28',
      leadUnitId: sonvId,
    };
    const send = (input: object) =>
      errorOf(`mutation($input: PlanInput!) { createInspectionPlan(input: $input) { id } }`, { input });
    const shortTitle = await send({ ...base, title: 'K' });
    expect(shortTitle.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'title' }] });
    const backwards = await send({ ...base, periodTo: '2022-09-01', catalogYear: 2020 });
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodTo' });
    const unknownUnit = await send({
      ...base,
      leadUnitId: '00000000-0000-4000-8000-000000000000',
      catalogYear: 2020,
    });
    expect(unknownUnit.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadUnitId' });
    const noCatalog = await send(base);
    expect(noCatalog.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'catalogYear' });
  });

  it('keeps an audit trail of who changed what and when', async () => {
    const plan = await create('Kế hoạch kiểm toán');
    await mutate(
      `mutation($id: ID!, $v: Int!) { addTeamMember(planId: $id, version: $v, member: { fullName: "Lê Văn Cường", role: MEMBER }) { id } }`,
      { id: plan.id, v: plan.version },
    );
    const { auditLog } = await mutate<{
      auditLog: {
        totalCount: number;
        nodes: { action: string; actor: string; at: string; changes: Record<string, unknown> }[];
      };
    }>(`query($id: ID!) { auditLog(objectId: $id) { totalCount nodes { action actor at changes } } }`, {
      id: plan.id,
    });
    expect(auditLog.nodes.map((e) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(auditLog.nodes[0]!.changes).toHaveProperty('version', [1, 2]);
    expect(auditLog.nodes[1]!.changes).toHaveProperty('title', [null, 'Kế hoạch kiểm toán']);
    expect(auditLog.nodes[0]!.actor).toBe('admin');
  });
});

describe('corrective actions', () => {
  it('go from OPEN to REPORTED by a report and to VERIFIED by an inspector, resolving their finding', async () => {
    const plan = await mutate<{ createInspectionPlan: Plan }>(
      `mutation($input: PlanInput!) { createInspectionPlan(input: $input) { ${PLAN_FIELDS} } }`,
      {
        input: {
          year: 2023,
          title: 'Kế hoạch 2023',
          periodFrom: '2023-10-02',
          periodTo: '2023-10-20',
          leadUnitId: sonvId,
          catalogYear: 2020,
        },
      },
    );
    let p = plan.createInspectionPlan;
    const step = async (query: string, extra: Record<string, unknown> = {}) => {
      const data = await mutate<Record<string, Plan>>(query, { id: p.id, v: p.version, ...extra });
      p = Object.values(data)[0]!;
    };
    await step(
      `mutation($id: ID!, $v: Int!) { addTeamMember(planId: $id, version: $v, member: { fullName: "Phạm Minh Đức", role: LEAD }) { ${PLAN_FIELDS} } }`,
    );
    await step(
      `mutation($id: ID!, $v: Int!, $u: ID!) { addInspectionTarget(planId: $id, version: $v, target: { unitId: $u }) { ${PLAN_FIELDS} } }`,
      { u: hondatId },
    );
    await step(
      `mutation($id: ID!, $v: Int!) { changeInspectionPlanStatus(id: $id, version: $v, status: APPROVED) { ${PLAN_FIELDS} } }`,
    );
    await step(
      `mutation($id: ID!, $v: Int!) { changeInspectionPlanStatus(id: $id, version: $v, status: IN_PROGRESS) { ${PLAN_FIELDS} } }`,
    );
    const target = await mutate<{ inspectionPlan: { targets: { id: string }[] } }>(
      `query($id: ID!) { inspectionPlan(id: $id) { targets { id } } }`,
      { id: p.id },
    );
    const { recordFinding } = await mutate<{ recordFinding: { id: string; status: string } }>(
      `mutation($t: ID!) { recordFinding(targetId: $t, finding: { areaCode: "TTHC", kind: LIMITATION, severity: HIGH,
        text: "Hồ sơ trễ hẹn chưa có văn bản xin lỗi", evidence: [{ label: "Hồ sơ trễ hẹn", value: 7, unit: "hồ sơ", indicatorCode: "LATE_DOSSIERS" }] }) { id status } }`,
      { t: target.inspectionPlan.targets[0]!.id },
    );
    expect(recordFinding.status).toBe('OPEN');
    const { createCorrectiveAction: action } = await mutate<{
      createCorrectiveAction: { id: string; version: number; status: string };
    }>(
      `mutation($f: ID!) { createCorrectiveAction(findingId: $f, action: { requiredAction: "Gửi văn bản xin lỗi", deadline: "2099-12-31" }) { id version status } }`,
      { f: recordFinding.id },
    );
    expect(action.status).toBe('OPEN');
    const early = await errorOf(
      `mutation($a: ID!, $v: Int!) { verifyCorrectiveAction(actionId: $a, version: $v, accepted: true) { id } }`,
      { a: action.id, v: action.version },
    );
    expect(early.message).toMatch(/Only a REPORTED action/);
    const reported = await mutate<{
      reportOnCorrectiveAction: { version: number; status: string; reports: { text: string }[] };
    }>(
      `mutation($a: ID!, $v: Int!) { reportOnCorrectiveAction(actionId: $a, version: $v, report: { reportedOn: "2024-01-15", text: "Đã gửi 7 văn bản xin lỗi",
        attachments: [{ fileName: "xin-loi.pdf", mediaType: "application/pdf", sizeBytes: 1024 }] }) { version status reports { text } } }`,
      { a: action.id, v: action.version },
    );
    expect(reported.reportOnCorrectiveAction).toMatchObject({
      status: 'REPORTED',
      reports: [{ text: 'Đã gửi 7 văn bản xin lỗi' }],
    });
    const verified = await mutate<{
      verifyCorrectiveAction: { status: string; finding: { status: string } };
    }>(
      `mutation($a: ID!, $v: Int!) { verifyCorrectiveAction(actionId: $a, version: $v, accepted: true, note: "Đạt") { status finding { status } } }`,
      { a: action.id, v: reported.reportOnCorrectiveAction.version },
    );
    expect(verified.verifyCorrectiveAction).toEqual({ status: 'VERIFIED', finding: { status: 'RESOLVED' } });
  });
});

describe('criteria catalogs, visits and conclusions', () => {
  it("copies a year's catalog to the next, edits it, and refuses to edit one a running plan uses", async () => {
    const { copyCriteriaCatalog } = await mutate<{
      copyCriteriaCatalog: { year: number; areas: { code: string; criteria: { code: string }[] }[] };
    }>(
      `mutation { copyCriteriaCatalog(fromYear: 2020, toYear: 2024) { year areas { code criteria { code } } } }`,
    );
    expect(copyCriteriaCatalog.areas.map((a) => a.code)).toEqual([
      'CDDH',
      'TC',
      'TTHC',
      'TCBM',
      'CBCCVC',
      'TCC',
      'HDH',
    ]);
    const saved = await mutate<{ saveCriterion: { code: string; nameVi: string } }>(
      `mutation { saveCriterion(year: 2024, criterion: { areaCode: "HDH", code: "HDH.9", nameVi: "Số hóa hồ sơ, kết quả giải quyết TTHC", nameEn: "Digitised dossiers" }) { code nameVi } }`,
    );
    expect(saved.saveCriterion.code).toBe('HDH.9');
    const after = await mutate<{
      criteriaCatalog: { areas: { code: string; criteria: { code: string }[] }[] };
    }>(`{ criteriaCatalog(year: 2024) { areas { code criteria { code } } } }`);
    expect(after.criteriaCatalog.areas.find((a) => a.code === 'HDH')!.criteria.map((c) => c.code)).toContain(
      'HDH.9',
    );
    const original = await mutate<{
      criteriaCatalog: { areas: { code: string; criteria: { code: string }[] }[] };
    }>(`{ criteriaCatalog(year: 2020) { areas { code criteria { code } } } }`);
    expect(
      original.criteriaCatalog.areas.find((a) => a.code === 'HDH')!.criteria.map((c) => c.code),
    ).not.toContain('HDH.9');
    const refused = await errorOf(
      `mutation { saveCriterion(year: 2020, criterion: { areaCode: "HDH", code: "HDH.9", nameVi: "Tiêu chí mới", nameEn: "New criterion" }) { code } }`,
    );
    expect(refused.message).toMatch(/used by a plan past DRAFT/);
  });

  it('records a visit once, detects a stale version, and concludes a plan only with its conclusion', async () => {
    let p = (
      await mutate<{ createInspectionPlan: Plan }>(
        `mutation($input: PlanInput!) { createInspectionPlan(input: $input) { ${PLAN_FIELDS} } }`,
        {
          input: {
            year: 2025,
            title: 'Kế hoạch 2025',
            periodFrom: '2025-03-03',
            periodTo: '2025-03-21',
            leadUnitId: sonvId,
            catalogYear: 2020,
          },
        },
      )
    ).createInspectionPlan;
    const step = async (query: string, extra: Record<string, unknown> = {}) => {
      p = Object.values(await mutate<Record<string, Plan>>(query, { id: p.id, v: p.version, ...extra }))[0]!;
    };
    await step(
      `mutation($id: ID!, $v: Int!) { addTeamMember(planId: $id, version: $v, member: { fullName: "Võ Thị Hoa", role: LEAD }) { ${PLAN_FIELDS} } }`,
    );
    await step(
      `mutation($id: ID!, $v: Int!, $u: ID!) { addInspectionTarget(planId: $id, version: $v, target: { unitId: $u, plannedDate: "2025-03-04" }) { ${PLAN_FIELDS} } }`,
      { u: hondatId },
    );
    await step(
      `mutation($id: ID!, $v: Int!) { changeInspectionPlanStatus(id: $id, version: $v, status: APPROVED) { ${PLAN_FIELDS} } }`,
    );
    await step(
      `mutation($id: ID!, $v: Int!) { changeInspectionPlanStatus(id: $id, version: $v, status: IN_PROGRESS) { ${PLAN_FIELDS} } }`,
    );
    const { inspectionPlan } = await mutate<{ inspectionPlan: { targets: { id: string }[] } }>(
      `query($id: ID!) { inspectionPlan(id: $id) { targets { id } } }`,
      { id: p.id },
    );
    const visit = (version: number) =>
      platform.query<{ recordVisit: { version: number; status: string } }>(
        `mutation($t: ID!, $v: Int!) { recordVisit(targetId: $t, version: $v, visit: { actualDate: "2025-03-04", attendees: ["Chủ tịch UBND huyện"], minutes: "Biên bản làm việc", status: DONE }) { version status } }`,
        { t: inspectionPlan.targets[0]!.id, v: version },
      );
    expect((await visit(0)).data?.recordVisit).toEqual({ version: 1, status: 'DONE' });
    expect((await visit(0)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await step(
      `mutation($id: ID!, $v: Int!) { setConclusion(planId: $id, version: $v, conclusion: { number: "01/TB-ĐKT", issuedOn: "2025-04-01",
        summary: "Đơn vị thực hiện tốt", recommendations: [{ addressee: UNITS, text: "Tiếp tục duy trì" }] }) { ${PLAN_FIELDS} } }`,
    );
    await step(
      `mutation($id: ID!, $v: Int!) { changeInspectionPlanStatus(id: $id, version: $v, status: CONCLUDED) { ${PLAN_FIELDS} } }`,
    );
    expect(p.status).toBe('CONCLUDED');
    const concluded = await mutate<{
      inspectionPlan: { conclusion: { number: string; recommendations: { text: string }[] } };
    }>(`query($id: ID!) { inspectionPlan(id: $id) { conclusion { number recommendations { text } } } }`, {
      id: p.id,
    });
    expect(concluded.inspectionPlan.conclusion).toEqual({
      number: '01/TB-ĐKT',
      recommendations: [{ text: 'Tiếp tục duy trì' }],
    });
  });
});

describe('BI filters by unit code, as of a date', () => {
  it('selects the findings of a code held on a date, the same as by the id of that date', async () => {
    const { unitByCode } = await mutate<{ unitByCode: { id: string } }>(
      `{ unitByCode(code: "902", asOf: "2020-10-19") { id } }`,
    );
    const { byCode, byId, statsByCode, statsById } = await mutate<{
      byCode: { totalCount: number; nodes: { id: string }[] };
      byId: { totalCount: number; nodes: { id: string }[] };
      statsByCode: unknown[];
      statsById: unknown[];
    }>(
      `query($id: ID!) {
        byCode: findings(filter: { unitCodes: ["902"], asOf: "2020-10-19", year: 2020 }, first: 500) { totalCount nodes { id } }
        byId: findings(filter: { unitIds: [$id], year: 2020 }, first: 500) { totalCount nodes { id } }
        statsByCode: findingStats(groupBy: [AREA, KIND], filter: { unitCodes: ["902"], asOf: "2020-10-19" }) { areaCode kind count }
        statsById: findingStats(groupBy: [AREA, KIND], filter: { unitIds: [$id] }) { areaCode kind count } }`,
      { id: unitByCode.id },
    );
    expect(byCode.totalCount).toBeGreaterThan(0);
    expect(byCode).toEqual(byId);
    expect(statsByCode.length).toBeGreaterThan(0);
    expect(statsByCode).toEqual(statsById);
  });

  it("gives the 2020 campaign's findings for Kiên Giang (91 as of 2020) with its descendants", async () => {
    const { province, campaign, provinceStats, campaignStats } = await mutate<{
      province: { totalCount: number };
      campaign: { totalCount: number };
      provinceStats: unknown[];
      campaignStats: unknown[];
    }>(
      `query($plan: ID!) {
        province: findings(filter: { unitCodes: ["91"], asOf: "2020-10-19", includeDescendants: true, year: 2020 }) { totalCount }
        campaign: findings(filter: { planId: $plan }) { totalCount }
        provinceStats: findingStats(groupBy: [UNIT], filter: { unitCodes: ["91"], asOf: "2020-10-19", includeDescendants: true, year: 2020 }) { unit { id } count }
        campaignStats: findingStats(groupBy: [UNIT], filter: { planId: $plan }) { unit { id } count } }`,
      { plan: plan2020.id },
    );
    expect(campaign.totalCount).toBeGreaterThan(100);
    expect(province.totalCount).toBe(campaign.totalCount);
    expect(provinceStats).toEqual(campaignStats);
  });

  it('resolves a reused code on the date given: 30769 was Đông Hồ in 2020 and is Phường Hà Tiên today', async () => {
    const { then, today } = await mutate<{ then: { totalCount: number }; today: { totalCount: number } }>(
      `{ then: findings(filter: { unitCodes: ["30769"], asOf: "2020-10-19" }) { totalCount }
        today: findings(filter: { unitCodes: ["30769"] }) { totalCount } }`,
    );
    expect(then.totalCount).toBeGreaterThan(0);
    expect(today.totalCount).toBe(0);
  });

  it('selects corrective actions by the responsible unit code, the same as by id', async () => {
    const { unitByCode } = await mutate<{ unitByCode: { id: string } }>(
      `{ unitByCode(code: "903", asOf: "2020-10-19") { id } }`,
    );
    const { byCode, byId } = await mutate<{
      byCode: { totalCount: number; nodes: { id: string }[] };
      byId: { totalCount: number; nodes: { id: string }[] };
    }>(
      `query($id: ID!) {
        byCode: correctiveActions(filter: { responsibleUnitCodes: ["903"], asOf: "2020-10-19", includeDescendants: true }, first: 500) { totalCount nodes { id } }
        byId: correctiveActions(filter: { responsibleUnitIds: [$id], includeDescendants: true }, first: 500) { totalCount nodes { id } } }`,
      { id: unitByCode.id },
    );
    expect(byCode.totalCount).toBeGreaterThan(0);
    expect(byCode).toEqual(byId);
  });

  it('refuses a code no unit held on that date, naming the field, the code and the date', async () => {
    const finding = await errorOf(
      `{ findings(filter: { unitCodes: ["902", "99999"], asOf: "2020-10-19" }) { totalCount } }`,
    );
    expect(finding.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitCodes' });
    expect(finding.message).toContain('99999');
    expect(finding.message).toContain('2020-10-19');
    // 902 (huyện Kiên Lương) ended with the district level on 2025-07-01.
    const stats = await errorOf(
      `{ findingStats(groupBy: [AREA], filter: { unitCodes: ["902"] }) { count } }`,
    );
    expect(stats.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitCodes' });
    const action = await errorOf(
      `{ correctiveActions(filter: { responsibleUnitCodes: ["99999"], asOf: "2020-10-19" }) { totalCount } }`,
    );
    expect(action.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responsibleUnitCodes' });
  });
});

describe('the 2026 draft plan of An Giang (91 from 2025-07-01)', () => {
  it("is led by An Giang's Sở Nội vụ, targets today's departments and communes, and its catalog is 2026's", async () => {
    const { inspectionPlans } = await mutate<{
      inspectionPlans: {
        nodes: {
          id: string;
          version: number;
          status: string;
          periodFrom: string;
          periodTo: string;
          allowedTransitions: string[];
          leadUnit: { code: string; name: string; validFrom: string; parent: { name: string } };
          catalog: { year: number; areas: { code: string }[] };
          team: { role: string }[];
          targets: { plannedDate: string; unit: { code: string; level: string; validFrom: string } }[];
        }[];
      };
    }>(
      `{ inspectionPlans(filter: { year: 2026 }) { nodes { id version status periodFrom periodTo allowedTransitions
        leadUnit { code name validFrom parent { name } } catalog { year areas { code } } team { role }
        targets { plannedDate unit { code level validFrom } } } } }`,
    );
    expect(inspectionPlans.nodes).toHaveLength(1);
    const plan = inspectionPlans.nodes[0]!;
    expect(plan).toMatchObject({
      status: 'DRAFT',
      leadUnit: { code: '91-SNV', name: 'Sở Nội vụ', validFrom: '2025-07-01', parent: { name: 'An Giang' } },
      catalog: { year: 2026 },
    });
    expect(plan.allowedTransitions).toContain('APPROVED');
    expect(plan.catalog.areas).toHaveLength(7);
    expect(plan.team[0]!.role).toBe('LEAD');
    expect(plan.targets.length).toBeGreaterThanOrEqual(5);
    for (const target of plan.targets) {
      expect(target.unit.validFrom, target.unit.code).toBe('2025-07-01');
      expect(target.plannedDate >= plan.periodFrom && target.plannedDate <= plan.periodTo).toBe(true);
    }
    expect(plan.targets.map((t) => t.unit.code)).toEqual(
      expect.arrayContaining(['30742', '30817', '91-STC']),
    );

    // Saved from the edit screen as it is (no catalog year sent): the plan year's catalog is there.
    const saved = await platform.query<{ updateInspectionPlan: { version: number } }>(
      `mutation($id: ID!, $v: Int!, $u: ID!) { updateInspectionPlan(id: $id, version: $v, input: { year: 2026,
        title: "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 của tỉnh An Giang",
        periodFrom: "${plan.periodFrom}", periodTo: "${plan.periodTo}", leadUnitId: $u }) { version } }`,
      { id: plan.id, v: plan.version, u: await idOf('91-SNV', plan.periodFrom) },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateInspectionPlan.version).toBe(plan.version + 1);
  });
});

async function idOf(code: string, asOf: string): Promise<string> {
  const { unitByCode } = await mutate<{ unitByCode: { id: string } }>(
    'query($code: String!, $asOf: Date) { unitByCode(code: $code, asOf: $asOf) { id } }',
    { code, asOf },
  );
  return unitByCode.id;
}

describe('what the screens read', () => {
  it('shows a unit officer where each of its corrective actions comes from: the finding, its area and plan', async () => {
    const officer = await platform.login('hondat');
    const { data, errors } = await platform.queryAs<{
      correctiveActions: {
        nodes: {
          finding: {
            text: string;
            area: { code: string; nameVi: string; nameEn: string };
            plan: { id: string; title: string; year: number; periodFrom: string; periodTo: string };
          };
        }[];
      };
    }>(
      officer,
      `{ correctiveActions(first: 50) { nodes { finding { text area { code nameVi nameEn }
        plan { id title year periodFrom periodTo } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.correctiveActions.nodes.length).toBeGreaterThan(0);
    for (const { finding } of data!.correctiveActions.nodes) {
      expect(finding.text.length).toBeGreaterThan(0);
      expect(finding.area.nameVi.length).toBeGreaterThan(0);
    }
    expect(data!.correctiveActions.nodes.map((a) => a.finding.plan.id)).toContain(plan2020.id);
    expect(data!.correctiveActions.nodes[0]!.finding.plan).toMatchObject({
      title: expect.stringContaining('2020'),
      year: 2020,
      periodFrom: '2020-10-19',
    });
  });

  it("reads the 2020 plan's conclusion and each target's findings as ADMIN and as INSPECTOR", async () => {
    const query = `query($id: ID!) { inspectionPlan(id: $id) { conclusion { number issuedOn summary
      recommendations { addressee text } } targets { unit { name } findings { kind area { code } text actions { status } } } } }`;
    for (const username of ['admin', 'thanhtra']) {
      const { data, errors } = await platform.queryAs<{
        inspectionPlan: {
          conclusion: { number: string; recommendations: { text: string }[] };
          targets: { findings: { text: string }[] }[];
        };
      }>(await platform.login(username), query, { id: plan2020.id });
      expect(errors, username).toBeUndefined();
      expect(data!.inspectionPlan.conclusion.number).toBe('000/TB-ĐKT');
      expect(data!.inspectionPlan.conclusion.recommendations).toHaveLength(6);
      expect(
        data!.inspectionPlan.targets.every((t) => t.findings.length > 0),
        username,
      ).toBe(true);
    }
  });
});

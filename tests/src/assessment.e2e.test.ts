import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/** Scoring inspected units, their grades and ranking, and the conclusion notice each unit receives. */
let platform: TestPlatform;
const tokens: Record<string, string> = {};
const units: Record<string, string> = {};
let targets: Record<'hondat' | 'kienluong' | 'skhdt', string>;

interface Leaf {
  id: string;
  code: string;
  maxPoints: number;
  area: string;
}
interface Threshold {
  classification: string;
  minPercent: number;
}
let leaves: Leaf[] = [];
let thresholds: Threshold[] = [];

const ASSESSMENT = `assessment { total maxTotal classification rank version
  areas { areaCode areaName score maxScore rank } scores { criterion { id code } points comment prefilled } }`;

async function ok<T>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await platform.queryAs<T>(token, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

/** The grade the catalog's thresholds give, computed here from what the API states. */
function expectedGrade(total: number, maxTotal: number): string {
  const percent = Math.round((total / maxTotal) * 10_000) / 100;
  return [...thresholds].sort((a, b) => b.minPercent - a.minPercent).find((t) => percent >= t.minPercent)!
    .classification;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function save(token: string, targetId: string, version: number, scores: unknown[]) {
  return platform.queryAs<{ saveAssessment: { total: number; version: number } }>(
    token,
    `mutation($input: SaveAssessmentInput!) { saveAssessment(input: $input) { total classification version } }`,
    { input: { targetId, version, scores } },
  );
}

const assessmentOf = (targetId: string) =>
  ok<{ inspectionPlan: { targets: { id: string; assessment: { total: number; version: number } }[] } }>(
    tokens.admin!,
    `query($id: ID!) { inspectionPlan(id: $id) { targets { id ${ASSESSMENT} } } }`,
    { id: planId },
  ).then((d) => d.inspectionPlan.targets.find((t) => t.id === targetId)!.assessment);

let planId = '';

/** A plan on some units, with thanhtra a member (not the lead), in progress; its targets by unit key. */
async function runningPlan(input: Record<string, unknown>, unitKeys: string[]) {
  let plan = (
    await ok<{ createInspectionPlan: { id: string; version: number } }>(
      tokens.admin!,
      `mutation($input: PlanInput!) { createInspectionPlan(input: $input) { id version } }`,
      { input },
    )
  ).createInspectionPlan;
  const step = async (mutation: string, extra: Record<string, unknown> = {}) => {
    plan = Object.values(
      await ok<Record<string, { id: string; version: number }>>(tokens.admin!, mutation, {
        id: plan.id,
        v: plan.version,
        ...extra,
      }),
    )[0]!;
  };
  await step(
    `mutation($id: ID!, $v: Int!) { addTeamMember(planId: $id, version: $v, member: { fullName: "Nguyễn Văn An", role: LEAD }) { id version } }`,
  );
  await step(
    `mutation($id: ID!, $v: Int!) { addTeamMember(planId: $id, version: $v, member: { fullName: "Phạm Thị Dung", role: MEMBER, username: "thanhtra" }) { id version } }`,
  );
  for (const unit of unitKeys)
    await step(
      `mutation($id: ID!, $v: Int!, $u: ID!) { addInspectionTarget(planId: $id, version: $v, target: { unitId: $u }) { id version } }`,
      { u: units[unit] },
    );
  for (const status of ['APPROVED', 'IN_PROGRESS'])
    await step(
      `mutation($id: ID!, $v: Int!, $s: PlanStatus!) { changeInspectionPlanStatus(id: $id, version: $v, status: $s) { id version } }`,
      { s: status },
    );
  const read = await ok<{ inspectionPlan: { targets: { id: string; unit: { id: string } }[] } }>(
    tokens.admin!,
    `query($id: ID!) { inspectionPlan(id: $id) { targets { id unit { id } } } }`,
    { id: plan.id },
  );
  return {
    id: plan.id,
    targetOf: (unit: string) => read.inspectionPlan.targets.find((t) => t.unit.id === units[unit])!.id,
  };
}

beforeAll(async () => {
  platform = await startPlatform('e2e_assessment');
  for (const user of ['admin', 'thanhtra', 'hondat', 'sokhdt', 'doitac'])
    tokens[user] = await platform.login(user);
  const found = await ok<Record<string, { id: string }>>(
    null,
    `{ hondat: unitByCode(code: "903", asOf: "2020-10-19") { id } kienluong: unitByCode(code: "902", asOf: "2020-10-19") { id }
       skhdt: unitByCode(code: "91-SKHDT", asOf: "2020-10-19") { id } sonv: unitByCode(code: "91-SNV", asOf: "2020-10-19") { id } }`,
  );
  for (const [key, unit] of Object.entries(found)) units[key] = unit.id;
  const catalog = await ok<{
    criteriaCatalog: {
      classificationThresholds: Threshold[];
      areas: {
        code: string;
        criteria: {
          id: string;
          code: string;
          maxPoints: number;
          subCriteria: { id: string; code: string; maxPoints: number }[];
        }[];
      }[];
    };
  }>(
    tokens.admin!,
    `{ criteriaCatalog(year: 2020) { classificationThresholds { classification minPercent }
       areas { code criteria { id code maxPoints subCriteria { id code maxPoints } } } } }`,
  );
  thresholds = catalog.criteriaCatalog.classificationThresholds;
  leaves = catalog.criteriaCatalog.areas.flatMap((area) =>
    area.criteria.flatMap((c) =>
      (c.subCriteria.length ? c.subCriteria : [c]).map((l) => ({ ...l, area: area.code })),
    ),
  );

  // A 2022 plan on three units, with thanhtra a member (not the lead), in progress.
  const plan = await runningPlan(
    {
      year: 2022,
      title: 'Kế hoạch kiểm tra CCHC năm 2022',
      periodFrom: '2022-10-03',
      periodTo: '2022-10-28',
      leadUnitId: units.sonv,
      catalogYear: 2020,
    },
    ['hondat', 'kienluong', 'skhdt'],
  );
  planId = plan.id;
  const targetOf = plan.targetOf;
  targets = { hondat: targetOf('hondat'), kienluong: targetOf('kienluong'), skhdt: targetOf('skhdt') };
});
afterAll(() => platform?.stop());

/** Full points on TTHC, half (down to 0.5) on HDH: two areas scored. */
const twoAreas = () =>
  leaves
    .filter((l) => l.area === 'TTHC' || l.area === 'HDH')
    .map((l) => ({
      criterionId: l.id,
      points: l.area === 'TTHC' ? l.maxPoints : Math.floor(l.maxPoints) / 2,
      comment: `Chấm ${l.code}`,
    }));

describe('scoring a unit', () => {
  it('totals two scored areas out of the catalog maximum and grades them by the catalog thresholds', async () => {
    const scores = twoAreas();
    expect((await save(tokens.thanhtra!, targets.hondat, 0, scores)).errors).toBeUndefined();
    const assessment = (await assessmentOf(targets.hondat)) as unknown as {
      total: number;
      maxTotal: number;
      classification: string;
      version: number;
      areas: { areaCode: string; score: number; maxScore: number }[];
      scores: { criterion: { id: string }; points: number; comment: string; prefilled: boolean }[];
    };
    const sumOf = (area: string) =>
      round2(
        scores
          .filter((s) => leaves.find((l) => l.id === s.criterionId)!.area === area)
          .reduce((n, s) => n + s.points, 0),
      );
    const maxTotal = round2(leaves.reduce((n, l) => n + l.maxPoints, 0));
    const total = round2(sumOf('TTHC') + sumOf('HDH'));
    expect(maxTotal).toBeGreaterThan(0);
    expect(assessment).toMatchObject({
      total,
      maxTotal,
      classification: expectedGrade(total, maxTotal),
      version: 1,
    });
    expect(assessment.areas.find((a) => a.areaCode === 'TTHC')).toMatchObject({
      score: sumOf('TTHC'),
      maxScore: round2(leaves.filter((l) => l.area === 'TTHC').reduce((n, l) => n + l.maxPoints, 0)),
    });
    expect(assessment.areas.find((a) => a.areaCode === 'CDDH')?.score).toBe(0);
    expect(assessment.scores).toHaveLength(scores.length);
    expect(assessment.scores.find((s) => s.criterion.id === scores[0]!.criterionId)).toMatchObject({
      points: scores[0]!.points,
      comment: scores[0]!.comment,
      prefilled: false,
    });
  });

  it('refuses points beyond the criterion maximum, naming the field, and writes nothing', async () => {
    const leaf = leaves[1]!;
    const response = await save(tokens.thanhtra!, targets.hondat, 1, [
      { criterionId: leaves[0]!.id, points: 0 },
      { criterionId: leaf.id, points: leaf.maxPoints + 1 },
    ]);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scores[1].points',
    });
    const negative = await save(tokens.thanhtra!, targets.hondat, 1, [
      { criterionId: leaf.id, points: -0.5 },
    ]);
    expect(negative.errors?.[0]?.extensions?.field).toBe('scores[0].points');
    expect(await assessmentOf(targets.hondat)).toMatchObject({ version: 1 });
  });

  it('refuses a criterion of no catalog and a stale version (CONFLICT with the current one), writing nothing', async () => {
    const before = await assessmentOf(targets.hondat);
    const unknown = await save(tokens.thanhtra!, targets.hondat, 1, [
      { criterionId: '00000000-0000-4000-8000-000000000000', points: 0 },
    ]);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scores[0].criterionId',
    });
    const stale = await save(tokens.thanhtra!, targets.hondat, 0, [
      { criterionId: leaves[0]!.id, points: 0 },
    ]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(await assessmentOf(targets.hondat)).toEqual(before);
  });

  it('lets only the plan team and ADMIN score: a unit officer and an inspector of another team are refused', async () => {
    const score = [{ criterionId: leaves[0]!.id, points: 0 }];
    expect((await save(tokens.hondat!, targets.hondat, 1, score)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const plans = await ok<{ inspectionPlans: { nodes: { targets: { id: string }[] }[] } }>(
      tokens.admin!,
      `{ inspectionPlans(filter: { year: 2021 }) { nodes { targets { id } } } }`,
    );
    const otherTeam = plans.inspectionPlans.nodes[0]!.targets[0]!.id;
    expect((await save(tokens.thanhtra!, otherTeam, 0, score)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await assessmentOf(targets.hondat)).toMatchObject({ version: 1 });
  });

  it('ranks the scored units by total, ties sharing a rank, and per area', async () => {
    const all = leaves.map((l) => ({ criterionId: l.id, points: l.maxPoints }));
    expect((await save(tokens.admin!, targets.kienluong, 0, all)).errors).toBeUndefined();
    expect((await save(tokens.admin!, targets.skhdt, 0, twoAreas())).errors).toBeUndefined();
    const { inspectionPlan } = await ok<{
      inspectionPlan: {
        ranking: {
          unit: { id: string };
          total: number;
          rank: number;
          areas: { areaCode: string; rank: number }[];
        }[];
      };
    }>(
      tokens.admin!,
      `query($id: ID!) { inspectionPlan(id: $id) { ranking { unit { id } total rank classification areas { areaCode rank } } } }`,
      { id: planId },
    );
    const full = round2(leaves.reduce((n, l) => n + l.maxPoints, 0));
    expect(inspectionPlan.ranking.map((r) => [r.unit.id, r.total, r.rank])).toEqual([
      [units.kienluong, full, 1],
      ...[units.hondat, units.skhdt]
        .sort(
          (a, b) =>
            inspectionPlan.ranking.findIndex((r) => r.unit.id === a) -
            inspectionPlan.ranking.findIndex((r) => r.unit.id === b),
        )
        .map((id) => [id, inspectionPlan.ranking[1]!.total, 2]),
    ]);
    expect(inspectionPlan.ranking[1]!.total).toBeLessThan(full);
    // Everyone has full TTHC points: a three-way tie there; only Kiên Lương scored CDDH.
    expect(inspectionPlan.ranking.map((r) => r.areas.find((a) => a.areaCode === 'TTHC')!.rank)).toEqual([
      1, 1, 1,
    ]);
    expect(inspectionPlan.ranking.map((r) => r.areas.find((a) => a.areaCode === 'CDDH')!.rank)).toEqual([
      1, 2, 2,
    ]);
  });
});

describe('conclusion notices', () => {
  const NOTICE = `number issuedOn strengths limitations classification total maxTotal version
    unit { id } actions { requiredAction deadline responsibleUnit { id } responsibleRole }`;
  const issue = (token: string, targetId: string, number: string, version = 0) =>
    platform.queryAs<{ issueNotice: Record<string, unknown> }>(
      token,
      `mutation($input: IssueNoticeInput!) { issueNotice(input: $input) { ${NOTICE} } }`,
      { input: { targetId, number, issuedOn: '2022-11-15', version } },
    );

  it("builds a unit's notice from its findings, actions and grade, keeps it as issued, and only ADMIN or the lead issue it", async () => {
    const finding = async (kind: string, text: string) =>
      (
        await ok<{ recordFinding: { id: string } }>(
          tokens.thanhtra!,
          `mutation($t: ID!, $f: FindingInput!) { recordFinding(targetId: $t, finding: $f) { id } }`,
          { t: targets.hondat, f: { areaCode: 'TTHC', kind, severity: 'MEDIUM', text } },
        )
      ).recordFinding.id;
    await finding('STRENGTH', 'Tỷ lệ hồ sơ giải quyết đúng hẹn cao');
    const limitation = await finding('LIMITATION', 'Hồ sơ trễ hẹn chưa có phiếu xin lỗi');
    await ok(
      tokens.thanhtra!,
      `mutation($f: ID!) { createCorrectiveAction(findingId: $f, action: { requiredAction: "Gửi phiếu xin lỗi", deadline: "2023-01-31" }) { id } }`,
      { f: limitation },
    );
    expect((await issue(tokens.thanhtra!, targets.hondat, '01/TB-ĐKT')).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const issued = await issue(tokens.admin!, targets.hondat, '01/TB-ĐKT');
    expect(issued.errors).toBeUndefined();
    const assessment = (await assessmentOf(targets.hondat)) as unknown as { total: number; maxTotal: number };
    expect(issued.data!.issueNotice).toEqual({
      number: '01/TB-ĐKT',
      issuedOn: '2022-11-15',
      strengths: ['Tỷ lệ hồ sơ giải quyết đúng hẹn cao'],
      limitations: ['Hồ sơ trễ hẹn chưa có phiếu xin lỗi'],
      classification: expectedGrade(assessment.total, assessment.maxTotal),
      total: assessment.total,
      maxTotal: assessment.maxTotal,
      version: 1,
      unit: { id: units.hondat },
      actions: [
        {
          requiredAction: 'Gửi phiếu xin lỗi',
          deadline: '2023-01-31',
          responsibleUnit: { id: units.hondat },
          responsibleRole: expect.stringMatching(/^Thủ trưởng/),
        },
      ],
    });
    expect((await issue(tokens.admin!, targets.hondat, '01/TB-ĐKT', 0)).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    expect((await issue(tokens.admin!, targets.kienluong, '02/TB-ĐKT')).errors).toBeUndefined();

    // A finding recorded after issuing does not change the issued notice.
    await finding('LIMITATION', 'Trang thông tin điện tử chưa cập nhật thường xuyên');
    const { inspectionPlan } = await ok<{
      inspectionPlan: {
        targets: { id: string; notice: { limitations: string[] } | null }[];
        conclusion: null;
      };
    }>(
      tokens.admin!,
      `query($id: ID!) { inspectionPlan(id: $id) { targets { id notice { limitations } } } }`,
      { id: planId },
    );
    expect(inspectionPlan.targets.find((t) => t.id === targets.hondat)!.notice!.limitations).toEqual([
      'Hồ sơ trễ hẹn chưa có phiếu xin lỗi',
    ]);
    expect(inspectionPlan.targets.find((t) => t.id === targets.skhdt)!.notice).toBeNull();
  });

  it("lets a unit officer read its own unit's issued notice and not another unit's; partners only once concluded", async () => {
    const notices = (token: string, unitIds?: string[]) =>
      ok<{ conclusionNotices: { number: string; unit: { id: string } }[] }>(
        token,
        `query($p: ID, $u: [ID!]) { conclusionNotices(planId: $p, unitIds: $u) { number unit { id } } }`,
        { p: planId, u: unitIds },
      ).then((d) => d.conclusionNotices);
    expect(await notices(tokens.hondat!)).toEqual([{ number: '01/TB-ĐKT', unit: { id: units.hondat } }]);
    expect(await notices(tokens.hondat!, [units.kienluong!])).toEqual([]);
    expect(await notices(tokens.sokhdt!)).toEqual([]);
    expect((await notices(tokens.admin!)).map((n) => n.number).sort()).toEqual(['01/TB-ĐKT', '02/TB-ĐKT']);
    expect(await notices(tokens.doitac!)).toEqual([]);
    const assessment = await platform.queryAs(
      tokens.hondat!,
      `query($p: ID) { conclusionNotices(planId: $p) { number } findings(filter: { planId: $p }) { nodes { target { assessment { total } } } } }`,
      { p: planId },
    );
    expect(assessment.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the 2020 campaign', () => {
  it('has scores, a grade and an issued notice for every target, the notice listing its findings', async () => {
    const { inspectionPlans } = await ok<{
      inspectionPlans: {
        nodes: {
          conclusion: { notices: { number: string }[] };
          targets: {
            assessment: {
              total: number;
              maxTotal: number;
              classification: string | null;
              rank: number | null;
            };
            notice: { classification: string; strengths: string[]; limitations: string[] } | null;
            findings: { kind: string; text: string }[];
          }[];
        }[];
      };
    }>(
      tokens.admin!,
      `{ inspectionPlans(filter: { year: 2020 }) { nodes { conclusion { notices { number } }
         targets { assessment { total maxTotal classification rank } notice { classification strengths limitations } findings { kind text } } } } }`,
    );
    const plan = inspectionPlans.nodes[0]!;
    expect(plan.targets).toHaveLength(21);
    expect(plan.conclusion.notices).toHaveLength(21);
    for (const target of plan.targets) {
      const { total, maxTotal } = target.assessment;
      expect(target.assessment.classification).toBe(expectedGrade(total, maxTotal));
      expect(target.assessment.rank).toBeGreaterThan(0);
      expect(target.notice?.classification).toBe(target.assessment.classification);
      expect(target.notice?.limitations).toEqual(
        target.findings.filter((f) => f.kind !== 'STRENGTH').map((f) => f.text),
      );
    }
  });
});

describe('measurable criteria', () => {
  interface CatalogCriterion {
    id: string;
    code: string;
    nameVi: string;
    nameEn: string;
    guidance: string | null;
    maxPoints: number;
    subCriteria: Omit<CatalogCriterion, 'subCriteria'>[];
  }
  interface ProposedScore {
    criterion: { id: string };
    points: number;
    comment: string | null;
    prefilled: boolean;
    reading: { indicatorCode: string; from: string; to: string; value: number | null; status: string } | null;
  }
  interface ReadAssessment {
    total: number;
    version: number;
    rank: number | null;
    scores: ProposedScore[];
  }
  const year = 2031;
  /** The rule as the catalog states it, applied here to what Unit.indicators says. */
  const shareOf = (shares: Record<string, number>, status: string) =>
    ({ GOOD: shares.good, WARNING: shares.warning, ALERT: shares.alert })[status];
  const measured = [
    { code: 'ON_TIME_RATE', shares: { good: 1, warning: 0.5, alert: 0 }, stated: null },
    {
      code: 'ONLINE_FILING_OFFERED_RATE',
      shares: { good: 0.8, warning: 0.25, alert: 0.1 },
      stated: { good: 0.8, warning: 0.25, alert: 0.1 },
    },
  ];
  type Leaf = CatalogCriterion & { areaCode: string; parentCode: string | null };
  let picked: Leaf[] = [];

  const saveCriterion = (criterion: Record<string, unknown>) =>
    platform.queryAs<{ saveCriterion: { indicatorCode: string; indicatorPoints: Record<string, number> } }>(
      tokens.admin!,
      `mutation($year: Int!, $c: CriterionInput!) { saveCriterion(year: $year, criterion: $c) {
        indicatorCode indicatorPoints { good warning alert } } }`,
      { year, c: criterion },
    );
  const asInput = ({
    areaCode,
    parentCode,
    code,
    nameVi,
    nameEn,
    guidance,
    maxPoints,
  }: (typeof picked)[0]) => ({
    areaCode,
    parentCode,
    code,
    nameVi,
    nameEn,
    guidance,
    maxPoints,
  });

  beforeAll(async () => {
    await ok(tokens.admin!, `mutation { copyCriteriaCatalog(fromYear: 2020, toYear: ${year}) { year } }`);
    const fields = 'id code nameVi nameEn guidance maxPoints';
    const { criteriaCatalog } = await ok<{
      criteriaCatalog: { areas: { code: string; criteria: CatalogCriterion[] }[] };
    }>(
      tokens.admin!,
      `{ criteriaCatalog(year: ${year}) { areas { code criteria { ${fields} subCriteria { ${fields} } } } } }`,
    );
    const allLeaves = criteriaCatalog.areas.flatMap((area) =>
      area.criteria.flatMap((c): Leaf[] =>
        c.subCriteria.length
          ? c.subCriteria.map((s) => ({ ...s, subCriteria: [], areaCode: area.code, parentCode: c.code }))
          : [{ ...c, areaCode: area.code, parentCode: null }],
      ),
    );
    picked = allLeaves.filter((l) => l.maxPoints > 0).slice(0, measured.length);
    expect(picked).toHaveLength(measured.length);
  });

  it('lets ADMIN name an indicator and its shares per criterion, and refuses an unknown indicator', async () => {
    const unknown = await saveCriterion({ ...asInput(picked[0]!), indicatorCode: 'NO_SUCH_INDICATOR' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorCode' });
    const tooMuch = await saveCriterion({ ...asInput(picked[0]!), indicatorPoints: { warning: 1.5 } });
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const [i, { code, shares, stated }] of measured.entries()) {
      const saved = await saveCriterion({
        ...asInput(picked[i]!),
        indicatorCode: code,
        indicatorPoints: stated,
      });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveCriterion).toEqual({ indicatorCode: code, indicatorPoints: shares });
    }
  });

  it("pre-fills their points from the unit's indicators over the twelve months before the plan, in one request to the figures, until the team scores them", async () => {
    const plan = await runningPlan(
      {
        year: 2021,
        title: 'Kế hoạch kiểm tra CCHC năm 2021 (tiêu chí đo được)',
        periodFrom: '2021-01-04',
        periodTo: '2021-01-29',
        leadUnitId: units.sonv,
        catalogYear: year,
      },
      ['hondat', 'kienluong', 'skhdt'],
    );
    // Kiên Lương was visited in April: its figures are the twelve months before; the others', before the plan.
    await ok(
      tokens.thanhtra!,
      `mutation($t: ID!) { recordVisit(targetId: $t, version: 0, visit: { actualDate: "2021-04-06", attendees: ["Chủ tịch UBND huyện"], status: DONE }) { version } }`,
      { t: plan.targetOf('kienluong') },
    );
    const spans = {
      hondat: { from: '2020-01-01', to: '2020-12-31', period: '2020-01..2020-12' },
      kienluong: { from: '2020-04-01', to: '2021-03-31', period: '2020-04..2021-03' },
      skhdt: { from: '2020-01-01', to: '2020-12-31', period: '2020-01..2020-12' },
    };
    const expected = new Map<
      string,
      {
        criterionId: string;
        points: number;
        value: number | null;
        status: string;
        from: string;
        to: string;
      }[]
    >();
    for (const [unit, { from, to, period }] of Object.entries(spans)) {
      const { unit: read } = await ok<{
        unit: { indicators: { code: string; value: number | null; status: string }[] };
      }>(
        tokens.admin!,
        `query($id: ID!, $p: String!, $codes: [String!]) { unit(id: $id) { indicators(period: $p, codes: $codes) { code value status } } }`,
        { id: units[unit], p: period, codes: measured.map((m) => m.code) },
      );
      expected.set(
        plan.targetOf(unit),
        measured.flatMap(({ code, shares }, i) => {
          const indicator = read.indicators.find((r) => r.code === code)!;
          if (indicator.status === 'NO_DATA') return [];
          const points = round2(picked[i]!.maxPoints * shareOf(shares, indicator.status)!);
          return [
            {
              criterionId: picked[i]!.id,
              points,
              value: indicator.value,
              status: indicator.status,
              from,
              to,
            },
          ];
        }),
      );
    }
    // Real figures: something to pre-fill.
    expect([...expected.values()].flat().length).toBeGreaterThan(0);

    const readPlan = async () => {
      const before = await platform.sqlStatements(platform.metrics);
      const { inspectionPlan } = await ok<{
        inspectionPlan: {
          targets: { id: string; assessment: ReadAssessment }[];
          ranking: { rank: number }[];
        };
      }>(
        tokens.admin!,
        `query($id: ID!) { inspectionPlan(id: $id) { ranking { rank } targets { id assessment { total version rank
          scores { criterion { id } points comment prefilled reading { indicatorCode from to value status } } } } } }`,
        { id: plan.id },
      );
      const statements = (await platform.sqlStatements(platform.metrics)) - before;
      return { inspectionPlan, statements };
    };
    const first = await readPlan();
    // Three units × two measurable criteria over two spans of months, in one request: one roll-up per span
    // (a request per target or per criterion would cost 3 or 6).
    console.log(
      `Pre-filled assessments of 3 targets × 2 criteria → ${first.statements} metrics SQL statements`,
    );
    expect(first.statements).toBe(2);
    expect(first.inspectionPlan.ranking).toEqual([]);
    for (const target of first.inspectionPlan.targets) {
      expect(target.assessment).toMatchObject({ total: 0, version: 0, rank: null });
      expect(
        target.assessment.scores.map((s) => ({
          criterionId: s.criterion.id,
          points: s.points,
          value: s.reading!.value,
          status: s.reading!.status,
          from: s.reading!.from,
          to: s.reading!.to,
        })),
      ).toEqual(expected.get(target.id));
      for (const score of target.assessment.scores) {
        expect(score).toMatchObject({ prefilled: true, comment: null });
        expect(score.reading!.indicatorCode).toBe(
          measured[picked.findIndex((p) => p.id === score.criterion.id)]!.code,
        );
      }
    }

    // The team scores one proposed criterion: its points win, the other stays proposed.
    const [target, proposals] = [...expected.entries()].find(([, p]) => p.length > 0)!;
    const confirmed = proposals[0]!;
    const teamPoints = confirmed.points === 0 ? 0.5 : 0;
    const saved = await save(tokens.thanhtra!, target, 0, [
      { criterionId: confirmed.criterionId, points: teamPoints, comment: 'Đoàn chấm lại' },
    ]);
    expect(saved.errors).toBeUndefined();
    const after = (await readPlan()).inspectionPlan.targets.find((t) => t.id === target)!.assessment;
    expect(after).toMatchObject({ total: teamPoints, version: 1, rank: 1 });
    expect(after.scores.find((s) => s.criterion.id === confirmed.criterionId)).toEqual({
      criterion: { id: confirmed.criterionId },
      points: teamPoints,
      comment: 'Đoàn chấm lại',
      prefilled: false,
      reading: null,
    });
    expect(after.scores.filter((s) => s.prefilled).map((s) => s.criterion.id)).toEqual(
      proposals.slice(1).map((p) => p.criterionId),
    );
  });
});

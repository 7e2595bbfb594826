import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersOf } from './testkit/answers.js';
import { sampleMonthOfFigures } from './testkit/figures.js';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * Findings grounded in the figures, through the gateway: the snapshot an inspection keeps of a unit's
 * indicator, what the figures say of it later (verdicts, filters), and the alerts no finding answers yet.
 */
let platform: TestPlatform;
const { ask, errorOf } = answersOf(() => platform);

interface Indicator {
  code: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: string;
}

interface Reading {
  unitId: string;
  indicatorCode: string;
  from: string;
  to: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: string;
  takenAt: string;
}

const READING = 'evidenceReading { unitId indicatorCode from to numerator denominator value status takenAt }';

/** A plan of 2023 (no visit: readings default to Oct 2022..Sep 2023) in progress, on one commune of Kiên Giang. */
const PERIOD = '2022-10..2023-09';
let plan = { id: '', version: 0 };
let targetId = '';
let communeId = '';

/** The commune's indicators as metrics computes them (the figures the findings must agree with). */
async function indicatorsOf(period: string, codes?: string[]): Promise<Indicator[]> {
  const { unit } = await ask<{ unit: { indicators: Indicator[] } }>(
    `query($id: ID!, $p: String!, $codes: [String!]) { unit(id: $id) { indicators(period: $p, codes: $codes) {
      code numerator denominator value status } } }`,
    { id: communeId, p: period, codes },
  );
  return unit.indicators;
}

async function recordFinding(finding: Record<string, unknown>) {
  const { recordFinding } = await ask<{
    recordFinding: { id: string; version: number; evidenceReading: Reading | null };
  }>(
    `mutation($t: ID!, $f: FindingInput!) { recordFinding(targetId: $t, finding: $f) { id version ${READING} } }`,
    {
      t: targetId,
      f: { areaCode: 'TTHC', severity: 'MEDIUM', text: 'Phát hiện để kiểm tra số liệu', ...finding },
    },
  );
  return recordFinding;
}

beforeAll(async () => {
  platform = await startPlatform('e2e_evidence');
  const units = await ask<{ sonv: { id: string }; commune: { id: string } }>(
    `{ sonv: unitByCode(code: "91-SNV", asOf: "2020-10-19") { id } commune: unitByCode(code: "30817", asOf: "2020-10-19") { id } }`,
  );
  communeId = units.commune.id;
  const created = await ask<{ createInspectionPlan: typeof plan }>(
    `mutation($input: PlanInput!) { createInspectionPlan(input: $input) { id version } }`,
    {
      input: {
        year: 2023,
        title: 'Kiểm tra CCHC 2023 (số liệu)',
        periodFrom: '2023-10-02',
        periodTo: '2023-10-20',
        leadUnitId: units.sonv.id,
        catalogYear: 2020,
      },
    },
  );
  plan = created.createInspectionPlan;
  for (const change of [
    'addTeamMember(planId: $id, version: $v, member: { fullName: "Phạm Minh Đức", role: LEAD })',
    `addInspectionTarget(planId: $id, version: $v, target: { unitId: "${communeId}" })`,
    'changeInspectionPlanStatus(id: $id, version: $v, status: APPROVED)',
    'changeInspectionPlanStatus(id: $id, version: $v, status: IN_PROGRESS)',
  ]) {
    const data = await ask<Record<string, typeof plan>>(
      `mutation($id: ID!, $v: Int!) { ${change} { id version } }`,
      {
        id: plan.id,
        v: plan.version,
      },
    );
    plan = Object.values(data)[0]!;
  }
  const { inspectionPlan } = await ask<{ inspectionPlan: { targets: { id: string }[] } }>(
    `query($id: ID!) { inspectionPlan(id: $id) { targets { id } } }`,
    { id: plan.id },
  );
  targetId = inspectionPlan.targets[0]!.id;
});
afterAll(() => platform?.stop());

describe("a finding's evidence from the figures", () => {
  it("keeps a snapshot equal to the unit's indicator over the twelve months before the inspection", async () => {
    const finding = await recordFinding({ kind: 'LIMITATION', reading: { indicatorCode: 'ON_TIME_RATE' } });
    const [indicator] = await indicatorsOf(PERIOD, ['ON_TIME_RATE']);
    const reading = finding.evidenceReading!;
    expect(reading).toMatchObject({
      unitId: communeId,
      indicatorCode: 'ON_TIME_RATE',
      numerator: indicator!.numerator,
      denominator: indicator!.denominator,
      value: indicator!.value,
      status: indicator!.status,
    });
    expect([reading.from.slice(0, 7), reading.to.slice(0, 7)]).toEqual(['2022-10', '2023-09']);
    expect(indicator!.denominator).toBeGreaterThan(0);
  });

  it('keeps observed figures beside it, marked as observed', async () => {
    const { recordFinding } = await ask<{
      recordFinding: { evidence: { value: number; observed: boolean }[] };
    }>(
      `mutation($t: ID!) { recordFinding(targetId: $t, finding: { areaCode: "TTHC", kind: LIMITATION, severity: LOW,
        text: "Sổ theo dõi hồ sơ ghi chưa đủ", evidence: [{ label: "Hồ sơ ghi thiếu", value: 4, unit: "hồ sơ" }] }) {
        evidence { value observed } } }`,
      { t: targetId },
    );
    expect(recordFinding.evidence).toEqual([{ value: 4, observed: true }]);
  });

  it('refuses an unknown indicator code, naming the field, and records nothing', async () => {
    const count = async () =>
      (
        await ask<{ findings: { totalCount: number } }>(
          'query($p: ID!) { findings(filter: { planId: $p }) { totalCount } }',
          { p: plan.id },
        )
      ).findings.totalCount;
    const before = await count();
    const error = await errorOf(
      `mutation($t: ID!) { recordFinding(targetId: $t, finding: { areaCode: "TTHC", kind: LIMITATION, severity: LOW,
        text: "Chỉ số không có", reading: { indicatorCode: "NO_SUCH_INDICATOR" } }) { id } }`,
      { t: targetId },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reading.indicatorCode' });
    expect(await count()).toBe(before);
  });

  it('re-takes the snapshot only when the reading changes, and detects a stale version', async () => {
    const finding = await recordFinding({ kind: 'LIMITATION', reading: { indicatorCode: 'ON_TIME_RATE' } });
    const update = (version: number, reading: Record<string, unknown>) =>
      platform.query<{ updateFinding: { version: number; evidenceReading: Reading } }>(
        `mutation($id: ID!, $v: Int!, $f: FindingInput!) { updateFinding(id: $id, version: $v, finding: $f) { version ${READING} } }`,
        {
          id: finding.id,
          v: version,
          f: { areaCode: 'TTHC', kind: 'LIMITATION', severity: 'HIGH', text: 'Sửa lời văn', reading },
        },
      );
    const same = (await update(1, { indicatorCode: 'ON_TIME_RATE' })).data!.updateFinding;
    expect(same.evidenceReading.takenAt).toBe(finding.evidenceReading!.takenAt);
    const other = (await update(2, { indicatorCode: 'ON_TIME_RATE', from: '2023-01-01', to: '2023-03-31' }))
      .data!.updateFinding;
    const [q1] = await indicatorsOf('2023-01..2023-03', ['ON_TIME_RATE']);
    expect(other.evidenceReading).toMatchObject({ numerator: q1!.numerator, denominator: q1!.denominator });
    expect(other.evidenceReading.takenAt).not.toBe(finding.evidenceReading!.takenAt);
    expect((await update(2, { indicatorCode: 'ON_TIME_RATE' })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
  });
});

describe('alerts without a finding', () => {
  type Alert = {
    target: { id: string };
    unit: { id: string };
    indicatorCode: string;
    status: string;
    dismissal: { by: string; at: string; reason: string } | null;
  };
  const alerts = async (includeDismissed = false) =>
    (
      await ask<{ inspectionPlan: { alertsWithoutFinding: Alert[] } }>(
        `query($id: ID!, $all: Boolean!) { inspectionPlan(id: $id) { alertsWithoutFinding(includeDismissed: $all) {
          target { id } unit { id } indicatorCode status value dismissal { by at reason } } } }`,
        { id: plan.id, all: includeDismissed },
      )
    ).inspectionPlan.alertsWithoutFinding;
  const named = async () =>
    (
      await ask<{ findings: { nodes: { evidenceReading: { indicatorCode: string } | null }[] } }>(
        'query($p: ID!) { findings(filter: { planId: $p }, first: 100) { nodes { evidenceReading { indicatorCode } } } }',
        { p: plan.id },
      )
    ).findings.nodes.flatMap((f) => (f.evidenceReading ? [f.evidenceReading.indicatorCode] : []));

  it('list the indicators past their target that no finding names, until a finding names one', async () => {
    const past = (await indicatorsOf(PERIOD))
      .filter((i) => i.status === 'WARNING' || i.status === 'ALERT')
      .map((i) => i.code);
    const taken = await named();
    const expected = past.filter((code) => !taken.includes(code)).sort();
    expect(expected.length, 'the commune has indicators past their target in 2022–2023').toBeGreaterThan(1);
    const listed = await alerts();
    expect(listed.map((a) => a.indicatorCode).sort()).toEqual(expected);
    expect(listed.every((a) => a.target.id === targetId && a.unit.id === communeId && !a.dismissal)).toBe(
      true,
    );

    await recordFinding({ kind: 'LIMITATION', reading: { indicatorCode: expected[0] } });
    expect((await alerts()).map((a) => a.indicatorCode).sort()).toEqual(expected.slice(1));
  });

  it('drop an alert the team dismisses with a reason, and show who dismissed it, when and why', async () => {
    const [alert] = await alerts();
    const dismiss = (reason: string, token = platform.adminToken) =>
      platform.queryAs<{ dismissAlert: { id: string; by: string; at: string; reason: string } }>(
        token,
        `mutation($input: DismissAlertInput!) { dismissAlert(input: $input) { id by at reason } }`,
        { input: { planId: plan.id, unitId: communeId, indicatorCode: alert!.indicatorCode, reason } },
      );
    const refused = await dismiss('   ');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    // An inspector who is not on this plan's team, and a unit officer, may not dismiss its alerts.
    for (const username of ['thanhtra', 'hondat']) {
      const other = await dismiss('Không cần', await platform.login(username));
      expect(other.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
    }
    expect((await alerts()).map((a) => a.indicatorCode)).toContain(alert!.indicatorCode);

    const reason = 'Xã đã sáp nhập bộ phận một cửa; số liệu năm trước không còn phản ánh';
    const dismissed = (await dismiss(reason)).data!.dismissAlert;
    expect(dismissed).toMatchObject({ by: 'admin', reason });
    expect(Date.now() - Date.parse(dismissed.at)).toBeLessThan(60_000);
    expect((await alerts()).map((a) => a.indicatorCode)).not.toContain(alert!.indicatorCode);
    const shown = (await alerts(true)).find((a) => a.indicatorCode === alert!.indicatorCode);
    expect(shown?.dismissal).toEqual({ by: dismissed.by, at: dismissed.at, reason });

    const { auditLog } = await ask<{
      auditLog: { nodes: { action: string; actor: string; changes: Record<string, unknown> }[] };
    }>('query($id: ID!) { auditLog(objectId: $id) { nodes { action actor changes } } }', {
      id: dismissed.id,
    });
    expect(auditLog.nodes).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        actor: 'admin',
        changes: expect.objectContaining({ reason: [null, reason] }),
      }),
    ]);
  });
});

/** Needs e-government-metrics' `Finding.verdict` (federated, @requires the snapshot). */
describe('verdicts: what the figures say of a finding', () => {
  const verdictsOfPlan = async () =>
    new Map(
      (
        await ask<{ findings: { nodes: { id: string; verdict: string }[] } }>(
          'query($p: ID!) { findings(filter: { planId: $p }, first: 100) { nodes { id verdict } } }',
          { p: plan.id },
        )
      ).findings.nodes.map((f) => [f.id, f.verdict]),
    );

  it('finds a limitation on an indicator that is good CONTRADICTED, and one on an indicator past its target CONSISTENT', async () => {
    const indicators = await indicatorsOf(PERIOD);
    const good = indicators.find((i) => i.status === 'GOOD');
    const bad = indicators.find((i) => i.status === 'ALERT');
    expect(good && bad, 'the commune has a good and an alerting indicator in 2022–2023').toBeTruthy();
    const onGood = await recordFinding({ kind: 'LIMITATION', reading: { indicatorCode: good!.code } });
    const onBad = await recordFinding({ kind: 'LIMITATION', reading: { indicatorCode: bad!.code } });
    const verdicts = await verdictsOfPlan();
    expect(verdicts.get(onGood.id)).toBe('CONTRADICTED');
    expect(verdicts.get(onBad.id)).toBe('CONSISTENT');
  });

  it("turns REVISED when the unit's figures change afterwards, and the snapshot stays as it was", async () => {
    const monthOfFigures = sampleMonthOfFigures();
    const finding = await recordFinding({
      kind: 'LIMITATION',
      reading: { indicatorCode: 'ON_TIME_RATE', from: '2018-02-01', to: '2018-02-28' },
    });
    expect(finding.evidenceReading).toMatchObject({ numerator: 0, denominator: 0, status: 'NO_DATA' });
    expect((await verdictsOfPlan()).get(finding.id)).not.toBe('REVISED');
    const saved = await ask<{ saveMonthlyFigures: { id: string; version: number } }>(
      `mutation($u: ID!, $values: MeasureValuesInput!) {
        saveMonthlyFigures(unitId: $u, period: "2018-02-15", version: 0, values: $values) { id version } }`,
      { u: communeId, values: monthOfFigures },
    );
    // Submitted figures count in indicators (a draft does not).
    await ask('mutation($id: ID!, $v: Int!) { submitMonthlyFigures(id: $id, version: $v) { status } }', {
      id: saved.saveMonthlyFigures.id,
      v: saved.saveMonthlyFigures.version,
    });
    const [now] = await indicatorsOf('2018-02', ['ON_TIME_RATE']);
    expect(now!.denominator).toBe(monthOfFigures.resolved);
    expect((await verdictsOfPlan()).get(finding.id)).toBe('REVISED');
    const { findings } = await ask<{ findings: { nodes: { id: string; evidenceReading: Reading }[] } }>(
      `query($p: ID!) { findings(filter: { planId: $p }, first: 100) { nodes { id ${READING} } } }`,
      { p: plan.id },
    );
    expect(findings.nodes.find((f) => f.id === finding.id)?.evidenceReading).toEqual(finding.evidenceReading);
  });

  it('filters findings by verdict: exactly those with the verdicts asked', async () => {
    const verdicts = await verdictsOfPlan();
    const byVerdicts = async (asked: string[]) =>
      (
        await ask<{ findings: { totalCount: number; nodes: { id: string }[] } }>(
          'query($p: ID!, $v: [EvidenceVerdict!]) { findings(filter: { planId: $p, verdicts: $v }, first: 100) { totalCount nodes { id } } }',
          { p: plan.id, v: asked },
        )
      ).findings;
    for (const asked of [
      ['CONSISTENT'],
      ['CONTRADICTED'],
      ['REVISED'],
      ['NOT_MEASURED'],
      ['CONTRADICTED', 'REVISED'],
    ]) {
      const expected = [...verdicts].filter(([, v]) => asked.includes(v)).map(([id]) => id);
      const found = await byVerdicts(asked);
      expect(found.nodes.map((f) => f.id).sort(), asked.join(',')).toEqual(expected.sort());
      expect(found.totalCount).toBe(expected.length);
    }
    expect([...verdicts.values()]).toEqual(
      expect.arrayContaining(['CONSISTENT', 'CONTRADICTED', 'REVISED', 'NOT_MEASURED']),
    );
  });
});

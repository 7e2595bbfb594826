import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * The 2020 demo campaign agrees with the platform's own figures, through the gateway: no finding is
 * contradicted by its unit's figures, every snapshot is what `Unit.indicators` says for its months, every
 * target is scored, graded and notified, and the plan lists the alerts the team did not take up.
 */
let platform: TestPlatform;

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await platform.query<T>(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

interface DemoFinding {
  id: string;
  kind: string;
  verdict: string;
  unit: { id: string; code: string };
  evidence: { observed: boolean; indicatorCode: string | null }[];
  evidenceReading: {
    unitId: string;
    indicatorCode: string;
    from: string;
    to: string;
    numerator: number;
    denominator: number;
    value: number | null;
    status: string;
  } | null;
}

const month = (day: string) => day.slice(0, 7);
const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

const findings: DemoFinding[] = [];

beforeAll(async () => {
  platform = await startPlatform('e2e_demo_coherence');
  let after: string | null = null;
  do {
    const page: {
      findings: { nodes: DemoFinding[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await ask(
      `query($after: String) { findings(filter: { year: 2020 }, first: 100, after: $after) {
        nodes { id kind verdict unit { id code } evidence { observed indicatorCode }
          evidenceReading { unitId indicatorCode from to numerator denominator value status } }
        pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    findings.push(...page.findings.nodes);
    after = page.findings.pageInfo.hasNextPage ? page.findings.pageInfo.endCursor : null;
  } while (after);
}, 300_000);

afterAll(async () => {
  await platform?.stop();
});

describe('the 2020 demo campaign', () => {
  it('keeps the seed totals, and no finding is contradicted by its unit’s figures', async () => {
    expect(findings).toHaveLength(135);
    expect(countBy(findings, (f) => f.kind)).toEqual({ STRENGTH: 67, LIMITATION: 65, VIOLATION: 3 });
    const contradicted = await ask<{ findings: { totalCount: number } }>(
      '{ findings(filter: { year: 2020, verdicts: [CONTRADICTED] }) { totalCount } }',
    );
    const measured = findings.filter((f) => f.evidenceReading);
    console.log('2020 findings with measured evidence:', measured.length);
    console.log(
      '2020 findings with observed evidence:',
      findings.filter((f) => f.evidence.some((e) => e.observed)).length,
    );
    console.log(
      '2020 verdicts:',
      countBy(findings, (f) => f.verdict),
    );
    console.log(
      '2020 measured findings by indicator:',
      countBy(measured, (f) => `${f.kind} ${f.evidenceReading!.indicatorCode}`),
    );
    // A finding read from the figures agrees with them; one without a reading is not measured.
    for (const f of findings)
      expect([f.unit.code, f.kind, f.evidenceReading?.indicatorCode, f.verdict]).toEqual([
        f.unit.code,
        f.kind,
        f.evidenceReading?.indicatorCode,
        f.evidenceReading ? 'CONSISTENT' : 'NOT_MEASURED',
      ]);
    expect(contradicted.findings.totalCount).toBe(0);
    expect(measured.length).toBeGreaterThan(40);
  });

  it('names catalogue indicators only, and each snapshot equals Unit.indicators for its months', async () => {
    const { indicatorCatalog } = await ask<{ indicatorCatalog: { code: string }[] }>(
      '{ indicatorCatalog { code } }',
    );
    const catalogue = new Set(indicatorCatalog.map((i) => i.code));
    for (const f of findings) {
      if (f.evidenceReading) expect(catalogue).toContain(f.evidenceReading.indicatorCode);
      for (const figure of f.evidence) {
        expect(figure.observed).toBe(true);
        if (figure.indicatorCode) expect(catalogue).toContain(figure.indicatorCode);
      }
    }
    for (const f of findings.filter((x) => x.evidenceReading)) {
      const r = f.evidenceReading!;
      expect(r.unitId).toBe(f.unit.id);
      const { unit } = await ask<{
        unit: {
          indicators: { numerator: number; denominator: number; value: number | null; status: string }[];
        };
      }>(
        `query($id: ID!, $p: String!, $c: [String!]) { unit(id: $id) { indicators(period: $p, codes: $c) {
          numerator denominator value status } } }`,
        { id: r.unitId, p: `${month(r.from)}..${month(r.to)}`, c: [r.indicatorCode] },
      );
      expect({ unit: f.unit.code, code: r.indicatorCode, ...unit.indicators[0] }).toEqual({
        unit: f.unit.code,
        code: r.indicatorCode,
        numerator: r.numerator,
        denominator: r.denominator,
        value: r.value,
        status: r.status,
      });
    }
  });

  it('scores, grades and notifies every 2020 target, and lists the alerts the team did not take up', async () => {
    const { inspectionPlans } = await ask<{
      inspectionPlans: {
        nodes: {
          alertsWithoutFinding: { unit: { id: string }; indicatorCode: string; status: string }[];
          targets: {
            unit: { id: string; code: string };
            assessment: {
              areas: { areaCode: string; score: number; maxScore: number }[];
              total: number | null;
              classification: string | null;
            } | null;
            notice: { number: string; classification: string } | null;
          }[];
        }[];
      };
    }>(
      `{ inspectionPlans(filter: { year: 2020 }) { nodes {
        alertsWithoutFinding { unit { id } indicatorCode status }
        targets { unit { id code } assessment { areas { areaCode score maxScore } total classification }
          notice { number classification } } } } }`,
    );
    const plan = inspectionPlans.nodes[0]!;
    expect(plan.targets).toHaveLength(21);
    const grades: Record<string, string | null> = {};
    for (const target of plan.targets) {
      expect(target.assessment?.areas.length, target.unit.code).toBe(7);
      expect(target.assessment?.total, target.unit.code).toBeGreaterThan(0);
      expect(target.assessment?.classification, target.unit.code).toBeTruthy();
      expect(target.notice?.classification, target.unit.code).toBe(target.assessment?.classification);
      grades[target.unit.code] = target.assessment?.classification ?? null;
    }
    console.log('2020 classification by unit:', grades);
    console.log(
      '2020 alerts without a finding:',
      plan.alertsWithoutFinding.length,
      countBy(plan.alertsWithoutFinding, (a) => a.indicatorCode),
    );
    expect(plan.alertsWithoutFinding.length).toBeGreaterThan(0);
    // No alert names an indicator a finding of the same unit already rests on.
    const named = new Set(
      findings.flatMap((f) => (f.evidenceReading ? [`${f.unit.id}|${f.evidenceReading.indicatorCode}`] : [])),
    );
    for (const alert of plan.alertsWithoutFinding)
      expect(named.has(`${alert.unit.id}|${alert.indicatorCode}`)).toBe(false);
  });
});

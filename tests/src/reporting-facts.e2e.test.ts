import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersOf } from './testkit/answers.js';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * What the reporting dashboards count. Findings and corrective actions carried through the 2025 reform: today's An Giang (code 91 from 2025-07-01)
 * and today's communes hold what was found in the units they were formed from. The expected counts are the
 * sums of plain per-unit queries, asked without the lineage option. Corrective actions by how they stand against
 * their deadlines, checked against the actions listed one by one.
 */
let platform: TestPlatform;
const { ask } = answersOf(() => platform);

const AFTER_REFORM = '2026-01-01';
const BEFORE = '2020-10-19';

const idOf = async (code: string, asOf: string) =>
  (
    await ask<{ unitByCode: { id: string } }>(
      'query($c: String!, $d: Date) { unitByCode(code: $c, asOf: $d) { id } }',
      {
        c: code,
        d: asOf,
      },
    )
  ).unitByCode.id;

const findingCount = async (filter: Record<string, unknown>) =>
  (
    await ask<{ findings: { totalCount: number } }>(
      'query($f: FindingFilter) { findings(filter: $f, first: 1) { totalCount } }',
      { f: filter },
    )
  ).findings.totalCount;

const findingIds = async (filter: Record<string, unknown>) =>
  (
    await ask<{ findings: { nodes: { id: string }[] } }>(
      'query($f: FindingFilter) { findings(filter: $f, first: 500) { nodes { id } } }',
      { f: filter },
    )
  ).findings.nodes.map((f) => f.id);

const actionCount = async (filter: Record<string, unknown>) =>
  (
    await ask<{ correctiveActions: { totalCount: number } }>(
      'query($f: ActionFilter) { correctiveActions(filter: $f, first: 1) { totalCount } }',
      { f: filter },
    )
  ).correctiveActions.totalCount;

beforeAll(async () => {
  platform = await startPlatform('e2e_reporting_facts');
}, 240_000);

afterAll(async () => {
  await platform?.stop();
});

describe('lineage through the 2025 reform', () => {
  it('lists the provinces today’s An Giang was formed from', async () => {
    const anGiang = await idOf('91', AFTER_REFORM);
    const { units } = await ask<{ units: { nodes: { id: string; code: string }[] } }>(
      'query($id: ID!) { units(filter: { predecessorsOf: $id }, first: 50) { nodes { id code } } }',
      { id: anGiang },
    );
    const ids = units.nodes.map((u) => u.id);
    expect(ids).toContain(await idOf('91', BEFORE));
    expect(ids).toContain(await idOf('89', BEFORE));
    expect(ids).not.toContain(anGiang);
  });

  it('gives today’s An Giang the findings and actions of Kiên Giang and the former An Giang', async () => {
    const descendants = { includeDescendants: true };
    const kienGiang = await findingCount({ unitCodes: ['91'], asOf: BEFORE, ...descendants });
    const formerAnGiang = await findingCount({ unitCodes: ['89'], asOf: BEFORE, ...descendants });
    const todayOnly = await findingCount({ unitCodes: ['91'], asOf: AFTER_REFORM, ...descendants });
    expect(kienGiang).toBeGreaterThanOrEqual(135);
    const through = await findingCount({
      unitCodes: ['91'],
      asOf: AFTER_REFORM,
      ...descendants,
      throughLineage: true,
    });
    expect(through).toBe(kienGiang + formerAnGiang + todayOnly);

    const actionsBefore = await actionCount({ responsibleUnitCodes: ['91'], asOf: BEFORE, ...descendants });
    const actionsFormer = await actionCount({ responsibleUnitCodes: ['89'], asOf: BEFORE, ...descendants });
    const actionsToday = await actionCount({
      responsibleUnitCodes: ['91'],
      asOf: AFTER_REFORM,
      ...descendants,
    });
    expect(actionsBefore).toBeGreaterThan(0);
    expect(
      await actionCount({
        responsibleUnitCodes: ['91'],
        asOf: AFTER_REFORM,
        ...descendants,
        throughLineage: true,
      }),
    ).toBe(actionsBefore + actionsFormer + actionsToday);
  });

  it('gives a commune of today the findings of the 2020 commune merged into it', async () => {
    const { inspectionPlans } = await ask<{
      inspectionPlans: {
        nodes: {
          targets: { unit: { id: string; level: string; successors: { unit: { id: string } }[] } }[];
        }[];
      };
    }>(
      `{ inspectionPlans(filter: { year: 2020 }) { nodes { targets { unit { id level successors { unit { id } } } } } } }`,
    );
    const commune = inspectionPlans.nodes
      .flatMap((plan) => plan.targets)
      .map((target) => target.unit)
      .find((unit) => unit.level === 'COMMUNE' && unit.successors.length > 0);
    expect(commune, 'a visited 2020 commune with a successor').toBeDefined();
    const successor = commune!.successors[0]!.unit.id;
    const found2020 = await findingIds({ unitIds: [commune!.id] });
    expect(found2020.length).toBeGreaterThan(0);
    expect(await findingIds({ unitIds: [successor] })).not.toEqual(expect.arrayContaining(found2020));
    const through = await findingIds({ unitIds: [successor], throughLineage: true });
    expect(through).toEqual(expect.arrayContaining(found2020));
  });
});

interface ListedAction {
  status: string;
  deadline: string;
  verifiedOn: string | null;
  reports: { reportedOn: string }[];
}

/** The test's own reading of the rule (OVERDUE as listed): the unit's last report, else the verification, dates a done action. */
function standing(action: ListedAction): string {
  if (action.status === 'OPEN') return 'IN_PROGRESS';
  if (action.status === 'OVERDUE') return 'OVERDUE';
  const last =
    action.reports
      .map((r) => r.reportedOn)
      .sort()
      .at(-1) ?? action.verifiedOn;
  return last && last <= action.deadline ? 'DONE_ON_TIME' : 'DONE_LATE';
}

describe('corrective actions against their deadlines', () => {
  it('counts Kiên Giang’s 2020 actions done on time, late, in progress and overdue as they are listed', async () => {
    const filter = { responsibleUnitCodes: ['91'], asOf: BEFORE, includeDescendants: true };
    const { correctiveActions } = await ask<{ correctiveActions: { nodes: ListedAction[] } }>(
      `query($f: ActionFilter) { correctiveActions(filter: $f, first: 500) {
          nodes { status deadline verifiedOn reports { reportedOn } } } }`,
      { f: filter },
    );
    const expected: Record<string, number> = {};
    for (const action of correctiveActions.nodes) {
      const key = standing(action);
      expected[key] = (expected[key] ?? 0) + 1;
    }
    expect(Object.keys(expected).length, 'the demo has actions in more than one state').toBeGreaterThan(1);
    const { correctiveActionTimeliness } = await ask<{
      correctiveActionTimeliness: { timeliness: string; count: number }[];
    }>('query($f: ActionFilter) { correctiveActionTimeliness(filter: $f) { timeliness count } }', {
      f: filter,
    });
    expect(Object.fromEntries(correctiveActionTimeliness.map((c) => [c.timeliness, c.count]))).toEqual(
      expected,
    );
  });

  it('narrows actions to the year of the plans that found them', async () => {
    const filter = { responsibleUnitCodes: ['91'], asOf: BEFORE, includeDescendants: true };
    const listed = async (year?: number) =>
      (
        await ask<{
          correctiveActions: { totalCount: number; nodes: { finding: { plan: { year: number } } }[] };
        }>(
          `query($f: ActionFilter) { correctiveActions(filter: $f, first: 500) {
              totalCount nodes { finding { plan { year } } } } }`,
          { f: { ...filter, year } },
        )
      ).correctiveActions;
    const all = await listed();
    const of2020 = await listed(2020);
    expect(of2020.totalCount).toBeGreaterThan(0);
    expect(of2020.totalCount).toBe(all.nodes.filter((a) => a.finding.plan.year === 2020).length);
    expect(of2020.nodes.every((a) => a.finding.plan.year === 2020)).toBe(true);
    expect((await listed(1999)).totalCount).toBe(0);
  });
});

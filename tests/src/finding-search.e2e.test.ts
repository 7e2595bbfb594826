import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersOf } from './testkit/answers.js';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * Finding the findings, through the gateway: words typed without accents, the orders a review table sorts by,
 * and a browser's key that makes a finding sent twice (a lost answer, an offline queue) be written once.
 */
let platform: TestPlatform;
const { ask, errorOf } = answersOf(() => platform);

interface Found {
  id: string;
  text: string;
  kind: string;
  createdAt: string;
  criterion: { code: string } | null;
  plan: { year: number };
}

const FIELDS = 'id text kind createdAt criterion { code } plan { year }';
const FINDINGS = `query($filter: FindingFilter, $order: FindingOrder, $first: Int, $after: String) {
  findings(filter: $filter, orderBy: $order, first: $first, after: $after) {
    totalCount nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } } }`;

interface FindingPage {
  totalCount: number;
  nodes: Found[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every finding a filter selects, page after page in the given order. */
async function allFindings(
  filter: Record<string, unknown>,
  order = 'NEWEST',
  first = 500,
  token?: string,
): Promise<{ nodes: Found[]; totalCount: number }> {
  const nodes: Found[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const { findings }: { findings: FindingPage } = await ask(
      FINDINGS,
      { filter, order, first, after },
      token,
    );
    nodes.push(...findings.nodes);
    totalCount = findings.totalCount;
    after = findings.pageInfo.hasNextPage ? findings.pageInfo.endCursor : null;
  } while (after);
  return { nodes, totalCount };
}

/** The test's own folding, independent of the service's: no marks, đ → d, lower case, words of letters and digits. */
const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** What a search must find: each word of it begins a word of the text or criterion code. */
function matching(findings: Found[], search: string): string[] {
  const asked = words(search);
  return findings
    .filter((f) => {
      const own = [...words(f.text), ...words(f.criterion?.code ?? '')];
      return asked.every((w) => own.some((o) => o.startsWith(w)));
    })
    .map((f) => f.id)
    .sort();
}

const ids = (findings: Found[]) => findings.map((f) => f.id).sort();

/** A 2023 plan in progress with two targets, where the tests record findings. */
let planId = '';
let targets: string[] = [];

beforeAll(async () => {
  platform = await startPlatform('e2e_finding_search');
  const units = await ask<{ sonv: { id: string }; commune: { id: string }; district: { id: string } }>(
    `{ sonv: unitByCode(code: "91-SNV", asOf: "2020-10-19") { id }
       commune: unitByCode(code: "30817", asOf: "2020-10-19") { id }
       district: unitByCode(code: "903", asOf: "2020-10-19") { id } }`,
  );
  const created = await ask<{ createInspectionPlan: { id: string; version: number } }>(
    `mutation($input: PlanInput!) { createInspectionPlan(input: $input) { id version } }`,
    {
      input: {
        year: 2023,
        title: 'Kiểm tra CCHC 2023 (tìm kiếm)',
        periodFrom: '2023-10-02',
        periodTo: '2023-10-20',
        leadUnitId: units.sonv.id,
        catalogYear: 2020,
      },
    },
  );
  let plan = created.createInspectionPlan;
  for (const change of [
    'addTeamMember(planId: $id, version: $v, member: { fullName: "Phạm Minh Đức", role: LEAD })',
    `addInspectionTarget(planId: $id, version: $v, target: { unitId: "${units.commune.id}" })`,
    `addInspectionTarget(planId: $id, version: $v, target: { unitId: "${units.district.id}" })`,
    'changeInspectionPlanStatus(id: $id, version: $v, status: APPROVED)',
    'changeInspectionPlanStatus(id: $id, version: $v, status: IN_PROGRESS)',
  ]) {
    const data = await ask<Record<string, typeof plan>>(
      `mutation($id: ID!, $v: Int!) { ${change} { id version } }`,
      { id: plan.id, v: plan.version },
    );
    plan = Object.values(data)[0]!;
  }
  planId = plan.id;
  const { inspectionPlan } = await ask<{ inspectionPlan: { targets: { id: string }[] } }>(
    `query($id: ID!) { inspectionPlan(id: $id) { targets { id } } }`,
    { id: planId },
  );
  targets = inspectionPlan.targets.map((t) => t.id);
});
afterAll(() => platform?.stop());

describe('searching findings by their words', () => {
  it('finds, without accents, the 2020 findings whose text has the words', async () => {
    const all = await allFindings({ year: 2020 });
    for (const search of ['ho so tre hen', 'HO SO tre', 'mot cua dien tu', 'tthc 3']) {
      const expected = matching(all.nodes, search);
      const found = await allFindings({ year: 2020, search });
      expect(expected.length, search).toBeGreaterThan(0);
      expect(expected.length, search).toBeLessThan(all.totalCount);
      expect(ids(found.nodes), search).toEqual(expected);
      expect(found.totalCount, search).toBe(expected.length);
    }
  });

  it('finds the same with the accents typed', async () => {
    const plain = await allFindings({ year: 2020, search: 'ho so tre hen' });
    const accented = await allFindings({ year: 2020, search: 'Hồ sơ trễ hẹn' });
    expect(ids(accented.nodes)).toEqual(ids(plain.nodes));
  });

  it('combines with the kind filter', async () => {
    const limitations = await allFindings({ year: 2020, kinds: ['LIMITATION'] });
    const expected = matching(limitations.nodes, 'ho so');
    const found = await allFindings({ year: 2020, kinds: ['LIMITATION'], search: 'ho so' });
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(found.nodes)).toEqual(expected);
    expect(found.nodes.every((f) => f.kind === 'LIMITATION')).toBe(true);
  });

  it("keeps a unit officer to its own unit's findings", async () => {
    const token = await platform.login('hondat');
    const own = await allFindings({ year: 2020 }, 'NEWEST', 500, token);
    const found = await allFindings({ year: 2020, search: 'ho so' }, 'NEWEST', 500, token);
    const everyone = await allFindings({ year: 2020, search: 'ho so' });
    expect(own.totalCount).toBeGreaterThan(0);
    expect(ids(found.nodes)).toEqual(matching(own.nodes, 'ho so'));
    expect(found.totalCount).toBeLessThan(everyone.totalCount);
  });

  it('refuses a search longer than 100 characters, naming filter.search', async () => {
    const error = await errorOf(FINDINGS, { filter: { search: 'ho so '.repeat(17) } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});

describe('the orders of the findings', () => {
  const KIND_RANK = ['VIOLATION', 'LIMITATION', 'STRENGTH'];

  it.each([
    ['KIND', (a: Found, b: Found) => KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind)],
    ['OLDEST', (a: Found, b: Found) => a.plan.year - b.plan.year || a.createdAt.localeCompare(b.createdAt)],
  ])('%s pages without duplicates or gaps, in its order', async (order, compare) => {
    const whole = await allFindings({}, order, 500);
    const paged = await allFindings({}, order, 7);
    expect(paged.nodes.map((f) => f.id)).toEqual(whole.nodes.map((f) => f.id));
    expect(new Set(ids(paged.nodes)).size).toBe(paged.totalCount);
    expect(paged.nodes.length).toBe(paged.totalCount);
    for (let i = 1; i < paged.nodes.length; i += 1) {
      expect(compare(paged.nodes[i - 1]!, paged.nodes[i]!)).toBeLessThanOrEqual(0);
    }
    expect(new Set(paged.nodes.map((f) => f.kind)).size).toBe(3);
  });
});

describe("a finding sent with the browser's key", () => {
  const RECORD = `mutation($t: ID!, $f: FindingInput!) { recordFinding(targetId: $t, finding: $f) { id clientKey text } }`;
  const finding = (clientKey: string, text = 'Sổ theo dõi hồ sơ chưa ghi đủ') => ({
    areaCode: 'TTHC',
    kind: 'LIMITATION',
    severity: 'LOW',
    text,
    clientKey,
  });
  const countOnPlan = async () => (await allFindings({ planId })).totalCount;
  const record = (target: string, input: Record<string, unknown>) =>
    ask<{ recordFinding: { id: string; clientKey: string | null; text: string } }>(RECORD, {
      t: target,
      f: input,
    }).then((data) => data.recordFinding);

  it('is written once when sent twice, with one audit entry', async () => {
    const before = await countOnPlan();
    const first = await record(targets[0]!, finding('  key-twice-1  '));
    const again = await record(targets[0]!, finding('key-twice-1', 'Sent again after a lost answer'));
    expect(first.clientKey).toBe('key-twice-1');
    expect(again).toEqual(first);
    expect(await countOnPlan()).toBe(before + 1);
    const { auditLog } = await ask<{ auditLog: { totalCount: number } }>(
      'query($id: ID!) { auditLog(objectId: $id) { totalCount } }',
      { id: first.id },
    );
    expect(auditLog.totalCount).toBe(1);
  });

  it('is written once when two sends race', async () => {
    const before = await countOnPlan();
    const [a, b] = await Promise.all([
      record(targets[0]!, finding('key-race-1')),
      record(targets[0]!, finding('key-race-1')),
    ]);
    expect(a!.id).toBe(b!.id);
    expect(await countOnPlan()).toBe(before + 1);
  });

  it('is a CONFLICT when its key was used on another target', async () => {
    const first = await record(targets[0]!, finding('key-other-target'));
    const before = await countOnPlan();
    const error = await errorOf(RECORD, { t: targets[1], f: finding('key-other-target') });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'finding.clientKey', id: first.id });
    expect(await countOnPlan()).toBe(before);
  });

  it('is refused with a key longer than 64 characters, naming finding.clientKey', async () => {
    const error = await errorOf(RECORD, { t: targets[0], f: finding('k'.repeat(65)) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'finding.clientKey' });
  });

  it('is found by its words once recorded, and again after an edit', async () => {
    const written = await record(
      targets[1]!,
      finding('key-search', 'Niêm yết thủ tục ở Bộ phận một cửa chưa đủ'),
    );
    const search = async (text: string) => ids((await allFindings({ planId, search: text })).nodes);
    expect(await search('niem yet thu tuc')).toEqual([written.id]);
    await ask(
      `mutation($id: ID!, $f: FindingInput!) { updateFinding(id: $id, version: 1, finding: $f) { id } }`,
      {
        id: written.id,
        f: { ...finding('key-search'), text: 'Bảng giá lệ phí chưa công khai' },
      },
    );
    expect(await search('niem yet')).toEqual([]);
    expect(await search('le phi cong khai')).toEqual([written.id]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_n_plus_one');
});
afterAll(() => platform?.stop());

/** SQL statements the unit-registry sends while answering one request. */
async function statementsFor(
  send: () => Promise<{ errors?: unknown }>,
  service = platform.unitRegistry,
): Promise<number> {
  const before = await platform.sqlStatements(service);
  const response = await send();
  expect(response.errors).toBeUndefined();
  return (await platform.sqlStatements(service)) - before;
}

const communes = (first: number) => () =>
  platform.query(
    `query($first: Int) { units(filter: { levels: [COMMUNE], asOf: "2020-10-19" }, first: $first) {
      nodes { name parent { name parent { name } } ancestors { name } predecessors { kind } successors { kind unit { name } } } } }`,
    { first },
  );

describe('no N+1: the cost in SQL statements does not grow with the number of units', () => {
  it('100 units with parents, grandparents, ancestors and lineage through the gateway', async () => {
    const ten = await statementsFor(communes(10));
    const hundred = await statementsFor(communes(100));
    console.log(`SQL statements: 10 units → ${ten}, 100 units → ${hundred}`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(6);
  });

  it('100 Unit references resolved by the subgraph (as the gateway does for other subgraphs), with parents', async () => {
    const ids = await platform.query<{ units: { nodes: { id: string }[] } }>(
      `{ units(filter: { levels: [COMMUNE], asOf: "2020-10-19" }, first: 100) { nodes { id } } }`,
    );
    const representations = (ids.data?.units.nodes ?? []).map((n) => ({ __typename: 'Unit', id: n.id }));
    expect(representations).toHaveLength(100);
    const resolve = (reps: unknown[]) => () =>
      platform.queryUnitRegistry(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Unit { name parent { name } } } }`,
        { reps },
      );
    const ten = await statementsFor(resolve(representations.slice(0, 10)));
    const hundred = await statementsFor(resolve(representations));
    console.log(`SQL statements for _entities: 10 references → ${ten}, 100 references → ${hundred}`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(2);
  });
});

describe('no N+1 in the inspection subgraph', () => {
  it('findings of 100 units with areas, criteria, actions and reports cost the same statements as of 10', async () => {
    const province = await platform.query<{ unitByCode: { id: string } }>(
      `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`,
    );
    const unitsWithFindings = (first: number) => () =>
      platform.query(
        `query($id: ID!, $first: Int) { units(filter: { descendantsOf: $id, asOf: "2020-10-19" }, first: $first) {
          nodes { name findings(first: 20) { totalCount nodes { kind area { code } criterion { code }
            actions { status responsibleUnit { name } reports { reportedOn } } } }
            inspections { plannedDate visit { status } plan { year } } openCorrectiveActions { deadline status } } } }`,
        { id: province.data?.unitByCode.id, first },
      );
    const ten = await statementsFor(unitsWithFindings(10), platform.inspection);
    const hundred = await statementsFor(unitsWithFindings(100), platform.inspection);
    console.log(`inspection SQL statements: 10 units → ${ten}, 100 units → ${hundred}`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(10);
  });
});

describe('no N+1 in what the other subgraphs ask unit-registry', () => {
  it('1, 10 and 100 communes with their indicators and findings cost the registry the same statements', async () => {
    const communesWithTheirFigures = (first: number) => () =>
      platform.query(
        `query($first: Int) { units(filter: { levels: [COMMUNE], asOf: "2020-10-19" }, first: $first) {
          nodes { code indicators(period: "2020", codes: ["ON_TIME_RATE"]) { value } findings(first: 1) { totalCount } } } }`,
        { first },
      );
    // Each subgraph asks the registry for each unit's descendants, one alias per unit, 50 aliases a request (the
    // subgraphs' operation limit): the registry answers each request's aliases with one lookup. So 100 communes
    // are two requests from metrics and two from inspection where 1 or 10 are one: two statements more, not 90.
    const counts = [];
    for (const first of [1, 10, 100]) counts.push(await statementsFor(communesWithTheirFigures(first)));
    console.log(
      `unit-registry SQL statements for 1, 10, 100 communes with figures and findings: ${counts.join(', ')}`,
    );
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]! + 2);
  });
});

describe('no N+1 in the e-government-metrics subgraph', () => {
  it('indicators of 100 units over 12 months cost the same SQL statements as of 10', async () => {
    const province = await platform.query<{ unitByCode: { id: string } }>(
      `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`,
    );
    const indicatorsOf = (first: number) => () =>
      platform.query(
        `query($id: ID!, $first: Int) { units(filter: { descendantsOf: $id, asOf: "2020-10-19" }, first: $first) {
          nodes { name indicators(period: "2020-01..2020-12") { code value status } suggestedFindings(period: "2020") { text } } } }`,
        { id: province.data?.unitByCode.id, first },
      );
    const ten = await statementsFor(indicatorsOf(10), platform.metrics);
    const hundred = await statementsFor(indicatorsOf(100), platform.metrics);
    console.log(`e-government-metrics SQL statements: 10 units → ${ten}, 100 units → ${hundred}`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(2);
  });
});

describe('no N+1 for the figures behind findings', () => {
  it("100 findings' verdicts and current figures cost the same metrics statements as 10", async () => {
    type Found = {
      id: string;
      version: number;
      kind: string;
      severity: string;
      text: string;
      area: { code: string };
    };
    const { data } = await platform.query<{ findings: { nodes: Found[] } }>(
      `{ findings(filter: { year: 2020 }, first: 100) { nodes { id version kind severity text area { code } } } }`,
    );
    const found = data?.findings.nodes ?? [];
    expect(found).toHaveLength(100);
    // Every finding rests on its unit's on-time rate over 2020 (one span of months for all).
    for (const f of found) {
      const updated = await platform.query(
        `mutation($id: ID!, $v: Int!, $f: FindingInput!) { updateFinding(id: $id, version: $v, finding: $f) { id } }`,
        {
          id: f.id,
          v: f.version,
          f: {
            areaCode: f.area.code,
            kind: f.kind,
            severity: f.severity,
            text: f.text,
            reading: { indicatorCode: 'ON_TIME_RATE', from: '2020-01-01', to: '2020-12-31' },
          },
        },
      );
      expect(updated.errors).toBeUndefined();
    }
    const verdicts = (first: number) => () =>
      platform.query(
        `query($first: Int) { findings(filter: { year: 2020 }, first: $first) {
          nodes { kind verdict measured { value status } evidenceReading { numerator } } } }`,
        { first },
      );
    const ten = await statementsFor(verdicts(10), platform.metrics);
    const hundred = await statementsFor(verdicts(100), platform.metrics);
    console.log(
      `e-government-metrics SQL statements for verdicts: 10 findings → ${ten}, 100 findings → ${hundred}`,
    );
    expect(hundred).toBe(ten);
    expect(hundred).toBe(1);
  });
});

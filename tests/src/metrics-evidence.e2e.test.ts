import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * The figures behind findings, through the gateway on the demo data: indicator readings for other
 * services, the website/online/discipline indicators, and what the figures say of a finding (its verdict).
 */
let platform: TestPlatform;
const units: Record<string, string> = {};

interface Reading {
  unitId: string;
  indicatorCode: string;
  from: string;
  to: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: string;
  coverage: number;
}

beforeAll(async () => {
  platform = await startPlatform('e2e_metrics_evidence');
  const { data } = await platform.query<Record<string, { id: string }>>(
    `{ province: unitByCode(code: "91", asOf: "2020-10-19") { id }
       kienLuong: unitByCode(code: "902", asOf: "2020-10-19") { id }
       commune: unitByCode(code: "30817", asOf: "2020-10-19") { id } }`,
  );
  for (const [name, unit] of Object.entries(data!)) units[name] = unit.id;
});
afterAll(() => platform?.stop());

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await platform.query<T>(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

const READING = 'unitId indicatorCode from to numerator denominator value status coverage';
const readings = (input: { unitId: string; indicatorCode: string; from: string; to: string }[]) =>
  platform.query<{ indicatorReadings: Reading[] }>(
    `query($r: [IndicatorReadingInput!]!) { indicatorReadings(readings: $r) { ${READING} } }`,
    { r: input },
  );

/** The metrics database, read directly to check the service's answers independently. */
async function sql<T>(text: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({
    connectionString: (platform.metrics.dataSource.options as { url: string }).url,
  });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every unit id under a unit (and itself), from the registry. */
async function treeOf(id: string): Promise<string[]> {
  const { units: page } = await ask<{ units: { nodes: { id: string }[] } }>(
    `query($id: ID!) { units(filter: { descendantsOf: $id, asOf: "2020-10-19" }, first: 100) { nodes { id } } }`,
    { id },
  );
  return [id, ...page.nodes.map((n) => n.id)];
}

describe('indicator readings for other services', () => {
  it('equal Unit.indicators for each unit and span of months, one roll-up statement per span', async () => {
    const { indicatorCatalog } = await ask<{ indicatorCatalog: { code: string }[] }>(
      '{ indicatorCatalog { code } }',
    );
    const codes = indicatorCatalog.map((i) => i.code);
    const spans = [
      { from: '2020-01-15', to: '2020-12-31', period: '2020-01..2020-12' },
      { from: '2021-04-01', to: '2021-06-30', period: '2021-04..2021-06' },
    ];
    const unitIds = [units.province!, units.kienLuong!, units.commune!];
    const input = spans.flatMap(({ from, to }) =>
      unitIds.flatMap((unitId) => codes.map((indicatorCode) => ({ unitId, indicatorCode, from, to }))),
    );

    const before = await platform.sqlStatements(platform.metrics);
    const response = await readings(input);
    const statements = (await platform.sqlStatements(platform.metrics)) - before;
    expect(response.errors).toBeUndefined();
    const answer = response.data!.indicatorReadings;
    console.log(`indicatorReadings: ${input.length} readings over 2 spans → ${statements} SQL statements`);
    expect(statements).toBe(spans.length);
    expect(answer.map((r) => [r.unitId, r.indicatorCode, r.from, r.to])).toEqual(
      input.map((r) => [r.unitId, r.indicatorCode, r.from, r.to]),
    );

    for (const { from, period } of spans) {
      for (const unitId of unitIds) {
        const { unit } = await ask<{ unit: { indicators: (Omit<Reading, 'unitId'> & { code: string })[] } }>(
          `query($id: ID!, $p: String!) { unit(id: $id) { indicators(period: $p) {
            code numerator denominator value status coverage } } }`,
          { id: unitId, p: period },
        );
        const mine = answer.filter((r) => r.unitId === unitId && r.from === from);
        expect(
          mine.map(({ indicatorCode, numerator, denominator, value, status, coverage }) => ({
            code: indicatorCode,
            numerator,
            denominator,
            value,
            status,
            coverage,
          })),
        ).toEqual(unit.indicators);
      }
    }
    // Real figures, not an empty answer: the province reported over 2020.
    expect(answer.find((r) => r.indicatorCode === 'ON_TIME_RATE')!.denominator).toBeGreaterThan(10_000);
  });

  it('refuses an unknown indicator code, naming the field', async () => {
    const response = await readings([
      { unitId: units.commune!, indicatorCode: 'NO_SUCH_RATE', from: '2020-01-01', to: '2020-12-31' },
    ]);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'indicatorCode',
    });
  });
});

describe('the indicators added for findings', () => {
  const year = { from: '2020-01-01', to: '2020-12-31' };
  const read = async (unitId: string, indicatorCode: string) =>
    (await readings([{ unitId, indicatorCode, ...year }])).data!.indicatorReadings[0]!;

  it('counts the days since the stalest website of the scope was updated, at the end of the period', async () => {
    const tree = await treeOf(units.kienLuong!);
    const [expected] = await sql<{ days: number }>(
      `SELECT max(days)::int AS days FROM (
         SELECT '2020-12-31'::date - coalesce(max(website_last_update), '2019-12-31') AS days FROM monthly_figures
         WHERE unit_id = ANY($1::uuid[]) AND period BETWEEN '2020-01-01' AND '2020-12-01' AND status <> 'DRAFT'
         GROUP BY unit_id) per_unit`,
      [tree],
    );
    const reading = await read(units.kienLuong!, 'WEBSITE_DAYS_SINCE_UPDATE');
    expect(reading).toMatchObject({ numerator: expected!.days, denominator: 1, value: expected!.days });
    expect(expected!.days).toBeGreaterThan(0);
    const status = reading.value! <= 7 ? 'GOOD' : reading.value! <= 30 ? 'WARNING' : 'ALERT';
    expect(reading.status).toBe(status);
  });

  it('sums online dossiers over those of procedures offered online, and disciplinary cases per unit-month', async () => {
    const tree = await treeOf(units.kienLuong!);
    const [sums] = await sql<{ online: number; offered: number; cases: number; months: number }>(
      `SELECT sum(received_online)::int AS online, sum(received_of_online_procedures)::int AS offered,
         sum(discipline_cases)::int AS cases, count(*)::int AS months FROM monthly_figures
       WHERE unit_id = ANY($1::uuid[]) AND period BETWEEN '2020-01-01' AND '2020-12-01' AND status <> 'DRAFT'`,
      [tree],
    );
    expect(await read(units.kienLuong!, 'ONLINE_FILING_OFFERED_RATE')).toMatchObject({
      numerator: sums!.online,
      denominator: sums!.offered,
    });
    expect(sums!.offered).toBeGreaterThan(sums!.online);
    expect(await read(units.kienLuong!, 'DISCIPLINE_CASES')).toMatchObject({
      numerator: sums!.cases,
      denominator: sums!.months,
    });
  });
});

describe('what the figures say of a finding', () => {
  const verdicts = (input: Record<string, unknown>[]) =>
    platform.query<{ evidenceVerdicts: string[] }>(
      'query($r: [EvidenceReadingInput!]!) { evidenceVerdicts(readings: $r) }',
      { r: input },
    );
  const snapshot = ({ unitId, indicatorCode, from, to, numerator, denominator, value }: Reading) => ({
    unitId,
    indicatorCode,
    from,
    to,
    numerator,
    denominator,
    value,
  });

  it('backs a limitation on an alert and a strength on a good indicator, contradicts the reverse', async () => {
    const year = { from: '2020-01-01', to: '2020-12-31' };
    const [apology, onTime] = (
      await readings([
        // Kiên Lương's late dossiers mostly go without an apology letter (the seed's limitation).
        { unitId: units.kienLuong!, indicatorCode: 'APOLOGY_RATE', ...year },
        { unitId: units.commune!, indicatorCode: 'ON_TIME_RATE', ...year },
      ])
    ).data!.indicatorReadings as [Reading, Reading];
    expect(apology.status).toBe('ALERT');
    expect(onTime.status).toBe('GOOD');

    const response = await verdicts([
      { kind: 'LIMITATION', ...snapshot(apology) },
      { kind: 'VIOLATION', ...snapshot(apology) },
      { kind: 'STRENGTH', ...snapshot(apology) },
      { kind: 'LIMITATION', ...snapshot(onTime) },
      { kind: 'STRENGTH', ...snapshot(onTime) },
      { kind: 'STRENGTH', ...snapshot(onTime), denominator: onTime.denominator - 1 },
    ]);
    expect(response.data?.evidenceVerdicts).toEqual([
      'CONSISTENT',
      'CONSISTENT',
      'CONTRADICTED',
      'CONTRADICTED',
      'CONSISTENT',
      'REVISED',
    ]);
  });

  it('turns REVISED when the unit revises its figures after the snapshot', async () => {
    const month = { from: '2018-07-01', to: '2018-07-31' };
    const values = (late: number) => ({
      ...Object.fromEntries(MEASURES.map((m) => [m, 0])),
      receivedDirect: 40,
      resolved: 40,
      resolvedOnTime: 40 - late,
      resolvedLate: late,
    });
    type Saved = { id: string; version: number };
    const save = (version: number, late: number) =>
      ask<{ saveMonthlyFigures: Saved }>(
        `mutation($u: ID!, $v: Int!, $values: MeasureValuesInput!) {
          saveMonthlyFigures(unitId: $u, period: "2018-07-01", version: $v, values: $values) { id version } }`,
        { u: units.commune, v: version, values: values(late) },
      ).then((d) => d.saveMonthlyFigures);
    const step = (name: string, { id, version }: Saved, reason = '') =>
      ask<Record<string, Saved>>(
        `mutation($id: ID!, $v: Int!${reason ? ', $reason: String!' : ''}) {
          ${name}(id: $id, version: $v${reason ? ', reason: $reason' : ''}) { id version } }`,
        { id, v: version, ...(reason ? { reason } : {}) },
      ).then((d) => d[name]!);

    const submitted = await step('submitMonthlyFigures', await save(0, 8));
    const taken = (await readings([{ unitId: units.commune!, indicatorCode: 'LATE_RATE', ...month }])).data!
      .indicatorReadings[0]!;
    expect(taken).toMatchObject({ numerator: 8, denominator: 40, status: 'ALERT' });
    const judge = async () =>
      (await verdicts([{ kind: 'LIMITATION', ...snapshot(taken) }])).data!.evidenceVerdicts[0];
    expect(await judge()).toBe('CONSISTENT');

    const returned = await step('returnMonthlyFigures', submitted, 'Số liệu trễ hạn chưa đúng');
    await step('submitMonthlyFigures', await save(returned.version, 1));
    expect(await judge()).toBe('REVISED');
  });

  it("resolves findings' verdicts and current figures in one roll-up per span, for 10 or 100 findings", async () => {
    const spans = [
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2019-01-01', to: '2019-12-31' },
    ];
    const { units: page } = await ask<{ units: { nodes: { id: string }[] } }>(
      `query($id: ID!) { units(filter: { descendantsOf: $id, asOf: "2020-10-19" }, first: 50) { nodes { id } } }`,
      { id: units.province },
    );
    const asked = Array.from({ length: 100 }, (_, i) => ({
      unitId: page.nodes[i % page.nodes.length]!.id,
      indicatorCode: i % 3 ? 'ON_TIME_RATE' : 'APOLOGY_RATE',
      ...spans[i % 2]!,
    }));
    const taken = (await readings(asked)).data!.indicatorReadings;
    const findings = taken.map((reading, i) => ({
      __typename: 'Finding',
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: i % 2 ? 'LIMITATION' : 'STRENGTH',
      evidenceReading: snapshot(reading),
    }));
    // As the gateway asks the metrics subgraph for the fields it adds to inspection's findings.
    const entities = (representations: unknown[]) =>
      fetch(`${platform.metrics.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.adminToken}` },
        body: JSON.stringify({
          query: `query($r: [_Any!]!) { _entities(representations: $r) {
            ... on Finding { id verdict measured { code numerator denominator value status } } } }`,
          variables: { r: representations },
        }),
      }).then(
        (r) =>
          r.json() as Promise<{
            data?: { _entities: { verdict: string; measured: { numerator: number } }[] };
            errors?: unknown;
          }>,
      );
    const statementsFor = async (representations: unknown[]) => {
      const before = await platform.sqlStatements(platform.metrics);
      const answer = await entities(representations);
      expect(answer.errors).toBeUndefined();
      return { answer, statements: (await platform.sqlStatements(platform.metrics)) - before };
    };
    const ten = await statementsFor(findings.slice(0, 10));
    const hundred = await statementsFor(findings);
    console.log(
      `Finding verdicts: 10 findings → ${ten.statements}, 100 findings → ${hundred.statements} SQL statements`,
    );
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBe(spans.length);

    const expected = (await verdicts(findings.map((f) => ({ kind: f.kind, ...f.evidenceReading })))).data!
      .evidenceVerdicts;
    expect(hundred.answer.data!._entities.map((f) => f.verdict)).toEqual(expected);
    expect(hundred.answer.data!._entities.map((f) => f.measured.numerator)).toEqual(
      taken.map((r) => r.numerator),
    );
    expect(new Set(expected)).toEqual(new Set(['CONSISTENT', 'CONTRADICTED']));
  });
});

/** Every measure of the monthly figures (0 unless a test gives it). */
const MEASURES = [
  'receivedDirect',
  'receivedOnline',
  'receivedPostal',
  'receivedOfOnlineProcedures',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'lateWithApology',
  'notUpdatedOneStop',
  'proceduresAnnounced',
  'proceduresPublishedDesk',
  'proceduresPublishedWebsite',
  'proceduresTotal',
  'proceduresFullOnline',
  'proceduresPartialOnline',
  'dossiersWithFees',
  'onlinePayments',
  'dossiersDigitised',
  'surveyResponses',
  'surveySatisfied',
  'complaintsReceived',
  'complaintsHandledOnTime',
  'websitePosts',
  'jointBirthsDone',
  'jointBirthsTotal',
  'jointDeathsDone',
  'jointDeathsTotal',
  'disciplineCases',
];

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;
let kienGiang = '';
let commune = '';

interface Indicator {
  code: string;
  value: number | null;
  numerator: number;
  denominator: number;
  status: string;
  approximate: boolean;
}

beforeAll(async () => {
  platform = await startPlatform('e2e_metrics');
  const { data } = await platform.query<{ kg: { id: string }; c: { id: string } }>(
    `{ kg: unitByCode(code: "91", asOf: "2020-10-19") { id } c: unitByCode(code: "30817", asOf: "2020-10-19") { id } }`,
  );
  kienGiang = data!.kg.id;
  commune = data!.c.id;
});
afterAll(() => platform?.stop());

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await platform.query<T>(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

/** The metrics database, read directly to check the service's sums independently. */
async function sqlSum(unitIds: string[], from: string, to: string) {
  const client = new pg.Client({
    connectionString: (platform.metrics.dataSource.options as { url: string }).url,
  });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT sum(resolved_early + resolved_on_time)::int AS num, sum(resolved)::int AS den FROM monthly_figures
       WHERE unit_id = ANY($1::uuid[]) AND period BETWEEN $2 AND $3 AND status <> 'DRAFT'`,
      [unitIds, from, to],
    );
    return rows[0] as { num: number; den: number };
  } finally {
    await client.end();
  }
}

describe('indicators through the gateway', () => {
  it("rolls Kiên Giang's 2020 on-time rate up over all its units, equal to an independent SQL sum", async () => {
    const { unitByCode } = await ask<{ unitByCode: { indicators: Indicator[] } }>(
      `{ unitByCode(code: "91", asOf: "2020-10-19") { indicators(period: "2020", codes: ["ON_TIME_RATE"]) { code value numerator denominator status approximate } } }`,
    );
    const [onTime] = unitByCode.indicators;
    const units = await ask<{ units: { nodes: { id: string }[] } }>(
      `query($id: ID!) { units(filter: { descendantsOf: $id }, first: 500) { nodes { id } } }`,
      { id: kienGiang },
    );
    const independent = await sqlSum(
      [kienGiang, ...units.units.nodes.map((n) => n.id)],
      '2020-01-01',
      '2020-12-01',
    );
    expect(units.units.nodes.length).toBe(178);
    expect(onTime).toMatchObject({
      code: 'ON_TIME_RATE',
      numerator: independent.num,
      denominator: independent.den,
      approximate: false,
    });
    expect(onTime!.value).toBeCloseTo(independent.num / independent.den, 12);
    expect(onTime!.value).toBeGreaterThan(0.9);
  });

  it("reads 2020 in today's units: An Giang (2025) over 2020 is the sum of its predecessors, Kiên Giang included", async () => {
    const { kg, ag } = await ask<{ kg: { indicators: Indicator[] }; ag: { indicators: Indicator[] } }>(
      `{ kg: unitByCode(code: "91", asOf: "2020-10-19") { indicators(period: "2020", codes: ["ON_TIME_RATE", "SATISFACTION_RATE"]) { code numerator denominator } }
         ag: unitByCode(code: "91", asOf: "2025-08-01") { indicators(period: "2020", codes: ["ON_TIME_RATE", "SATISFACTION_RATE"]) { code numerator denominator } } }`,
    );
    // The demo has figures for Kiên Giang only, so An Giang's 2020 equals Kiên Giang's.
    expect(ag.indicators).toEqual(kg.indicators);
    expect(ag.indicators[0]!.denominator).toBeGreaterThan(0);
  });

  it('flags a roll-up that goes through a partial predecessor as approximate', async () => {
    const { units } = await ask<{
      units: { nodes: { fullName: string; predecessors: { partial: boolean }[]; indicators: Indicator[] }[] };
    }>(
      `{ units(filter: { levels: [COMMUNE], asOf: "2025-08-01", search: "hon dat" }, first: 5) {
          nodes { fullName predecessors { partial } indicators(period: "2020", codes: ["ON_TIME_RATE"]) { approximate denominator } } } }`,
    );
    const xaHonDat = units.nodes.find((u) => u.fullName === 'Xã Hòn Đất')!;
    expect(xaHonDat.indicators[0]!.denominator).toBeGreaterThan(0);
    expect(xaHonDat.indicators[0]!.approximate).toBe(xaHonDat.predecessors.some((p) => p.partial));
  });

  it("suggests findings from indicators past their warning threshold (Sở TN&MT's missing apology letters)", async () => {
    const { unitByCode } = await ask<{
      unitByCode: { suggestedFindings: { indicatorCode: string; areaCode: string; text: string }[] };
    }>(
      `{ unitByCode(code: "91-STNMT", asOf: "2020-10-19") { suggestedFindings(period: "2020") { indicatorCode areaCode text } } }`,
    );
    const apology = unitByCode.suggestedFindings.find((s) => s.indicatorCode === 'APOLOGY_RATE');
    expect(apology).toMatchObject({
      areaCode: 'TTHC',
      text: expect.stringMatching(/^Tỷ lệ hồ sơ trễ hạn có phiếu xin lỗi: \d/),
    });
  });

  it('gives BI tools flat facts, paged in a stable order', async () => {
    const page = (after?: string) =>
      ask<{
        indicatorFacts: {
          totalCount: number;
          pageInfo: { endCursor: string };
          nodes: { unitCode: string; unitName: string; period: string; value: number }[];
        };
      }>(
        `query($id: ID!, $after: String) { indicatorFacts(filter: { descendantsOf: $id, levels: ["DISTRICT"], asOf: "2020-10-19",
          from: "2020-01-01", to: "2020-12-31", grain: QUARTER, indicatorCodes: ["ON_TIME_RATE"] }, first: 25, after: $after) {
          totalCount pageInfo { endCursor } nodes { unitCode unitName period value } } }`,
        { id: kienGiang, after },
      );
    const first = await page();
    const second = await page(first.indicatorFacts.pageInfo.endCursor);
    const third = await page(second.indicatorFacts.pageInfo.endCursor);
    expect(first.indicatorFacts.totalCount).toBe(15 * 4);
    const keys = [first, second, third].flatMap((p) =>
      p.indicatorFacts.nodes.map((n) => `${n.unitCode}|${n.period}`),
    );
    expect(new Set(keys).size).toBe(60);
    expect(first.indicatorFacts.nodes[0]).toMatchObject({
      unitCode: '899',
      unitName: 'Rạch Giá',
      period: '2020-Q1',
    });
  });
});

describe('submitting figures', () => {
  const values = (overrides: Record<string, number> = {}) => ({
    receivedDirect: 50,
    receivedOnline: 5,
    receivedPostal: 1,
    resolved: 50,
    resolvedEarly: 10,
    resolvedOnTime: 38,
    resolvedLate: 2,
    pending: 6,
    lateWithApology: 1,
    notUpdatedOneStop: 0,
    proceduresAnnounced: 2,
    proceduresPublishedDesk: 2,
    proceduresPublishedWebsite: 1,
    proceduresTotal: 110,
    proceduresFullOnline: 20,
    proceduresPartialOnline: 30,
    dossiersWithFees: 20,
    onlinePayments: 2,
    dossiersDigitised: 10,
    surveyResponses: 20,
    surveySatisfied: 19,
    complaintsReceived: 1,
    complaintsHandledOnTime: 1,
    websitePosts: 2,
    jointBirthsDone: 5,
    jointBirthsTotal: 5,
    jointDeathsDone: 1,
    jointDeathsTotal: 1,
    ...overrides,
  });
  const save = (version: number, v = values(), period = '2022-01-15') =>
    platform.query<{ saveMonthlyFigures: { id: string; version: number; status: string } }>(
      `mutation($u: ID!, $p: Date!, $v: Int!, $values: MeasureValuesInput!) {
        saveMonthlyFigures(unitId: $u, period: $p, version: $v, values: $values) { id version status } }`,
      { u: commune, p: period, v: version, values: v },
    );
  const step = (name: string, id: string, version: number) =>
    platform.query<Record<string, { version: number; status: string }>>(
      `mutation($id: ID!, $v: Int!) { ${name}(id: $id, version: $v) { version status } }`,
      { id, v: version },
    );

  it('go DRAFT → SUBMITTED → APPROVED → LOCKED with versions, field errors and every revision kept', async () => {
    const invalid = await save(0, values({ lateWithApology: 5 }));
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'lateWithApology' }],
    });
    const future = await save(0, values(), '2099-01-01');
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'period' }],
    });

    const draft = (await save(0)).data!.saveMonthlyFigures;
    expect(draft).toMatchObject({ version: 1, status: 'DRAFT' });
    expect((await save(0)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const submitted = (await step('submitMonthlyFigures', draft.id, 1)).data!.submitMonthlyFigures!;
    expect(submitted.status).toBe('SUBMITTED');
    expect((await save(2)).errors?.[0]?.message).toMatch(/must be DRAFT/);
    const approved = (await step('approveMonthlyFigures', draft.id, 2)).data!.approveMonthlyFigures!;
    expect(approved.status).toBe('APPROVED');
    expect((await ask<{ lockMonth: number }>(`mutation { lockMonth(period: "2022-01-01") }`)).lockMonth).toBe(
      1,
    );
    expect((await save(4)).errors?.[0]?.message).toMatch(/locked/);

    const { monthlyFigures } = await ask<{
      monthlyFigures: { status: string; revisions: { version: number; status: string; actor: string }[] };
    }>(
      `query($u: ID!) { monthlyFigures(unitId: $u, period: "2022-01-01") { status revisions { version status actor } } }`,
      { u: commune },
    );
    expect(monthlyFigures.status).toBe('LOCKED');
    expect(monthlyFigures.revisions.map((r) => `${r.version}:${r.status}`)).toEqual([
      '1:DRAFT',
      '2:SUBMITTED',
      '3:APPROVED',
      '4:LOCKED',
    ]);
  });
});

describe('importing a month from a file', () => {
  const template = () => ask<{ figuresTemplate: { csv: string } }>(`{ figuresTemplate { csv } }`);
  const importCsv = (csv: string) =>
    ask<{
      importMonthlyFigures: {
        applied: boolean;
        rows: number;
        inserted: number;
        updated: number;
        unchanged: number;
        errors: { row: number; column: string }[];
      };
    }>(
      `mutation($c: String!) { importMonthlyFigures(period: "2022-03-01", fileName: "thang-3.csv", contentBase64: $c) {
        applied rows inserted updated unchanged errors { row column message } } }`,
      { c: Buffer.from(csv, 'utf8').toString('base64') },
    ).then((d) => d.importMonthlyFigures);

  it('applies a good file once (a second import changes nothing) and nothing of a file with a bad row', async () => {
    const [header, example] = (await template()).figuresTemplate.csv.trim().split('\n');
    const good = [header, example!.replace(/^[^,;]+/, '30823'), example!.replace(/^[^,;]+/, '30817')].join(
      '\n',
    );
    expect(await importCsv(good)).toMatchObject({
      applied: true,
      rows: 2,
      inserted: 2,
      unchanged: 0,
      errors: [],
    });
    expect(await importCsv(good)).toMatchObject({ applied: true, inserted: 0, updated: 0, unchanged: 2 });

    const columns = header!.split(/[,;]/);
    const separator = header!.includes(';') ? ';' : ',';
    const badCells = example!.split(separator);
    badCells[0] = '30808';
    badCells[columns.indexOf('resolved_late')] = '-3';
    const broken = [header, example!.replace(/^[^,;]+/, '30787'), badCells.join(separator)].join('\n');
    const report = await importCsv(broken);
    expect(report.applied).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining({ row: 3, column: 'resolved_late' }));
    const untouched = await ask<{ unitByCode: { figures: unknown[] } }>(
      `{ unitByCode(code: "30787", asOf: "2020-10-19") { figures(from: "2022-03-01", to: "2022-03-31") { id } } }`,
    );
    expect(untouched.unitByCode.figures).toEqual([]);
  });
});

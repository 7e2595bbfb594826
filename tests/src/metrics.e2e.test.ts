import { todayInVietnam } from '@cchc/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleMonthOfFigures } from './testkit/figures.js';
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
  coverage: number;
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

async function sqlSum(unitIds: string[], from: string, to: string) {
  const rows = await sql<{ num: number; den: number }>(
    `SELECT sum(resolved_early + resolved_on_time)::int AS num, sum(resolved)::int AS den FROM monthly_figures
       WHERE unit_id = ANY($1::uuid[]) AND period BETWEEN $2 AND $3 AND status <> 'DRAFT'`,
    [unitIds, from, to],
  );
  return rows[0]!;
}

/** Every unit under a unit (all dates), read from the registry page by page. */
async function descendantIds(id: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    type Page = { units: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const { units }: Page = await ask<Page>(
      `query($id: ID!, $after: String) { units(filter: { descendantsOf: $id }, first: 500, after: $after) {
        nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { id, after },
    );
    ids.push(...units.nodes.map((n) => n.id));
    after = units.pageInfo.hasNextPage ? units.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

/** Which of these units have counted (not draft) figures in the months. */
async function reportingUnits(unitIds: string[], from: string, to: string): Promise<Set<string>> {
  const rows = await sql<{ unit_id: string }>(
    `SELECT DISTINCT unit_id FROM monthly_figures WHERE unit_id = ANY($1::uuid[]) AND period BETWEEN $2 AND $3
     AND status <> 'DRAFT'`,
    [unitIds, from, to],
  );
  return new Set(rows.map((r) => r.unit_id));
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

describe('facts a BI tool pages through, while figures change', () => {
  it('shows a month saved between two pages at once: a kept roll-up is never older than the figures', async () => {
    const { units } = await ask<{ units: { nodes: { id: string; code: string }[] } }>(
      `{ units(filter: { search: "Hòn Đất", levels: [COMMUNE], asOf: "2020-10-19" }, first: 1) { nodes { id code } } }`,
    );
    const commune = units.nodes[0]!;
    const may2017 = () =>
      ask<{ indicatorFacts: { totalCount: number; nodes: { numerator: number; denominator: number }[] } }>(
        `query($code: String!) { indicatorFacts(filter: { unitCodes: [$code], asOf: "2020-10-19", from: "2017-05-01",
          to: "2017-05-31", indicatorCodes: ["ON_TIME_RATE"] }, first: 10) { totalCount nodes { numerator denominator } } }`,
        { code: commune.code },
      );
    expect((await may2017()).indicatorFacts.totalCount).toBe(0);
    expect((await may2017()).indicatorFacts.totalCount).toBe(0);
    const month = sampleMonthOfFigures();
    const saved = await ask<{ saveMonthlyFigures: { id: string; version: number } }>(
      `mutation($u: ID!, $values: MeasureValuesInput!) {
        saveMonthlyFigures(unitId: $u, period: "2017-05-01", version: 0, values: $values) { id version } }`,
      { u: commune.id, values: month },
    );
    await ask('mutation($id: ID!, $v: Int!) { submitMonthlyFigures(id: $id, version: $v) { status } }', {
      id: saved.saveMonthlyFigures.id,
      v: saved.saveMonthlyFigures.version,
    });
    expect((await may2017()).indicatorFacts.nodes).toEqual([
      { numerator: month.resolvedEarly + month.resolvedOnTime, denominator: month.resolved },
    ]);
  });
});

describe('coverage: how many units of a roll-up reported', () => {
  it("is 1 for Kiên Giang over 2020, and well below 1 for today's An Giang over 2020 (the old An Giang reported nothing)", async () => {
    const { kg, ag } = await ask<{
      kg: { indicators: Indicator[] };
      ag: { predecessors: { unit: { id: string; level: string } }[]; indicators: Indicator[] };
    }>(
      `{ kg: unitByCode(code: "91", asOf: "2020-10-19") { indicators(period: "2020", codes: ["ON_TIME_RATE"]) { coverage approximate } }
         ag: unitByCode(code: "91", asOf: "2026-01-01") { predecessors { unit { id level } }
           indicators(period: "2020", codes: ["ON_TIME_RATE"]) { coverage approximate denominator } } }`,
    );
    expect(kg.indicators[0]!.coverage).toBe(1);

    // Independently: the units under the provinces An Giang was formed from, and which of them have 2020 figures.
    // A province reports through its units, so it counts only if it reported itself.
    const provinces = ag.predecessors.map((p) => p.unit.id);
    expect(provinces).toHaveLength(2);
    const under = [...new Set((await Promise.all(provinces.map(descendantIds))).flat())];
    const reporting = await reportingUnits([...provinces, ...under], '2020-01-01', '2020-12-01');
    const provincesReporting = provinces.filter((id) => reporting.has(id)).length;
    const expected = reporting.size / (under.length + provincesReporting);
    console.log(
      `An Giang (2026) over 2020: ${reporting.size} of ${under.length + provincesReporting} units reported, coverage ${ag.indicators[0]!.coverage}`,
    );
    expect(ag.indicators[0]!.coverage).toBeCloseTo(expected, 12);
    expect(ag.indicators[0]!.coverage).toBeLessThan(0.6);
    expect(ag.indicators[0]!.denominator).toBeGreaterThan(0);
  });

  it('is 0 where nobody reported, and comes with every BI fact', async () => {
    const { unitByCode } = await ask<{ unitByCode: { indicators: Indicator[] } }>(
      `{ unitByCode(code: "89", asOf: "2020-10-19") { indicators(period: "2020", codes: ["ON_TIME_RATE"]) { coverage status } } }`,
    );
    expect(unitByCode.indicators[0]).toMatchObject({ coverage: 0, status: 'NO_DATA' });
    const { indicatorFacts } = await ask<{
      indicatorFacts: { nodes: { unitCode: string; coverage: number }[] };
    }>(
      `{ indicatorFacts(filter: { unitCodes: ["91"], asOf: "2020-10-19", from: "2020-01-01", to: "2020-12-31", grain: YEAR,
          indicatorCodes: ["ON_TIME_RATE"] }) { nodes { unitCode coverage } } }`,
    );
    expect(indicatorFacts.nodes).toEqual([{ unitCode: '91', coverage: 1 }]);
  });
});

describe('BI facts by unit code, with the indicator names', () => {
  const FACT_FIELDS = 'unitCode period indicatorCode indicatorName indicatorNameEn value';
  type Fact = { unitCode: string; indicatorCode: string; indicatorName: string; indicatorNameEn: string };
  const facts = (filter: string) =>
    platform.query<{ indicatorFacts: { totalCount: number; nodes: Fact[] } }>(
      `{ indicatorFacts(filter: { ${filter}, from: "2020-01-01", to: "2020-12-31", grain: YEAR }, first: 500) {
        totalCount nodes { ${FACT_FIELDS} } } }`,
    );

  it('resolves unitCodes and descendantsOfCode on asOf, as the same filter by ids does', async () => {
    const byCode = await facts(
      'unitCodes: ["903", "30817"], descendantsOfCode: "903", asOf: "2020-10-19", indicatorCodes: ["ON_TIME_RATE"]',
    );
    const ids = await ask<{ d: { id: string }; c: { id: string } }>(
      `{ d: unitByCode(code: "903", asOf: "2020-10-19") { id } c: unitByCode(code: "30817", asOf: "2020-10-19") { id } }`,
    );
    const byId = await facts(
      `unitIds: ["${ids.d.id}", "${ids.c.id}"], descendantsOf: "${ids.d.id}", asOf: "2020-10-19", indicatorCodes: ["ON_TIME_RATE"]`,
    );
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data).toEqual(byId.data);
    const codes = byCode.data!.indicatorFacts.nodes.map((n) => n.unitCode);
    expect(codes).toContain('903');
    expect(codes).toContain('30817');
    expect(codes.length).toBeGreaterThan(10);
  });

  it("names each fact's indicator in Vietnamese and English, as the catalogue does", async () => {
    const { indicatorCatalog } = await ask<{
      indicatorCatalog: { code: string; nameVi: string; nameEn: string }[];
    }>('{ indicatorCatalog { code nameVi nameEn } }');
    const { data } = await facts('unitCodes: ["903"], asOf: "2020-10-19"');
    expect(data!.indicatorFacts.nodes).toHaveLength(indicatorCatalog.length);
    for (const fact of data!.indicatorFacts.nodes) {
      const entry = indicatorCatalog.find((i) => i.code === fact.indicatorCode)!;
      expect(fact).toMatchObject({ indicatorName: entry.nameVi, indicatorNameEn: entry.nameEn });
    }
    expect(data!.indicatorFacts.nodes.find((n) => n.indicatorCode === 'ON_TIME_RATE')!.indicatorName).toBe(
      'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn',
    );
  });

  it('sums only what the asked indicators read, and gives each the numbers it has among all of them', async () => {
    const numbers = `unitCode period indicatorCode numerator denominator value`;
    const read = (codes: string) =>
      ask<{ indicatorFacts: { nodes: Record<string, unknown>[] } }>(
        `{ indicatorFacts(filter: { unitCodes: ["91", "903"], asOf: "2020-10-19", from: "2020-01-01", to: "2020-12-31",
          grain: QUARTER ${codes} }, first: 500) { nodes { ${numbers} } } }`,
      );
    const everyIndicator = (await read('')).indicatorFacts.nodes;
    // The website's days alone sum no term at all.
    for (const codes of [
      ['ON_TIME_RATE'],
      ['WEBSITE_DAYS_SINCE_UPDATE'],
      ['WEBSITE_DAYS_SINCE_UPDATE', 'ONLINE_FILING_RATE'],
    ]) {
      const asked = (await read(`indicatorCodes: ${JSON.stringify(codes)}`)).indicatorFacts.nodes;
      const same = everyIndicator.filter((fact) => codes.includes(fact.indicatorCode as string));
      expect(asked.length).toBeGreaterThan(0);
      expect(new Set(asked.map((f) => JSON.stringify(f)))).toEqual(
        new Set(same.map((f) => JSON.stringify(f))),
      );
    }
  });

  it('gives each month of a roll-up by month what that month alone gives (one row a unit and month, not grouped first)', async () => {
    type Numbers = {
      periodStart: string;
      indicatorCode: string;
      numerator: number;
      denominator: number;
      coverage: number;
    };
    const read = (range: string) =>
      ask<{ indicatorFacts: { nodes: Numbers[] } }>(
        `{ indicatorFacts(filter: { unitCodes: ["91", "903"], asOf: "2020-10-19", ${range} }, first: 500) {
          nodes { periodStart indicatorCode numerator denominator coverage } } }`,
      );
    const key = (f: Numbers) =>
      JSON.stringify([f.periodStart, f.indicatorCode, f.numerator, f.denominator, f.coverage]);
    const byMonth = (await read('from: "2020-01-01", to: "2020-12-31", grain: MONTH')).indicatorFacts.nodes;
    const alone: Numbers[] = [];
    for (let month = 1; month <= 12; month++) {
      const day = `2020-${String(month).padStart(2, '0')}-01`;
      alone.push(...(await read(`from: "${day}", to: "${day}"`)).indicatorFacts.nodes);
    }
    expect(byMonth.length).toBe(2 * 12 * 17);
    expect(byMonth.map(key).sort()).toEqual(alone.map(key).sort());
  });

  it('refuses an unknown code with the field, the code and the date', async () => {
    const unknown = await facts('unitCodes: ["903", "99999"], asOf: "2020-10-19"');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitCodes' });
    expect(unknown.errors?.[0]?.message).toMatch(/99999.*2020-10-19/);
    // Kiên Giang's district 903 no longer exists today (districts were abolished in 2025).
    const gone = await facts('descendantsOfCode: "903"');
    expect(gone.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'descendantsOfCode',
    });
    expect(gone.errors?.[0]?.message).toMatch(new RegExp(`903.*${todayInVietnam()}`));
  });
});

describe('demo figures up to the last complete month', () => {
  const today = todayInVietnam();
  const lastMonth = () => {
    const [y, m] = today.split('-').map(Number) as [number, number];
    return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
  };

  it("fill this year's dashboard of today's An Giang, and its communes get suggestions for 2025", async () => {
    const year = today.slice(0, 4);
    const { ag, units } = await ask<{
      ag: { indicators: Indicator[] };
      units: { nodes: { code: string; suggestedFindings: { text: string }[] }[] };
    }>(
      `{ ag: unitByCode(code: "91", asOf: "${today}") { indicators(period: "${year}", codes: ["ON_TIME_RATE", "ONLINE_FILING_RATE"]) { code value denominator coverage } }
         units(filter: { descendantsOf: "${(await ask<{ u: { id: string } }>(`{ u: unitByCode(code: "91", asOf: "${today}") { id } }`)).u.id}", asOf: "${today}", levels: [COMMUNE] }, first: 5) {
           nodes { code suggestedFindings(period: "2025") { text } } } }`,
    );
    for (const indicator of ag.indicators) expect(indicator.denominator).toBeGreaterThan(0);
    expect(ag.indicators[0]!.coverage).toBeGreaterThan(0.9);
    expect(units.nodes).toHaveLength(5);
    for (const unit of units.nodes) expect(unit.suggestedFindings.length, unit.code).toBeGreaterThan(0);
  });

  it("lock past years, approve this year's months and leave the latest month submitted", async () => {
    const last = lastMonth();
    const rows = await sql<{ period: string; status: string; n: number }>(
      `SELECT to_char(period, 'YYYY-MM-DD') AS period, status, count(*)::int AS n FROM monthly_figures
       WHERE updated_by = 'demo-generator' GROUP BY 1, 2`,
      [],
    );
    expect(
      rows
        .map((r) => r.period)
        .sort()
        .at(-1),
    ).toBe(last);
    for (const row of rows) {
      const expected =
        row.period === last ? 'SUBMITTED' : row.period.slice(0, 4) < last.slice(0, 4) ? 'LOCKED' : 'APPROVED';
      expect(`${row.period} ${row.status}`).toBe(`${row.period} ${expected}`);
    }
  });
});

describe('submitting figures', () => {
  const values = sampleMonthOfFigures;
  const save = (version: number, v = values(), period = '2018-01-15') =>
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
    expect((await ask<{ lockMonth: number }>(`mutation { lockMonth(period: "2018-01-01") }`)).lockMonth).toBe(
      1,
    );
    expect((await save(4)).errors?.[0]?.message).toMatch(/locked/);

    const { monthlyFigures } = await ask<{
      monthlyFigures: { status: string; revisions: { version: number; status: string; actor: string }[] };
    }>(
      `query($u: ID!) { monthlyFigures(unitId: $u, period: "2018-01-01") { status revisions { version status actor } } }`,
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
      `mutation($c: String!) { importMonthlyFigures(period: "2018-03-01", fileName: "thang-3.csv", contentBase64: $c) {
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
      `{ unitByCode(code: "30787", asOf: "2020-10-19") { figures(from: "2018-03-01", to: "2018-03-31") { id } } }`,
    );
    expect(untouched.unitByCode.figures).toEqual([]);
  });
});

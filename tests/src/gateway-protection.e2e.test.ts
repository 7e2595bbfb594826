import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Gateway } from '@cchc/gateway';
import { serverAudits } from 'graphql-http';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_gateway');
});
afterAll(() => platform?.stop());

const HON_DAT = '{ unitByCode(code: "903", asOf: "2020-10-19") { name } }';

/** A second gateway over the same subgraphs, with its own limits. */
const gatewayWith = (overrides: Record<string, string>): Promise<Gateway> =>
  platform.anotherGateway(overrides);

interface Answer {
  data?: unknown;
  errors: { message: string; extensions: { code: string } }[];
}
const json = async (response: Response) => (await response.json()) as Answer;

const asAdmin = () => ({ authorization: `Bearer ${platform.adminToken}` });

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('GraphQL over HTTP, for BI tools', () => {
  it("passes every mandatory check of graphql-http's audit suite", async () => {
    const audits = serverAudits({ url: platform.gatewayUrl, fetchFn: fetch });
    const results = await Promise.all(
      audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })),
    );
    const failed = results.filter((r) => r.result.status !== 'ok');
    const mandatoryFailed = failed.filter((r) => r.name.startsWith('MUST'));
    console.log(
      `graphql-http audit: ${results.length} checks, ${results.length - failed.length} ok, ` +
        `${failed.length} not ok (${mandatoryFailed.length} mandatory): ${failed.map((f) => f.name).join(' | ')}`,
    );
    expect(mandatoryFailed.map((f) => f.name)).toEqual([]);
  });

  it('answers a query sent by GET, as application/graphql-response+json when asked', async () => {
    const response = await fetch(`${platform.gatewayUrl}?query=${encodeURIComponent(HON_DAT)}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await response.json()).toEqual({ data: { unitByCode: { name: 'Hòn Đất' } } });
  });

  it('supports automatic persisted queries: a hash alone once the query is known', async () => {
    const sha256Hash = createHash('sha256').update(HON_DAT).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const byHash = () =>
      fetch(`${platform.gatewayUrl}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`).then(json);
    expect((await byHash()).errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await json(await post(platform.gatewayUrl, { query: HON_DAT, extensions }))).toEqual({
      data: { unitByCode: { name: 'Hòn Đất' } },
    });
    expect(await byHash()).toEqual({ data: { unitByCode: { name: 'Hòn Đất' } } });
  });
});

describe('protection', () => {
  it('refuses a query nested deeper than the limit, and one with too many aliases', async () => {
    const deep = `{ unitByCode(code: "30817", asOf: "2020-10-19") { ${'parent { '.repeat(12)} name ${'} '.repeat(12)} } }`;
    const tooDeep = await json(await post(platform.gatewayUrl, { query: deep }));
    expect(tooDeep.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors[0]!.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: unitByCode(code: "91") { name }`).join(' ');
    const tooMany = await json(await post(platform.gatewayUrl, { query: `{ ${aliases} }` }));
    expect(tooMany.errors[0]!.message).toMatch(/alias/i);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await post(platform.gatewayUrl, { query: HON_DAT, padding: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
  });

  it('limits each client to its requests a minute, with 429 and Retry-After past the limit', async () => {
    const gateway = await gatewayWith({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await post(`${gateway.url}/graphql`, { query: HON_DAT })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await post(`${gateway.url}/graphql`, { query: HON_DAT });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await json(refused)).errors[0]!.extensions.code).toBe('RATE_LIMITED');
      // Another client (another token) has its own allowance.
      expect(
        (
          await post(
            `${gateway.url}/graphql`,
            { query: HON_DAT },
            { authorization: `Bearer ${await platform.login('phantich')}` },
          )
        ).status,
      ).toBe(200);
    } finally {
      await gateway.stop();
    }
  });

  it('shares the limit between gateway replicas through Redis when REDIS_URL is set', async (context) => {
    const reachable = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port: 6379 }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (!reachable) {
      context.skip('no Redis on 127.0.0.1:6379 on this machine');
      return;
    }
    // The count is kept per caller and address for two minutes: a run moments before must not count here.
    const redis = new Redis('redis://127.0.0.1:6379');
    const stale = await redis.keys('cchc:rate:*');
    if (stale.length > 0) await redis.del(...stale);
    await redis.quit();
    const token = `Bearer ${await platform.login('thanhtra')}`;
    const replicas = [
      await gatewayWith({ RATE_LIMIT_PER_MINUTE: '3', REDIS_URL: 'redis://127.0.0.1:6379' }),
      await gatewayWith({ RATE_LIMIT_PER_MINUTE: '3', REDIS_URL: 'redis://127.0.0.1:6379' }),
    ];
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const replica = replicas[i % 2]!;
        statuses.push(
          (await post(`${replica.url}/graphql`, { query: HON_DAT }, { authorization: token })).status,
        );
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      for (const replica of replicas) await replica.stop();
    }
  });
});

describe('CSV exports and metrics', () => {
  it('exports the 2020 findings as CSV for Excel (BOM, one row per finding)', async () => {
    const response = await fetch(`${platform.gateway.url}/export/findings.csv?year=2020`, {
      headers: asAdmin(),
    });
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'finding_id,year,plan,unit_code,unit_name,unit_level,area_code,area,criterion_code,kind,severity,status,general,text,evidence,actions,actions_open',
    );
    const { data } = await platform.query<{ findings: { totalCount: number } }>(
      `{ findings(filter: { year: 2020 }) { totalCount } }`,
    );
    expect(data?.findings.totalCount).toBeGreaterThan(100);
    expect(text.match(/^[0-9a-f-]{36},2020,/gm)).toHaveLength(data!.findings.totalCount);
  });

  it('exports indicator facts, and refuses a bad filter with the GraphQL error', async () => {
    const { data } = await platform.query<{ unitByCode: { id: string } }>(
      `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`,
    );
    const query = `descendantsOf=${data?.unitByCode.id}&levels=DISTRICT&asOf=2020-10-19&from=2020-01-01&to=2020-12-31&grain=YEAR&indicatorCodes=ON_TIME_RATE`;
    const text = await (
      await fetch(`${platform.gateway.url}/export/indicator-facts.csv?${query}`, { headers: asAdmin() })
    ).text();
    expect(text.trim().split('\r\n')).toHaveLength(1 + 15);
    const bad = await fetch(
      `${platform.gateway.url}/export/indicator-facts.csv?from=2020-01-01&to=2020-12-31`,
      {
        headers: asAdmin(),
      },
    );
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('counts operations by name and outcome, and times subgraph calls, at /metrics', async () => {
    await post(platform.gatewayUrl, { query: `query HonDat ${HON_DAT}`, operationName: 'HonDat' });
    const metrics = await (await fetch(`${platform.gateway.url}/metrics`)).text();
    const line = (name: string, ...labels: string[]) =>
      metrics.split('\n').find((l) => l.startsWith(`${name}{`) && labels.every((label) => l.includes(label)));
    expect(line('graphql_operations_total', 'operation="HonDat"', 'code="OK"')).toMatch(/ [1-9]\d*$/);
    expect(
      line('subgraph_fetch_duration_seconds_count', 'subgraph="unit-registry"', 'outcome="200"'),
    ).toMatch(/ [1-9]\d*$/);
    // Pool use of a subgraph's database: its connections are open, and none is awaited at rest.
    const subgraph = await (await fetch(`${platform.inspection.url}/metrics`)).text();
    const pool = (state: string) =>
      Number(
        subgraph
          .split('\n')
          .find((l) => l.startsWith(`db_pool_connections{state="${state}"`))
          ?.split(' ')
          .at(-1),
      );
    expect(pool('total')).toBeGreaterThan(0);
    expect(pool('idle')).toBeLessThanOrEqual(pool('total'));
    expect(pool('waiting')).toBe(0);
  });
});

describe('schema discovery in production', () => {
  it('is for logged-in callers: no introspection and no field suggestions for anonymous ones', async () => {
    const gateway = await gatewayWith({ NODE_ENV: 'production' });
    try {
      const url = `${gateway.url}/graphql`;
      const introspection = { query: '{ __schema { queryType { name } } }' };
      const anonymous = await post(url, introspection);
      expect(anonymous.status).toBe(401);
      expect((await json(anonymous)).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect(await json(await post(url, introspection, asAdmin()))).toEqual({
        data: { __schema: { queryType: { name: 'Query' } } },
      });

      const typo = { query: '{ unitByCod(code: "903") { name } }' };
      const hidden = (await json(await post(url, typo))).errors[0]!.message;
      expect(hidden).toMatch(/Cannot query field "unitByCod"/);
      expect(hidden).not.toMatch(/Did you mean/);
      expect((await json(await post(url, typo, asAdmin()))).errors[0]!.message).toMatch(
        /Did you mean "unitByCode"/,
      );
      expect((await json(await post(url, { query: '{ __typename }' }))).data).toEqual({
        __typename: 'Query',
      });
    } finally {
      await gateway.stop();
    }
  });
});

describe('trusted documents for the platform frontends', () => {
  it('in production, takes only registered operations from the web client, by hash alone', async () => {
    const registered = '{ unitByCode(code: "903", asOf: "2020-10-19") { name } }';
    const hash = createHash('sha256').update(registered).digest('hex');
    const folder = await mkdtemp(path.join(tmpdir(), 'cchc-trusted-'));
    const manifest = path.join(folder, 'persisted-documents.json');
    await writeFile(manifest, JSON.stringify({ [hash]: registered }));
    const gateway = await gatewayWith({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: manifest });
    try {
      const url = `${gateway.url}/graphql`;
      const web = { ...asAdmin(), 'apollographql-client-name': 'cchc-web' };
      const byHash = await post(
        url,
        { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
        web,
      );
      expect(await json(byHash)).toEqual({ data: { unitByCode: { name: 'Hòn Đất' } } });
      const unregistered = await post(
        url,
        { query: '{ unitByCode(code: "908", asOf: "2020-10-19") { name } }' },
        web,
      );
      expect(unregistered.status).toBe(403);
      expect((await json(unregistered)).errors[0]!.extensions.code).toBe('FORBIDDEN');
      // A BI tool (another client) is not limited to the frontends' operations.
      const bi = await post(
        url,
        { query: '{ unitByCode(code: "908", asOf: "2020-10-19") { name } }' },
        asAdmin(),
      );
      expect((await json(bi)).data).toEqual({ unitByCode: { name: 'An Biên' } });
    } finally {
      await gateway.stop();
    }
  });
});

describe('CSV exports by unit code, for BI tools and Vietnamese-locale Excel', () => {
  /** Reads a CSV body (BOM, CRLF, quoted cells with doubled quotes) into rows of cells. */
  function parseCsv(text: string, separator = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    const body = text.replace(/^\uFEFF/, '');
    for (let i = 0; i < body.length; i++) {
      const char = body[i]!;
      if (quoted && char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = !quoted;
      } else if (!quoted && char === separator) {
        row.push(cell);
        cell = '';
      } else if (!quoted && char === '\r' && body[i + 1] === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        i++;
      } else {
        cell += char;
      }
    }
    return rows;
  }
  /** The CSV's rows as objects keyed by its header. */
  const records = (text: string, separator = ',') => {
    const [header, ...rows] = parseCsv(text, separator);
    return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
  };
  const exportCsv = (path: string, headers: Record<string, string> = asAdmin()) =>
    fetch(`${platform.gateway.url}/export/${path}`, { headers });
  const csvOf = async (path: string) => {
    const response = await exportCsv(path);
    expect(response.status, await response.clone().text()).toBe(200);
    return response.text();
  };
  const unitId = async (code: string) =>
    (
      await platform.query<{ unitByCode: { id: string } }>(
        `{ unitByCode(code: "${code}", asOf: "2020-10-19") { id } }`,
      )
    ).data!.unitByCode.id;

  it('exports the findings of a unit and those below it, named by its code on a date', async () => {
    const { data } = await platform.query<{ findings: { totalCount: number } }>(
      'query($id: ID!) { findings(filter: { unitIds: [$id], includeDescendants: true, year: 2020 }) { totalCount } }',
      { id: await unitId('91') },
    );
    const rows = records(
      await csvOf('findings.csv?unitCodes=91&asOf=2020-10-19&includeDescendants=true&year=2020'),
    );
    expect(data!.findings.totalCount).toBeGreaterThan(10);
    expect(rows).toHaveLength(data!.findings.totalCount);
    const own = records(await csvOf('findings.csv?unitCodes=903&asOf=2020-10-19&year=2020'));
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => `${r.unit_code} ${r.unit_name}`))).toEqual(new Set(['903 Hòn Đất']));
  });

  it("exports indicator facts by unit codes or a parent's code, with the indicator's names and the coverage", async () => {
    type Fact = {
      unitCode: string;
      period: string;
      indicatorCode: string;
      indicatorName: string;
      value: number | null;
      coverage: number;
    };
    const { data } = await platform.query<{
      indicatorFacts: { nodes: Fact[] };
      indicatorCatalog: { code: string; nameVi: string; nameEn: string }[];
    }>(
      `query($id: ID!) { indicatorCatalog { code nameVi nameEn }
        indicatorFacts(filter: { descendantsOf: $id, levels: ["DISTRICT"], asOf: "2020-10-19", from: "2020-01-01",
          to: "2020-12-31", grain: YEAR, indicatorCodes: ["ON_TIME_RATE"] }, first: 500) {
          nodes { unitCode period indicatorCode indicatorName value coverage } } }`,
      { id: await unitId('91') },
    );
    const byCode = records(
      await csvOf(
        'indicator-facts.csv?descendantsOfCode=91&asOf=2020-10-19&levels=DISTRICT&from=2020-01-01&to=2020-12-31&grain=YEAR&indicatorCodes=ON_TIME_RATE',
      ),
    );
    const onTime = data!.indicatorCatalog.find((i) => i.code === 'ON_TIME_RATE')!;
    expect(byCode).toHaveLength(15);
    expect(byCode.map((r) => [r.unit_code, r.indicator, r.indicator_name, r.indicator_name_en])).toEqual(
      data!.indicatorFacts.nodes.map((f) => [f.unitCode, 'ON_TIME_RATE', onTime.nameVi, onTime.nameEn]),
    );
    expect(byCode.map((r) => Number(r.coverage))).toEqual(data!.indicatorFacts.nodes.map((f) => f.coverage));
    for (const row of byCode) expect(Number(row.coverage)).toBeGreaterThanOrEqual(0);
    for (const row of byCode) expect(Number(row.coverage)).toBeLessThanOrEqual(1);

    const named = records(
      await csvOf(
        'indicator-facts.csv?unitCodes=903,908&asOf=2020-10-19&from=2020-01-01&to=2020-12-31&grain=YEAR&indicatorCodes=ON_TIME_RATE',
      ),
    );
    expect(named.map((r) => `${r.unit_code} ${r.unit_name}`).sort()).toEqual(['903 Hòn Đất', '908 An Biên']);
  });

  it('writes a decimal comma with semicolons between cells for Vietnamese-locale Excel, and Vietnamese headers', async () => {
    const query =
      'indicator-facts.csv?descendantsOfCode=91&asOf=2020-10-19&levels=DISTRICT&from=2020-01-01&to=2020-12-31&grain=YEAR&indicatorCodes=ON_TIME_RATE';
    const point = records(await csvOf(query));
    const commaText = await csvOf(`${query}&decimal=comma`);
    const comma = records(commaText, ';');
    expect(comma).toHaveLength(point.length);
    const fractional = point.filter((r) => r.value!.includes('.'));
    expect(fractional.length).toBeGreaterThan(0);
    for (const [i, row] of point.entries()) {
      expect(comma[i]!.value).toBe(row.value!.replace('.', ','));
      expect(comma[i]!.coverage).toBe(row.coverage!.replace('.', ','));
      expect(comma[i]!.unit_name).toBe(row.unit_name);
    }
    expect(commaText).not.toMatch(/\d\.\d/);

    const vi = parseCsv(await csvOf(`${query}&headers=vi`))[0]!;
    expect(vi).toContain('Mã đơn vị');
    expect(vi).toContain('Tên đơn vị');
    expect(vi).toContain('Tên chỉ số');
    expect(vi.every((name) => !name.includes('_'))).toBe(true);
  });

  it('reads enum values in any case, and codes as given', async () => {
    const facts = 'indicator-facts.csv?descendantsOfCode=91&asOf=2020-10-19&from=2020-01-01&to=2020-12-31';
    expect(await csvOf(`${facts}&grain=year&levels=district`)).toBe(
      await csvOf(`${facts}&grain=YEAR&levels=DISTRICT`),
    );
    const upper = await csvOf('findings.csv?year=2020&kinds=LIMITATION&areaCodes=TTHC');
    const lower = await csvOf('findings.csv?year=2020&kinds=limitation&areaCodes=TTHC');
    expect(lower).toBe(upper);
    const rows = records(lower);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => `${r.kind} ${r.area_code}`))).toEqual(new Set(['LIMITATION TTHC']));
    expect(records(await csvOf('findings.csv?year=2020&kinds=limitation&areaCodes=tthc'))).toEqual([]);
  });

  it('answers 401 UNAUTHENTICATED without a token, and 400 naming the parameter for a bad one', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-a-token' }] as Record<string, string>[]) {
      const anonymous = await exportCsv('findings.csv?year=2020', headers);
      expect(anonymous.status).toBe(401);
      expect((await json(anonymous)).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    for (const [path, field] of [
      ['findings.csv?year=twenty', 'year'],
      ['findings.csv?kinds=weakness', 'kinds'],
      ['findings.csv?includeDescendants=maybe', 'includeDescendants'],
      ['findings.csv?unitcodes=91', 'unitcodes'],
      ['indicator-facts.csv?from=2020-01-01&to=2020-12-31&grain=week&unitCodes=91', 'grain'],
      ['indicator-facts.csv?from=2020-01-01&to=2020-12-31&unitCodes=91&decimal=dot', 'decimal'],
    ]) {
      const response = await exportCsv(path!);
      const error = (await response.json()) as { errors: { extensions: { code: string; field?: string } }[] };
      expect([path, response.status, error.errors[0]!.extensions]).toMatchObject([
        path,
        400,
        { code: 'BAD_USER_INPUT', field },
      ]);
    }
  });
});

import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Gateway, readConfig, startGateway } from '@cchc/gateway';
import { createLogger } from '@cchc/kit';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_gateway');
});
afterAll(() => platform?.stop());

const HON_DAT = '{ unitByCode(code: "903", asOf: "2020-10-19") { name } }';

/** A second gateway over the same subgraphs, with its own limits. */
async function gatewayWith(overrides: Record<string, string>): Promise<Gateway> {
  const config = readConfig({
    UNIT_REGISTRY_URL: `${platform.unitRegistry.url}/graphql`,
    INSPECTION_URL: `${platform.inspection.url}/graphql`,
    METRICS_URL: `${platform.metrics.url}/graphql`,
    PORT: '0',
    HOST: '127.0.0.1',
    ...platform.authEnvironment,
    ...overrides,
  });
  return startGateway(config, createLogger('test', 'silent'));
}

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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_units');
});
afterAll(() => platform?.stop());

describe('the unit registry through the gateway', () => {
  it.each([
    {
      name: 'a code resolves with a date: 903 in 2020 is Hòn Đất, a rural district of Kiên Giang',
      query: `{ unitByCode(code: "903", asOf: "2020-10-19") { name kind parent { name } } }`,
      data: { unitByCode: { name: 'Hòn Đất', kind: 'RURAL_DISTRICT', parent: { name: 'Kiên Giang' } } },
    },
    {
      name: 'a reused code: 91 in 2020 is Kiên Giang',
      query: `{ unitByCode(code: "91", asOf: "2020-10-19") { fullName validTo } }`,
      data: { unitByCode: { fullName: 'Tỉnh Kiên Giang', validTo: '2025-06-30' } },
    },
    {
      name: 'a reused code: 91 after 1 July 2025 is An Giang',
      query: `{ unitByCode(code: "91", asOf: "2025-08-01") { fullName validFrom } }`,
      data: { unitByCode: { fullName: 'Tỉnh An Giang', validFrom: '2025-07-01' } },
    },
    {
      name: 'asOf defaults to today',
      query: `{ unitByCode(code: "91") { fullName } }`,
      data: { unitByCode: { fullName: 'Tỉnh An Giang' } },
    },
    {
      name: 'a code with no unit on that date is null',
      query: `{ unitByCode(code: "903", asOf: "2025-08-01") { name } }`,
      data: { unitByCode: null },
    },
    {
      name: 'ancestors run from the province down to the parent',
      query: `{ unitByCode(code: "30817", asOf: "2020-10-19") { fullName ancestors { fullName } } }`,
      data: {
        unitByCode: {
          fullName: 'Thị trấn Hòn Đất',
          ancestors: [{ fullName: 'Tỉnh Kiên Giang' }, { fullName: 'Huyện Hòn Đất' }],
        },
      },
    },
    {
      name: 'a whole district that became a special zone in 2025',
      query: `{ unitByCode(code: "912", asOf: "2020-01-01") { successors { kind partial effectiveDate unit { fullName } } } }`,
      data: {
        unitByCode: {
          successors: [
            {
              kind: 'CONTINUED',
              partial: false,
              effectiveDate: '2025-07-01',
              unit: { fullName: 'Đặc khu Kiên Hải' },
            },
          ],
        },
      },
    },
  ])('$name', async ({ query, data }) => {
    const response = await platform.query(query);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual(data);
  });

  it('An Giang of 2025 lists Kiên Giang among its predecessors, with the legal act', async () => {
    const { data } = await platform.query<{
      unitByCode: { predecessors: { kind: string; legalAct: string; unit: { fullName: string } }[] };
    }>(`{ unitByCode(code: "91", asOf: "2025-08-01") { predecessors { kind legalAct unit { fullName } } } }`);
    const names = data?.unitByCode.predecessors.map((p) => p.unit.fullName).sort();
    expect(names).toEqual(['Tỉnh An Giang', 'Tỉnh Kiên Giang']);
    expect(data?.unitByCode.predecessors[0]).toMatchObject({
      kind: 'MERGED',
      legalAct: expect.stringContaining('202/2025/QH15'),
    });
  });

  it('the Sở Kế hoạch và Đầu tư of 2020 went into the merged An Giang’s Sở Tài chính', async () => {
    const { data, errors } = await platform.query<{
      unitByCode: {
        successors: { kind: string; effectiveDate: string; unit: { code: string; validFrom: string } }[];
      };
    }>(`{ unitByCode(code: "91-SKHDT", asOf: "2020-10-19") {
      successors { kind effectiveDate unit { code validFrom } } } }`);
    expect(errors).toBeUndefined();
    expect(data?.unitByCode.successors).toEqual([
      { kind: 'MERGED', effectiveDate: '2025-07-01', unit: { code: '91-STC', validFrom: '2025-07-01' } },
    ]);
  });

  it('the Sở Nội vụ of the merged An Giang lists those of both old provinces among its predecessors', async () => {
    const { data } = await platform.query<{
      unitByCode: { fullName: string; predecessors: { kind: string; unit: { fullName: string } }[] };
    }>(
      `{ unitByCode(code: "91-SNV", asOf: "2026-01-01") { fullName predecessors { kind unit { fullName } } } }`,
    );
    expect(data?.unitByCode.fullName).toBe('Sở Nội vụ tỉnh An Giang');
    expect(data?.unitByCode.predecessors).toEqual(
      expect.arrayContaining([
        { kind: 'MERGED', unit: { fullName: 'Sở Nội vụ tỉnh An Giang' } },
        { kind: 'MERGED', unit: { fullName: 'Sở Nội vụ tỉnh Kiên Giang' } },
        { kind: 'MERGED', unit: { fullName: 'Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang' } },
      ]),
    );
  });

  it.each([
    { search: '91-SNV', asOf: '2026-01-01', first: { code: '91-SNV', fullName: 'Sở Nội vụ tỉnh An Giang' } },
    { search: '903', asOf: '2020-10-19', first: { code: '903', fullName: 'Huyện Hòn Đất' } },
  ])('search "$search" as of $asOf finds that unit first', async ({ search, asOf, first }) => {
    const { data, errors } = await platform.query<{ units: { nodes: { code: string; fullName: string }[] } }>(
      `query($search: String, $asOf: Date) { units(filter: { search: $search, asOf: $asOf }, first: 3) { nodes { code fullName } } }`,
      { search, asOf },
    );
    expect(errors).toBeUndefined();
    expect(data?.units.nodes[0]).toEqual(first);
  });

  it.each(['hon dat', 'Hon Dat', 'Hòn Đất', 'HÒN ĐẤT', 'hon d'])(
    'search "%s" finds Huyện Hòn Đất first',
    async (search) => {
      const { data, errors } = await platform.query<{
        units: { totalCount: number; nodes: { fullName: string; code: string }[] };
      }>(
        `query($search: String) { units(filter: { search: $search }, first: 5) { totalCount nodes { fullName code } } }`,
        { search },
      );
      expect(errors).toBeUndefined();
      expect(data?.units.nodes[0]).toEqual({ fullName: 'Huyện Hòn Đất', code: '903' });
      expect(data?.units.nodes.map((n) => n.fullName)).toEqual(
        expect.arrayContaining(['Thị trấn Hòn Đất', 'Xã Hòn Đất']),
      );
    },
  );

  it('finds units by code and tolerates a typo', async () => {
    // Code 30817 was Thị trấn Hòn Đất and is Xã Hòn Đất since 2025: the unit in force comes first.
    const byCode = await platform.query<{ units: { nodes: { fullName: string }[] } }>(
      `{ units(filter: { search: "30817" }, first: 2) { nodes { fullName } } }`,
    );
    expect(byCode.data?.units.nodes.map((n) => n.fullName)).toEqual(['Xã Hòn Đất', 'Thị trấn Hòn Đất']);
    const typo = await platform.query<{ units: { nodes: { fullName: string }[] } }>(
      `{ units(filter: { search: "kien gaing", levels: [PROVINCE] }, first: 3) { nodes { fullName } } }`,
    );
    expect(typo.data?.units.nodes.map((n) => n.fullName)).toContain('Tỉnh Kiên Giang');
  });

  it('lists the communes under Kiên Giang in 2020 and the children of a district as of a date', async () => {
    const { data } = await platform.query<{
      unitByCode: { id: string; children: { name: string }[] };
    }>(`{ unitByCode(code: "903", asOf: "2020-10-19") { id children(asOf: "2020-10-19") { name } } }`);
    expect(data?.unitByCode.children).toHaveLength(14);
    const province = await platform.query<{ unitByCode: { id: string } }>(
      `{ unitByCode(code: "91", asOf: "2020-10-19") { id } }`,
    );
    const communes = await platform.query<{ units: { totalCount: number } }>(
      `query($id: ID!) { units(filter: { descendantsOf: $id, levels: [COMMUNE], asOf: "2020-10-19" }, first: 1) { totalCount } }`,
      { id: province.data?.unitByCode.id },
    );
    expect(communes.data?.units.totalCount).toBe(143);
  });

  it('pages through a connection with cursors, the total staying the same', async () => {
    const page = (after?: string) =>
      platform.query<{
        units: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          nodes: { code: string }[];
        };
      }>(
        `query($after: String) { units(filter: { kinds: [PROVINCE, CENTRAL_CITY], asOf: "2020-01-01" }, first: 30, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { code } } }`,
        { after },
      );
    const first = await page();
    const second = await page(first.data?.units.pageInfo.endCursor);
    const third = await page(second.data?.units.pageInfo.endCursor);
    expect(first.data?.units.totalCount).toBe(63); // the provinces and centrally-run cities before July 2025
    const codes = [first, second, third].flatMap((p) => p.data?.units.nodes.map((n) => n.code) ?? []);
    expect(new Set(codes).size).toBe(63);
    expect(third.data?.units.pageInfo.hasNextPage).toBe(false);
  });
});

describe('bad input gets a stable code and no internals', () => {
  it.each([
    { name: 'page too large', query: `{ units(first: 1000) { totalCount } }`, code: 'BAD_USER_INPUT' },
    { name: 'id that is not a unit id', query: `{ unit(id: "abc") { name } }`, code: 'BAD_USER_INPUT' },
    { name: 'forged cursor', query: `{ units(after: "Zm9v") { totalCount } }`, code: 'BAD_USER_INPUT' },
    {
      name: 'overlong search',
      query: `{ units(filter: { search: "${'x'.repeat(101)}" }) { totalCount } }`,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'impossible date',
      query: `{ unitByCode(code: "91", asOf: "2020-02-30") { name } }`,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'unknown field',
      query: `{ unitByCode(code: "91") { population } }`,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
  ])('$name → $code', async ({ query, code }) => {
    const response = await platform.query(query);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('a malformed date in variables is BAD_USER_INPUT, with the reason', async () => {
    const response = await platform.query(`query($d: Date) { unitByCode(code: "91", asOf: $d) { name } }`, {
      d: '19/10/2020',
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });
});

describe('operations endpoints', () => {
  it('answers health, readiness and metrics on the gateway and the subgraph', async () => {
    for (const base of [platform.gateway.url, platform.unitRegistry.url]) {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true });
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('http_request_duration_seconds');
    }
  });

  it('reports the state of each subgraph at the gateway /readyz', async () => {
    const ready = await (await fetch(`${platform.gateway.url}/readyz`)).json();
    expect(ready).toMatchObject({ subgraphs: { 'unit-registry': 'ready' } });
  });

  it('serves no landing page that would load from a CDN', async () => {
    const response = await fetch(platform.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/cdn|apollographql\.com|embeddable-sandbox/i);
  });
});

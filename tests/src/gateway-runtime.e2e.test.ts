import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeCursor } from '@cchc/kit';
import { SUPERGRAPH_FILE, SUPERGRAPH_WITH_PARTNERS_FILE } from '@cchc/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_gateway_runtime');
});
afterAll(() => platform?.stop());

const HON_DAT = '{ unitByCode(code: "903", asOf: "2020-10-19") { name } }';
const sqlOf = (service: { url: string }) => platform.sqlStatements(service);
const nameOfHonDat = async () =>
  (await platform.query<{ unitByCode: { name: string } }>(HON_DAT)).data?.unitByCode.name;

describe("the unit registry's answers cached at the gateway", () => {
  it('answers a repeated registry query without asking the registry again', async () => {
    // The gateway caches once it follows the registry's revision (a long poll opened at its start).
    await expect
      .poll(async () => {
        await platform.query(HON_DAT);
        const before = await sqlOf(platform.unitRegistry);
        await platform.query(HON_DAT);
        return (await sqlOf(platform.unitRegistry)) - before;
      })
      .toBe(0);
    // Anonymous callers share the answer: the registry is public.
    const before = await sqlOf(platform.unitRegistry);
    expect((await platform.queryAs(null, HON_DAT)).data).toEqual({ unitByCode: { name: 'Hòn Đất' } });
    expect((await sqlOf(platform.unitRegistry)) - before).toBe(0);
  });

  it('keeps hundreds of answers of twenty units each, not only the last few', async () => {
    const page = (offset: number) =>
      platform.query(`query($after: String) { units(first: 20, after: $after) { nodes { id name } } }`, {
        after: offset === 0 ? null : encodeCursor(offset),
      });
    for (let offset = 0; offset < 300 * 20; offset += 20) expect((await page(offset)).errors).toBeUndefined();
    const before = await sqlOf(platform.unitRegistry);
    await page(0);
    expect((await sqlOf(platform.unitRegistry)) - before).toBe(0);
  });

  it('sees a changed unit at once: a write to the registry drops what was cached', async () => {
    expect(await nameOfHonDat()).toBe('Hòn Đất');
    const units = platform.unitRegistry.dataSource;
    await units.query(`UPDATE units SET name = 'Hòn Đất (đổi tên)' WHERE code = '903'`);
    try {
      const changed = Date.now();
      await expect.poll(nameOfHonDat, { timeout: 2_000, interval: 20 }).toBe('Hòn Đất (đổi tên)');
      console.log(`a renamed unit was answered ${Date.now() - changed} ms after the registry's write`);
    } finally {
      await units.query(`UPDATE units SET name = 'Hòn Đất' WHERE code = '903'`);
    }
    await expect.poll(nameOfHonDat, { timeout: 2_000, interval: 20 }).toBe('Hòn Đất');
  });

  it("never caches what another subgraph answers for a caller: a unit's findings are asked every time, per caller", async () => {
    const query = '{ unitByCode(code: "908", asOf: "2020-10-19") { name findings { totalCount } } }';
    const admin = await platform.query<{ unitByCode: { findings: { totalCount: number } } }>(query);
    expect(admin.data!.unitByCode.findings.totalCount).toBeGreaterThan(0);
    const before = await sqlOf(platform.inspection);
    expect((await platform.query(query)).data).toEqual(admin.data);
    expect(await sqlOf(platform.inspection)).toBeGreaterThan(before);
    // Hòn Đất's officer does not get the admin's answer about An Biên.
    const officer = await platform.queryAs(await platform.login('hondat'), query);
    expect(officer).not.toMatchObject({ data: admin.data });
  });
});

describe('the supergraph file', () => {
  const committed = fileURLToPath(SUPERGRAPH_FILE);
  const withPartners = fileURLToPath(SUPERGRAPH_WITH_PARTNERS_FILE);
  const HAS_STAFFING = '{ __type(name: "UnitStaffing") { name } }';

  it('is reloaded when it changes, without a restart and without failing the requests in flight', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'cchc-supergraph-'));
    const file = path.join(folder, 'supergraph.graphql');
    await copyFile(committed, file);
    const gateway = await platform.anotherGateway({ SUPERGRAPH_PATH: file });
    const url = `${gateway.url}/graphql`;
    const ask = async (query: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.adminToken}` },
        body: JSON.stringify({ query }),
      });
      return {
        status: response.status,
        ...((await response.json()) as { data?: unknown; errors?: unknown[] }),
      };
    };
    try {
      expect((await ask(HAS_STAFFING)).data).toEqual({ __type: null });
      // Requests keep coming while the file is replaced: every one is answered in full.
      let loading = true;
      const answers: Awaited<ReturnType<typeof ask>>[] = [];
      const load = Array.from({ length: 8 }, async () => {
        while (loading)
          answers.push(
            await ask(
              '{ units(filter: { search: "kien giang" }, first: 20) { totalCount nodes { name parent { name } } } }',
            ),
          );
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await copyFile(withPartners, file);
      await expect
        .poll(async () => (await ask(HAS_STAFFING)).data, { timeout: 5_000 })
        .toEqual({
          __type: { name: 'UnitStaffing' },
        });
      await new Promise((resolve) => setTimeout(resolve, 300));
      loading = false;
      await Promise.all(load);
      expect(answers.length).toBeGreaterThan(8);
      expect(answers.filter((answer) => answer.status !== 200 || answer.errors)).toEqual([]);
      console.log(`${answers.length} requests answered in full across the supergraph reload`);

      // A file that does not parse (half written, or broken) is not served: the last good one stays.
      await writeFile(file, 'type Query {');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect((await ask(HAS_STAFFING)).data).toEqual({ __type: { name: 'UnitStaffing' } });
    } finally {
      await gateway.stop();
    }
  });
});

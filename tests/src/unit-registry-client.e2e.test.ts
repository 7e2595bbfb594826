import { createLogger, jwksOf, newSigningKey, type RunningSubgraph } from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import { startUnitRegistry } from '@cchc/unit-registry';
import { UnitRegistryClient } from '@cchc/unit-registry-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A small tree written by hand: Kiên Giang (to 2025-06-30) merged into An Giang (from 2025-07-01). */
const KIEN_GIANG = '00000000-0000-4000-8000-000000000091';
const HON_DAT = '00000000-0000-4000-8000-000000000904';
const SON_KIEN = '00000000-0000-4000-8000-000000030700';
/** Ended in 2019: not in force on 2020-06-01. */
const MY_LAM = '00000000-0000-4000-8000-000000030703';
const AN_GIANG = '00000000-0000-4000-8000-000000000089';
/** 600 communes directly under it: more than one page (500). */
const BIG_PROVINCE = '00000000-0000-4000-8000-000000000999';
const NOBODY = '00000000-0000-4000-8000-0000000000ff';

describe('the unit-registry client against a running unit registry', () => {
  let database: TestDatabase;
  let registry: RunningSubgraph;
  let client: UnitRegistryClient;

  beforeAll(async () => {
    database = await createTestDatabase('unit_registry_client');
    registry = await startUnitRegistry(
      {
        environment: 'test',
        logLevel: 'silent',
        http: { host: '127.0.0.1', port: 0 },
        auth: {
          issuer: 'test',
          audience: 'test',
          keys: jwksOf(await newSigningKey()),
          rolesClaim: 'roles',
          unitClaim: 'unit_id',
        },
        databaseUrl: database.url,
        loadDemoData: false,
      },
      createLogger('unit-registry', 'silent'),
    );
    await registry.dataSource.query(
      `INSERT INTO units (id, code, name, full_name, kind, level, parent_id, ancestor_ids, valid_from, valid_to,
         search_name, search_text)
       VALUES ($1, '91', 'Kiên Giang', 'Tỉnh Kiên Giang', 'PROVINCE', 'PROVINCE', NULL, '{}', NULL, '2025-06-30', '', ''),
         ($2, '904', 'Hòn Đất', 'Huyện Hòn Đất', 'RURAL_DISTRICT', 'DISTRICT', $1, ARRAY[$1]::uuid[], NULL, '2025-06-30', '', ''),
         ($3, '30700', 'Sơn Kiên', 'Xã Sơn Kiên', 'COMMUNE', 'COMMUNE', $2, ARRAY[$1, $2]::uuid[], NULL, '2025-06-30', '', ''),
         ($4, '30703', 'Mỹ Lâm', 'Xã Mỹ Lâm', 'COMMUNE', 'COMMUNE', $2, ARRAY[$1, $2]::uuid[], NULL, '2019-12-31', '', ''),
         ($5, '89', 'An Giang', 'Tỉnh An Giang', 'PROVINCE', 'PROVINCE', NULL, '{}', '2025-07-01', NULL, '', ''),
         ($6, '99', 'Big', 'Tỉnh Big', 'PROVINCE', 'PROVINCE', NULL, '{}', NULL, NULL, '', '')`,
      [KIEN_GIANG, HON_DAT, SON_KIEN, MY_LAM, AN_GIANG, BIG_PROVINCE],
    );
    await registry.dataSource.query(
      `INSERT INTO units (id, code, name, full_name, kind, level, parent_id, ancestor_ids, search_name, search_text)
       SELECT gen_random_uuid(), '99' || lpad(n::text, 3, '0'), 'Xã ' || n, 'Xã ' || n, 'COMMUNE', 'COMMUNE', $1,
         ARRAY[$1]::uuid[], '', ''
       FROM generate_series(1, 600) AS n`,
      [BIG_PROVINCE],
    );
    await registry.dataSource.query(
      `INSERT INTO unit_lineage (id, predecessor_id, successor_id, kind, partial, effective_date)
       VALUES ('00000000-0000-4000-8000-00000000aaaa', $1, $2, 'MERGED', false, '2025-07-01')`,
      [KIEN_GIANG, AN_GIANG],
    );
    client = new UnitRegistryClient(`${registry.url}/graphql`);
  });

  afterAll(async () => {
    await registry?.stop();
    await database?.drop();
  });

  it('finds every unit below a unit, or only those in force on a date', async () => {
    expect((await client.descendantsOf([KIEN_GIANG], undefined)).sort()).toEqual(
      [HON_DAT, SON_KIEN, MY_LAM].sort(),
    );
    expect((await client.descendantsOf([KIEN_GIANG], '2020-06-01')).sort()).toEqual(
      [HON_DAT, SON_KIEN].sort(),
    );
  });

  it('finds the descendants of each unit in one go, paging through a unit with more than 500', async () => {
    const each = await client.descendantsOfEach([HON_DAT, BIG_PROVINCE, AN_GIANG], undefined);
    expect(each.get(HON_DAT)?.sort()).toEqual([SON_KIEN, MY_LAM].sort());
    expect(each.get(BIG_PROVINCE)).toHaveLength(600);
    expect(new Set(each.get(BIG_PROVINCE)).size).toBe(600);
    expect(each.get(AN_GIANG)).toEqual([]);
  });

  it('describes units, leaving out those it does not know', async () => {
    const descriptions = await client.describe([AN_GIANG, SON_KIEN, NOBODY]);
    expect([...descriptions.keys()]).toEqual([AN_GIANG, SON_KIEN]);
    expect(descriptions.get(AN_GIANG)).toEqual({
      id: AN_GIANG,
      code: '89',
      name: 'An Giang',
      level: 'PROVINCE',
      parentId: null,
      validFrom: '2025-07-01',
      validTo: null,
      predecessors: [{ unitId: KIEN_GIANG, partial: false, validFrom: null }],
    });
    expect(descriptions.get(SON_KIEN)).toMatchObject({
      parentId: HON_DAT,
      level: 'COMMUNE',
      validTo: '2025-06-30',
    });
  });

  it('lists the units matching a filter, every page', async () => {
    const communes = await client.list({
      descendantsOf: KIEN_GIANG,
      levels: ['COMMUNE'],
      asOf: '2020-06-01',
    });
    expect(communes.map((unit) => unit.name)).toEqual(['Sơn Kiên']);
    expect(await client.list({ descendantsOf: BIG_PROVINCE })).toHaveLength(600);
  });

  it('finds the units a unit was formed from', async () => {
    expect(await client.predecessorsOf([AN_GIANG, SON_KIEN])).toEqual([KIEN_GIANG]);
  });

  it('tells which ids it does not know', async () => {
    expect(await client.unknownIds([KIEN_GIANG, NOBODY, SON_KIEN])).toEqual([NOBODY]);
  });

  it('finds the unit holding a code on a date', async () => {
    expect(await client.idByCode('91', '2025-06-30')).toBe(KIEN_GIANG);
    expect(await client.idByCode('91', '2025-07-01')).toBeNull();
    expect(await client.idsByCode(['89', '91', '89'], '2025-07-01')).toEqual(
      new Map([
        ['89', AN_GIANG],
        ['91', null],
      ]),
    );
  });

  it('reports a request the registry refuses as an internal error naming it', async () => {
    await expect(client.list({ levels: ['TIER_FOUR'] })).rejects.toThrow(
      /The unit registry refused a request/,
    );
  });
});

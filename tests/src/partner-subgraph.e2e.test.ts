import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_partner', { withPartners: true });
});
afterAll(() => platform?.stop());

interface StaffingFigures {
  unitCode: string;
  year: number;
  approvedPosts: number;
  staffInPost: number;
  contractStaff: number;
}

/** The agency's own (illustrative) figures, as its subgraph loaded them. */
async function agencyFigures(unitCode: string, year: number): Promise<StaffingFigures> {
  const file = createRequire(import.meta.url).resolve('@cchc/partner-staffing/data/demo-staffing.json');
  const { staffing } = JSON.parse(await readFile(file, 'utf8')) as { staffing: StaffingFigures[] };
  return staffing.find((s) => s.unitCode === unitCode && s.year === year)!;
}

describe("another agency's subgraph in the supergraph", () => {
  it("adds its field to Unit: one query joins the registry, the agency's staffing and the platform's findings", async () => {
    type Joined = {
      id: string;
      name: string;
      staffing: Omit<StaffingFigures, 'unitCode'> & { vacancies: number; fillRate: number };
      findings: { totalCount: number };
    };
    const { data, errors } = await platform.query<{ province: Joined; district: Joined }>(
      `{ province: unitByCode(code: "91", asOf: "2020-10-19") { ...joined }
         district: unitByCode(code: "903", asOf: "2020-10-19") { ...joined } }
       fragment joined on Unit { id name
         staffing(year: 2020) { year approvedPosts staffInPost contractStaff vacancies fillRate }
         findings { totalCount } }`,
    );
    expect(errors).toBeUndefined();
    expect([data!.province.name, data!.district.name]).toEqual(['Kiên Giang', 'Hòn Đất']);
    for (const [code, unit] of [
      ['91', data!.province],
      ['903', data!.district],
    ] as const) {
      const { unitCode: _, ...figures } = await agencyFigures(code, 2020);
      expect(unit.staffing).toEqual({
        ...figures,
        vacancies: figures.approvedPosts - figures.staffInPost,
        fillRate: figures.staffInPost / figures.approvedPosts,
      });
      // The inspection subgraph's part of the same answer: the unit's own findings, as it counts them.
      const own = await platform.query<{ findings: { totalCount: number } }>(
        'query($id: ID!) { findings(filter: { unitIds: [$id] }) { totalCount } }',
        { id: unit.id },
      );
      expect(unit.findings.totalCount).toBe(own.data!.findings.totalCount);
    }
    // The 2020 report names Hòn Đất's shortcomings; the province itself has none of its own.
    expect(data!.district.findings.totalCount).toBeGreaterThan(0);
  });

  it('answers the units of a list at once, null where the agency has no figure', async () => {
    const { data, errors } = await platform.query<{
      unitByCode: { staffing: { year: number } | null; children: { staffing: { year: number } | null }[] };
    }>(`{ unitByCode(code: "903", asOf: "2020-10-19") { staffing(year: 2020) { year }
          children(asOf: "2020-10-19") { staffing(year: 2020) { year } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.unitByCode.staffing).toEqual({ year: 2020 });
    // The agency's figures stop at the district level: Hòn Đất's communes have none.
    expect(data!.unitByCode.children.length).toBeGreaterThan(10);
    expect(data!.unitByCode.children.every((c) => c.staffing === null)).toBe(true);
  });

  it('verifies the caller like every subgraph: partners may read it, anonymous callers may not', async () => {
    const query =
      '{ unitByCode(code: "91-SNV", asOf: "2020-10-19") { staffing(year: 2021) { approvedPosts } } }';
    const partner = await platform.queryAs<{ unitByCode: { staffing: { approvedPosts: number } } }>(
      await platform.login('doitac'),
      query,
    );
    expect(partner.data!.unitByCode.staffing.approvedPosts).toBe(
      (await agencyFigures('91-SNV', 2021)).approvedPosts,
    );
    const anonymous = await platform.queryAs(null, query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("lists the agency's subgraph in the gateway's readiness", async () => {
    const ready = (await (await fetch(`${platform.gateway.url}/readyz`)).json()) as { subgraphs: object };
    expect(ready.subgraphs).toEqual({
      'unit-registry': 'ready',
      inspection: 'ready',
      'e-government-metrics': 'ready',
      'partner-staffing': 'ready',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_partner', { withPartners: true });
});
afterAll(() => platform?.stop());

describe("another agency's subgraph in the supergraph", () => {
  it("adds its field to Unit: one query joins the registry, the agency's staffing and the platform's findings", async () => {
    const { data, errors } = await platform.query<{
      unitByCode: {
        name: string;
        staffing: { approvedPosts: number; staffInPost: number; vacancies: number; fillRate: number } | null;
        findings: { totalCount: number };
        children: { code: string; staffing: { year: number } | null }[];
      };
    }>(`{ unitByCode(code: "903", asOf: "2020-10-19") { name
          staffing(year: 2020) { approvedPosts staffInPost vacancies fillRate }
          findings { totalCount }
          children(asOf: "2020-10-19") { code staffing(year: 2020) { year } } } }`);
    expect(errors).toBeUndefined();
    const unit = data!.unitByCode;
    expect(unit.name).toBe('Hòn Đất');
    expect(unit.findings.totalCount).toBeGreaterThan(0);
    const staffing = unit.staffing!;
    expect(staffing.vacancies).toBe(staffing.approvedPosts - staffing.staffInPost);
    expect(staffing.fillRate).toBeCloseTo(staffing.staffInPost / staffing.approvedPosts);
    // The agency's figures cover the district-level units only: its communes have none.
    expect(unit.children.length).toBeGreaterThan(10);
    expect(unit.children.every((c) => c.staffing === null)).toBe(true);
  });

  it('verifies the caller like every subgraph: partners may read it, anonymous callers may not', async () => {
    const query =
      '{ unitByCode(code: "91-SNV", asOf: "2020-10-19") { staffing(year: 2021) { approvedPosts } } }';
    const partner = await platform.queryAs<{ unitByCode: { staffing: { approvedPosts: number } } }>(
      await platform.login('doitac'),
      query,
    );
    expect(partner.data!.unitByCode.staffing.approvedPosts).toBeGreaterThan(0);
    const anonymous = await platform.queryAs(null, query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

import { createHash } from 'node:crypto';
import { newSigningKey, todayInVietnam } from '@cchc/kit';
import { decodeJwt, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_identity');
});
afterAll(() => platform?.stop());

const login = (username: string, password: string) =>
  fetch(`${platform.gateway.url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

/** A token that looks right but is signed with a key the platform does not know. */
async function forgedToken(): Promise<string> {
  const key = await newSigningKey();
  return new SignJWT({ preferred_username: 'admin', roles: ['ADMIN'] })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setIssuer('cchc-platform')
    .setAudience('cchc-api')
    .setSubject('admin')
    .setExpirationTime('5m')
    .sign(await importJWK(key, 'ES256'));
}

const PLANS = '{ inspectionPlans { totalCount } }';

describe('the built-in login', () => {
  it('gives a demo user a signed bearer token with its roles and, for a unit officer, its unit', async () => {
    const response = await login('hondat', 'demo');
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const unit = await platform.query<{ unitByCode: { id: string } }>(
      `{ unitByCode(code: "903", asOf: "2020-10-19") { id } }`,
    );
    expect(decodeJwt(body.access_token)).toMatchObject({
      sub: 'hondat',
      roles: ['UNIT_OFFICER'],
      unit_id: unit.data!.unitByCode.id,
    });
  });

  it('refuses a wrong password and serves only public keys at /.well-known/jwks.json', async () => {
    const refused = await login('admin', 'wrong');
    expect(refused.status).toBe(401);
    const jwks = (await (await fetch(`${platform.gateway.url}/.well-known/jwks.json`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('identity end to end', () => {
  it('lets anyone read the public unit registry but asks a logged-in user for inspection data', async () => {
    expect(
      (await platform.queryAs(null, '{ unitByCode(code: "903", asOf: "2020-10-19") { name } }')).data,
    ).toEqual({
      unitByCode: { name: 'Hòn Đất' },
    });
    expect((await platform.queryAs(null, PLANS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.queryAs(await platform.login('phantich'), PLANS)).data).toEqual({
      inspectionPlans: { totalCount: 3 },
    });
  });

  it('refuses a forged token at the gateway, and at a subgraph reached directly', async () => {
    const forged = await forgedToken();
    const atGateway = await platform.queryAs(forged, PLANS);
    expect(atGateway.status).toBe(401);
    expect(atGateway.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const direct = await fetch(`${platform.inspection.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
      body: JSON.stringify({ query: PLANS }),
    });
    expect(direct.status).toBe(401);
    const body = (await direct.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"roles":["ADMIN"]}').toString('base64url')}.`;
    expect((await platform.queryAs(unsigned, PLANS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("lets a unit officer report only on its own unit's corrective actions (its communes included)", async () => {
    const { data } = await platform.query<{
      correctiveActions: {
        nodes: {
          id: string;
          version: number;
          status: string;
          responsibleUnit: { code: string; parent: { code: string } | null };
        }[];
      };
    }>(
      `{ correctiveActions(filter: { statuses: [OVERDUE] }, first: 500) { nodes { id version status responsibleUnit { code parent { code } } } } }`,
    );
    const actions = data!.correctiveActions.nodes;
    const inHonDat = actions.find(
      (a) => a.responsibleUnit.code === '903' || a.responsibleUnit.parent?.code === '903',
    );
    const elsewhere = actions.find(
      (a) => a.responsibleUnit.code !== '903' && a.responsibleUnit.parent?.code !== '903',
    );
    expect(inHonDat && elsewhere).toBeTruthy();
    const officer = await platform.login('hondat');
    const report = (action: { id: string; version: number }) =>
      platform.queryAs<{ reportOnCorrectiveAction: { status: string } }>(
        officer,
        `mutation($a: ID!, $v: Int!) { reportOnCorrectiveAction(actionId: $a, version: $v, report: { reportedOn: "2021-05-04", text: "Đã khắc phục" }) { status } }`,
        { a: action.id, v: action.version },
      );
    expect((await report(elsewhere!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await report(inHonDat!)).data).toEqual({ reportOnCorrectiveAction: { status: 'REPORTED' } });
    const { data: audit } = await platform.query<{
      auditLog: { nodes: { actor: string; action: string }[] };
    }>(`query($id: ID!) { auditLog(objectId: $id) { nodes { actor action } } }`, { id: inHonDat!.id });
    expect(audit!.auditLog.nodes[0]).toEqual({ actor: 'hondat', action: 'REPORT' });
  });
});

describe("a unit officer's console", () => {
  it("sees only its unit's tree: findings and corrective actions filtered in SQL, nothing of other units", async () => {
    const officer = await platform.login('hondat');
    const { data: unit } = await platform.query<{ unitByCode: { id: string } }>(
      `{ unitByCode(code: "903", asOf: "2020-10-19") { id } }`,
    );
    const tree = { ids: [unit!.unitByCode.id] };
    const asAdmin = await platform.query<{
      all: { totalCount: number };
      mine: { totalCount: number };
      actions: { totalCount: number };
    }>(
      `query($ids: [ID!]) { all: findings(filter: { year: 2020 }) { totalCount }
        mine: findings(filter: { year: 2020, unitIds: $ids, includeDescendants: true }) { totalCount }
        actions: correctiveActions(filter: { responsibleUnitIds: $ids, includeDescendants: true }) { totalCount } }`,
      tree,
    );
    const asOfficer = await platform.queryAs<{
      findings: { totalCount: number };
      correctiveActions: { totalCount: number };
    }>(officer, `{ findings(filter: { year: 2020 }) { totalCount } correctiveActions { totalCount } }`);
    expect(asOfficer.errors).toBeUndefined();
    expect(asOfficer.data!.findings.totalCount).toBe(asAdmin.data!.mine.totalCount);
    expect(asOfficer.data!.findings.totalCount).toBeLessThan(asAdmin.data!.all.totalCount);
    expect(asOfficer.data!.correctiveActions.totalCount).toBe(asAdmin.data!.actions.totalCount);

    const anBien = await platform.queryAs<{ unitByCode: { findings: { totalCount: number } } }>(
      officer,
      `{ unitByCode(code: "908", asOf: "2020-10-19") { findings { totalCount } } }`,
    );
    expect(anBien.data!.unitByCode.findings.totalCount).toBe(0);
    const detour = await platform.queryAs(
      officer,
      `{ findings(first: 1) { nodes { plan { targets { id } } } } }`,
    );
    expect(detour.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("a unit officer's figures", () => {
  it("reads its own unit tree's indicators and figures, and gets FORBIDDEN for another unit's", async () => {
    const officer = await platform.login('hondat');
    const indicators = (code: string) =>
      platform.queryAs<{ unitByCode: { indicators: { value: number }[] } }>(
        officer,
        `{ unitByCode(code: "${code}", asOf: "2020-10-19") { indicators(period: "2020", codes: ["ON_TIME_RATE"]) { value } } }`,
      );
    const own = await indicators('903');
    expect(own.errors).toBeUndefined();
    expect(own.data!.unitByCode.indicators[0]!.value).toBeGreaterThan(0.9);
    const commune = await indicators('30817');
    expect(commune.errors).toBeUndefined();
    const elsewhere = await indicators('908');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('API tokens for BI tools and partners', () => {
  const tokens = (token: string | null, path = '', body?: unknown) =>
    fetch(`${platform.gateway.url}/auth/api-tokens${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('are created by an admin, shown once, stored as a hash, usable as a bearer token and revocable', async () => {
    const created = await tokens(platform.adminToken, '', {
      name: 'Power BI – Sở Nội vụ',
      roles: ['ANALYST'],
    });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    expect(token).toMatch(/^cchc_[\w-]{43}$/);

    const listed = await (await tokens(platform.adminToken)).text();
    expect(listed).toContain(id);
    expect(listed).not.toContain(token);
    const stored = await platform.gatewayDatabase.query(
      'SELECT secret_sha256 FROM api_tokens WHERE id = $1',
      [id],
    );
    expect(stored.rows[0].secret_sha256).toEqual(createHash('sha256').update(token).digest());

    expect((await platform.queryAs(token, PLANS)).data).toEqual({ inspectionPlans: { totalCount: 3 } });
    const analystWrite = await platform.queryAs(
      token,
      `mutation($unit: ID!) { createInspectionPlan(input: { year: 2022, title: "Không được", periodFrom: "2022-03-01",
        periodTo: "2022-03-31", leadUnitId: $unit }) { id } }`,
      {
        unit: (await platform.query<{ unitByCode: { id: string } }>('{ unitByCode(code: "91") { id } }'))
          .data!.unitByCode.id,
      },
    );
    expect(analystWrite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const csv = await fetch(`${platform.gateway.url}/export/findings.csv?year=2020`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csv.status).toBe(200);

    expect((await tokens(platform.adminToken, '/revoke', { id })).status).toBe(200);
    const afterRevoke = await platform.queryAs(token, PLANS);
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A BI tool's scheduled export with the revoked token: 401, not an empty file.
    const csvAfterRevoke = await fetch(`${platform.gateway.url}/export/findings.csv?year=2020`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csvAfterRevoke.status).toBe(401);
    expect(
      ((await csvAfterRevoke.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
        .code,
    ).toBe('UNAUTHENTICATED');
  });

  it('are managed by admins only, and a bad request names the field', async () => {
    expect((await tokens(null)).status).toBe(401);
    const analyst = await platform.login('phantich');
    const refused = await tokens(analyst, '', { name: 'Mine', roles: ['ANALYST'] });
    expect(refused.status).toBe(403);
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('FORBIDDEN');
    const noUnit = await tokens(platform.adminToken, '', { name: 'Console', roles: ['UNIT_OFFICER'] });
    expect(noUnit.status).toBe(400);
    expect(await noUnit.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'unitId' } }],
    });
    const adminToken = await tokens(platform.adminToken, '', { name: 'Too strong', roles: ['ADMIN'] });
    expect(adminToken.status).toBe(400);
    expect(
      (await tokens(platform.adminToken, '/revoke', { id: '00000000-0000-0000-0000-000000000000' })).status,
    ).toBe(404);
  });
});

describe("an inspector's field work", () => {
  it('is limited to the plans whose team they are on, and opens up when they join the team', async () => {
    const { data } = await platform.query<{
      inspectionPlans: { nodes: { id: string; year: number; version: number; targets: { id: string }[] }[] };
    }>('{ inspectionPlans { nodes { id year version targets { id } } } }');
    const planOf = (year: number) => data!.inspectionPlans.nodes.find((p) => p.year === year)!;
    const inspector = await platform.login('thanhtra');
    const record = (year: number) =>
      platform.queryAs<{ recordFinding: { text: string } }>(
        inspector,
        `mutation($t: ID!) { recordFinding(targetId: $t, finding: { areaCode: "TTHC", kind: LIMITATION, severity: LOW,
          text: "Chưa niêm yết đầy đủ thủ tục hành chính" }) { text } }`,
        { t: planOf(year).targets[0]!.id },
      );
    // On the 2020 team (the demo data links the member to the login "thanhtra").
    expect((await record(2020)).data).toEqual({
      recordFinding: { text: 'Chưa niêm yết đầy đủ thủ tục hành chính' },
    });
    const refused = await record(2021);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/team/);

    const plan2021 = planOf(2021);
    const joined = await platform.query(
      `mutation($p: ID!, $v: Int!) { addTeamMember(planId: $p, version: $v, member: { fullName: "Phạm Thị Dung",
        role: MEMBER, username: "thanhtra" }) { id } }`,
      { p: plan2021.id, v: plan2021.version },
    );
    expect(joined.errors).toBeUndefined();
    // Now only the plan's own state stands in the way: a DRAFT plan takes no findings yet.
    expect((await record(2021)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("a partner agency's view", () => {
  it('reads the findings of concluded plans only, and nothing that names people', async () => {
    const partner = await platform.login('doitac');
    const analyst = await platform.login('phantich');
    const count = (token: string) =>
      platform.queryAs<{ findings: { totalCount: number }; concluded: { totalCount: number } }>(
        token,
        `{ findings { totalCount } concluded: findings(filter: { year: 2020 }) { totalCount } }`,
      );
    const { data: plans } = await platform.query<{
      inspectionPlans: { nodes: { id: string; status: string }[] };
    }>('{ inspectionPlans { nodes { id status } } }');
    expect(plans!.inspectionPlans.nodes.map((p) => p.status).sort()).toEqual(['CONCLUDED', 'DRAFT', 'DRAFT']);
    // An unpublished finding: a plan in progress with one finding recorded.
    const { data: unit } = await platform.query<{ unitByCode: { id: string } }>(
      '{ unitByCode(code: "91-SNV", asOf: "2020-10-19") { id } }',
    );
    let plan = (
      await platform.query<{ createInspectionPlan: { id: string; version: number } }>(
        `mutation($u: ID!) { createInspectionPlan(input: { year: 2022, title: "Kiểm tra đột xuất", periodFrom: "2022-05-02",
          periodTo: "2022-05-06", leadUnitId: $u, catalogYear: 2020 }) { id version } }`,
        { u: unit!.unitByCode.id },
      )
    ).data!.createInspectionPlan;
    for (const step of [
      'addTeamMember(planId: $id, version: $v, member: { fullName: "Lê Thị Mai", role: LEAD })',
      'addInspectionTarget(planId: $id, version: $v, target: { unitId: $u })',
      'changeInspectionPlanStatus(id: $id, version: $v, status: APPROVED)',
      'changeInspectionPlanStatus(id: $id, version: $v, status: IN_PROGRESS)',
    ]) {
      const uses = step.includes('$u') ? ', $u: ID!' : '';
      const result = await platform.query<Record<string, { id: string; version: number }>>(
        `mutation($id: ID!, $v: Int!${uses}) { result: ${step} { id version } }`,
        { id: plan.id, v: plan.version, ...(uses ? { u: unit!.unitByCode.id } : {}) },
      );
      expect(result.errors).toBeUndefined();
      plan = result.data!.result!;
    }
    const { data: target } = await platform.query<{ inspectionPlan: { targets: { id: string }[] } }>(
      'query($id: ID!) { inspectionPlan(id: $id) { targets { id } } }',
      { id: plan.id },
    );
    const recorded = await platform.query(
      `mutation($t: ID!) { recordFinding(targetId: $t, finding: { areaCode: "CDDH", kind: LIMITATION, severity: LOW,
        text: "Chưa ban hành kế hoạch CCHC năm" }) { id } }`,
      { t: target!.inspectionPlan.targets[0]!.id },
    );
    expect(recorded.errors).toBeUndefined();

    const asAnalyst = (await count(analyst)).data!;
    const asPartner = (await count(partner)).data!;
    expect(asPartner.concluded.totalCount).toBe(asAnalyst.concluded.totalCount);
    expect(asPartner.findings.totalCount).toBe(asAnalyst.findings.totalCount - 1);

    const personal = await platform.queryAs(
      partner,
      '{ findings(first: 1) { nodes { plan { team { fullName } } } } }',
    );
    expect(personal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const attendees = await platform.queryAs(
      partner,
      '{ findings(first: 1) { nodes { target { visit { attendees } } } } }',
    );
    expect(attendees.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const published = await platform.queryAs(
      partner,
      '{ findings(first: 1) { nodes { text area { code } plan { title status } unit { name } } } }',
    );
    expect(published.errors).toBeUndefined();
    expect(published.data).toMatchObject({ findings: { nodes: [{ plan: { status: 'CONCLUDED' } }] } });
  });

  it("counts a unit's approved months only: a month awaiting approval is not published", async () => {
    const partner = await platform.login('doitac');
    const analyst = await platform.login('phantich');
    // The demo's latest month (the last complete one before today), of today's Xã Hòn Đất.
    const [year, thisMonth] = todayInVietnam().split('-').map(Number) as [number, number];
    const last =
      thisMonth === 1 ? `${year - 1}-12-01` : `${year}-${String(thisMonth - 1).padStart(2, '0')}-01`;
    const commune = `{ unitByCode(code: "30817", asOf: "${last}") { figures(from: "${last}", to: "${last}") { id version } } }`;
    const month = (
      await platform.query<{ unitByCode: { figures: { id: string; version: number }[] } }>(commune)
    ).data!.unitByCode.figures[0]!;
    const returned = await platform.query<{ returnMonthlyFigures: { version: number } }>(
      'mutation($id: ID!, $v: Int!) { returnMonthlyFigures(id: $id, version: $v, reason: "Kiểm tra lại số liệu") { version } }',
      { id: month.id, v: month.version },
    );
    expect(returned.errors).toBeUndefined();
    const submitted = await platform.query(
      'mutation($id: ID!, $v: Int!) { submitMonthlyFigures(id: $id, version: $v) { status } }',
      { id: month.id, v: returned.data!.returnMonthlyFigures.version },
    );
    expect(submitted.data).toEqual({ submitMonthlyFigures: { status: 'SUBMITTED' } });

    const indicators = (token: string) =>
      platform.queryAs<{ unitByCode: { indicators: { denominator: number }[] } }>(
        token,
        `{ unitByCode(code: "30817", asOf: "${last}") { indicators(period: "${last.slice(0, 7)}", codes: ["ON_TIME_RATE"]) { denominator } } }`,
      );
    expect((await indicators(analyst)).data!.unitByCode.indicators[0]!.denominator).toBeGreaterThan(0);
    expect((await indicators(partner)).data!.unitByCode.indicators).toEqual([{ denominator: 0 }]);
    const monthly = await platform.queryAs(partner, commune);
    expect(monthly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

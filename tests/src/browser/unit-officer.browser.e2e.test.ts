import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';
import {
  launchChromium,
  logIn,
  screenshot,
  seriousAccessibilityViolations,
  startShell,
  TRUSTED_DOCUMENTS,
} from './browser-kit.js';

interface Unit {
  id: string;
  code: string;
  fullName: string;
}

interface OfficerAction {
  id: string;
  requiredAction: string;
  deadline: string;
  status: string;
  finding: { text: string; area: { nameVi: string }; plan: { title: string } };
}

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** Whole days from one YYYY-MM-DD to another, as a calendar counts them. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const viNumber = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

const OFFICER_ACTIONS = `query ($statuses: [ActionStatus!], $first: Int!) {
  correctiveActions(filter: { statuses: $statuses }, first: $first) {
    totalCount
    nodes { id requiredAction deadline status finding { text area { nameVi } plan { title } } }
  }
}`;

describe("a unit officer's corrective actions and the unit tree, in Chromium against the running platform", () => {
  let platform: TestPlatform;
  let shell: Awaited<ReturnType<typeof startShell>>;
  let browser: Browser;
  const pageErrors: string[] = [];

  const newPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400)
        pageErrors.push(
          `${response.status()} ${response.url()} ${response.request().postData()?.slice(0, 300)}`,
        );
    });
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    return { context, page };
  };

  const unitsFound = async (filter: string) => {
    const { data, errors } = await platform.query<{ units: { totalCount: number; nodes: Unit[] } }>(
      `{ units(filter: ${filter}, first: 100) { totalCount nodes { id code fullName } } }`,
    );
    expect(errors).toBeUndefined();
    return data!.units;
  };

  /** A draft plan (its targets are still picked) starting on a date, led by a unit. */
  const draftPlan = async (year: number, periodFrom: string, periodTo: string, leadUnitId: string) => {
    const { data, errors } = await platform.query<{ createInspectionPlan: { id: string } }>(
      'mutation ($input: PlanInput!) { createInspectionPlan(input: $input) { id } }',
      {
        input: {
          year,
          title: `Kế hoạch kiểm tra CCHC năm ${year} (cây đơn vị)`,
          periodFrom,
          periodTo,
          leadUnitId,
          // The only catalog of the demo data; the plan's year does not matter to the unit tree.
          catalogYear: 2020,
        },
      },
    );
    expect(errors).toBeUndefined();
    return data!.createInspectionPlan.id;
  };

  const treeTitles = (page: Page) => page.locator('.ant-tree .ant-tree-title').allTextContents();
  const openTree = async (page: Page) => {
    await page.getByRole('button', { name: 'Duyệt cây đơn vị' }).click();
    await page.locator('.ant-tree .ant-tree-title').first().waitFor();
  };

  beforeAll(async () => {
    platform = await startPlatform('unit_officer', { trustedDocuments: [TRUSTED_DOCUMENTS] });
    shell = await startShell(platform);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await shell?.stop();
    await platform?.stop();
  });

  it('opens the unit tree on the lead unit’s province as of 2020 (Kiên Giang, districts), the other provinces folded', async () => {
    const [kienGiang] = (await unitsFound('{ search: "Kien Giang", kinds: [PROVINCE], asOf: "2020-10-19" }'))
      .nodes;
    const provinces2020 = await unitsFound('{ kinds: [PROVINCE, CENTRAL_CITY], asOf: "2020-10-19" }');
    expect(provinces2020.totalCount).toBe(63);
    const [homeAffairs] = (await unitsFound('{ search: "So Noi vu tinh Kien Giang", asOf: "2020-10-19" }'))
      .nodes;
    const planId = await draftPlan(2020, '2020-10-19', '2020-11-02', homeAffairs!.id);
    const { data } = await platform.query<{ unit: { children: Unit[] } }>(
      'query ($id: ID!) { unit(id: $id) { children(asOf: "2020-10-19") { id code fullName } } }',
      { id: kienGiang!.id },
    );
    const districts = data!.unit.children.filter((unit) => /^\d+$/.test(unit.code));
    expect(districts.map((d) => d.fullName)).toContain('Huyện Hòn Đất');

    const { context, page } = await newPage();
    await page.goto(`${shell.url}/planning/plans/${planId}`);
    await logIn(page, 'admin');
    await openTree(page);
    const titles = await treeTitles(page);
    expect(titles[0]).toBe('Tỉnh Kiên Giang (91)');
    // Opened on its province: the districts under it show without a click.
    await expect.poll(() => treeTitles(page)).toContain(`${districts[0]!.fullName} (${districts[0]!.code})`);
    expect(titles).not.toContain('Thành phố Hà Nội (01)');
    await screenshot(page, 'unit-tree-2020');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const others = page.locator('.ant-tree-treenode', { hasText: 'Các tỉnh, thành phố khác (62)' });
    await page.locator('.ant-tree-list-holder').evaluate((holder) => holder.scrollTo(0, holder.scrollHeight));
    await others.locator('.ant-tree-switcher').click();
    await expect.poll(() => treeTitles(page)).toContain('Thành phố Hà Nội (01)');

    // Picking from the tree adds the target.
    await page.locator('.ant-tree-list-holder').evaluate((holder) => holder.scrollTo(0, 0));
    await page.locator('.ant-tree-title', { hasText: 'Huyện Hòn Đất (903)' }).click();
    await expect.poll(() => page.getByTestId('targets-title').textContent()).toContain('(1)');
    await context.close();
  });

  it('opens the tree on An Giang (91) after the 2025 reform, with its communes, wards and departments', async () => {
    const [anGiang] = (await unitsFound('{ search: "An Giang", kinds: [PROVINCE], asOf: "2025-09-01" }'))
      .nodes;
    expect(anGiang!.code).toBe('91');
    const provinces2025 = await unitsFound('{ kinds: [PROVINCE, CENTRAL_CITY], asOf: "2025-09-01" }');
    const { data } = await platform.query<{ unit: { children: Unit[] } }>(
      'query ($id: ID!) { unit(id: $id) { children(asOf: "2025-09-01") { id code fullName } } }',
      { id: anGiang!.id },
    );
    const children = data!.unit.children;
    // Provincial agencies are coded <province>-<abbreviation> (91-SNV).
    const departments = children.filter((unit) => unit.code.startsWith('91-'));
    expect(departments.length).toBeGreaterThan(0);
    const planId = await draftPlan(2025, '2025-09-01', '2025-09-30', anGiang!.id);

    const { context, page } = await newPage();
    await page.goto(`${shell.url}/planning/plans/${planId}`);
    await logIn(page, 'admin');
    await openTree(page);
    expect((await treeTitles(page))[0]).toBe('Tỉnh An Giang (91)');
    await expect.poll(() => treeTitles(page)).toContain(`${children[0]!.fullName} (${children[0]!.code})`);
    expect(await treeTitles(page)).not.toContain('Huyện Hòn Đất (903)');
    await page.locator('.ant-tree-list-holder').evaluate((holder) => holder.scrollTo(0, holder.scrollHeight));
    await page
      .locator('.ant-tree-title', { hasText: `Các tỉnh, thành phố khác (${provinces2025.totalCount - 1})` })
      .waitFor();
    const lastDepartment = departments.at(-1)!;
    expect(await treeTitles(page)).toContain(`${lastDepartment.fullName} (${lastDepartment.code})`);
    await screenshot(page, 'unit-tree-2025');
    await context.close();
  });

  it('finds a unit by its code, and shows the code next to its name', async () => {
    const bySearch = await unitsFound('{ search: "91-SNV", asOf: "2020-10-19" }');
    expect(bySearch.nodes.map((unit) => unit.code)).toContain('91-SNV');
    const [homeAffairs] = bySearch.nodes;
    const planId = await draftPlan(2020, '2020-10-19', '2020-11-02', homeAffairs!.id);
    const { context, page } = await newPage();
    await page.goto(`${shell.url}/planning/plans/${planId}`);
    await logIn(page, 'admin');
    const picker = page.getByRole('combobox', { name: 'Chọn đơn vị được kiểm tra' });
    await picker.pressSequentially('903');
    await page.locator('.ant-select-item-option', { hasText: 'Huyện Hòn Đất' }).first().waitFor();
    expect(
      await page.locator('.ant-select-item-option', { hasText: 'Huyện Hòn Đất' }).first().textContent(),
    ).toContain('(903)');
    await picker.fill('');
    await picker.pressSequentially('91-SNV');
    await page.locator('.ant-select-item-option', { hasText: '(91-SNV)' }).first().waitFor();
    await screenshot(page, 'unit-picker-code');
    await context.close();
  });

  it("lists Hòn Đất's corrective actions with the finding, area and plan each answers, and deadlines that stand out", async () => {
    const token = await platform.login('hondat');
    // An action due in 10 days, on one of Hòn Đất's findings.
    const [hondat] = (await unitsFound('{ search: "Huyen Hon Dat", asOf: "2020-10-19" }')).nodes;
    const { data: found } = await platform.query<{ unit: { findings: { nodes: { id: string }[] } } }>(
      'query ($id: ID!) { unit(id: $id) { findings(first: 1, filter: { kinds: [LIMITATION] }) { nodes { id } } } }',
      { id: hondat!.id },
    );
    const dueSoon = isoDay(new Date(Date.now() + 10 * DAY_MS));
    const created = await platform.query(
      'mutation ($findingId: ID!, $action: ActionInput!) { createCorrectiveAction(findingId: $findingId, action: $action) { id } }',
      {
        findingId: found!.unit.findings.nodes[0]!.id,
        action: { requiredAction: 'Cập nhật hồ sơ trễ hạn trên hệ thống một cửa điện tử', deadline: dueSoon },
      },
    );
    expect(created.errors).toBeUndefined();
    const { data, errors } = await platform.queryAs<{
      correctiveActions: { totalCount: number; nodes: OfficerAction[] };
    }>(token, OFFICER_ACTIONS, { statuses: ['OPEN', 'OVERDUE', 'REPORTED'], first: 50 });
    expect(errors).toBeUndefined();
    const outstanding = data!.correctiveActions.nodes;
    expect(outstanding.length).toBeGreaterThan(1);

    const { context, page } = await newPage();
    await page.goto(`${shell.url}/planning`);
    await logIn(page, 'hondat');
    await page.getByRole('heading', { name: 'Việc khắc phục của Huyện Hòn Đất' }).waitFor();
    const rows = page.locator('[data-testid="officer-actions"] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(outstanding.length);
    const today = isoDay(new Date());
    for (const [index, action] of outstanding.entries()) {
      const row = rows.nth(index);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(action.requiredAction);
      expect(await row.getByTestId('action-source').textContent()).toBe(
        `${action.finding.text}Lĩnh vực ${action.finding.area.nameVi} · ${action.finding.plan.title}`,
      );
      const late = daysBetween(action.deadline, today);
      if (action.status === 'OVERDUE') expect(text).toContain(`Quá hạn ${viNumber(late)} ngày`);
      if (action.deadline === dueSoon)
        expect(await row.getByTestId('deadline-urgency').textContent()).toBe('Còn 10 ngày');
      if (action.status === 'REPORTED') expect(await row.getByTestId('deadline-urgency').count()).toBe(0);
    }
    expect(outstanding.map((action) => action.deadline)).toContain(dueSoon);
    await screenshot(page, 'unit-officer-actions');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Verified actions on request.
    const { data: all } = await platform.queryAs<{ correctiveActions: { totalCount: number } }>(
      token,
      OFFICER_ACTIONS,
      {
        first: 1,
      },
    );
    await page.getByRole('checkbox', { name: 'Đã xác nhận' }).check();
    await expect.poll(() => rows.count()).toBe(Math.min(all!.correctiveActions.totalCount, 50));
    await context.close();
  });

  it('tells an officer whose actions are all verified what the filter hides, and shows them on request', async () => {
    const token = await platform.login('sokhdt');
    const { data } = await platform.queryAs<{
      correctiveActions: { totalCount: number; nodes: OfficerAction[] };
    }>(token, OFFICER_ACTIONS, { first: 50 });
    const actions = data!.correctiveActions.nodes;
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions.map((action) => action.status))).toEqual(new Set(['VERIFIED']));

    const { context, page } = await newPage();
    await page.goto(`${shell.url}/planning`);
    await logIn(page, 'sokhdt');
    const empty = page.getByTestId('officer-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain(
      'Không có việc khắc phục nào ở trạng thái: Đang thực hiện, Quá hạn, Đã báo cáo.',
    );
    expect(await empty.textContent()).toContain(
      `${actions.length} việc khắc phục ở trạng thái khác đang được ẩn.`,
    );
    await screenshot(page, 'unit-officer-all-verified');
    // This page's own part: the shell's header is checked with the other officer's page.
    expect(await seriousAccessibilityViolations(page, '#application-area')).toEqual([]);
    await page.getByRole('button', { name: 'Hiện mọi trạng thái' }).click();
    const rows = page.locator('[data-testid="officer-actions"] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(actions.length);
    expect(await rows.first().textContent()).toContain('Đã xác nhận');
    expect(await rows.first().textContent()).toContain(actions[0]!.finding.plan.title);
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    await screenshot(page, 'unit-officer-verified');
    await context.close();
  });

  it("names a unit officer's tab for what it shows", async () => {
    const { context, page } = await newPage();
    await page.goto(`${shell.url}/planning`);
    await logIn(page, 'hondat');
    await page.getByRole('heading', { name: 'Việc khắc phục của Huyện Hòn Đất' }).waitFor();
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link', { name: 'Việc khắc phục' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Kế hoạch kiểm tra' }).count()).toBe(0);
    await context.close();
  });

  it('reports no error in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});

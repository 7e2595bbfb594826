import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserSuite,
  COUNT_REACT_RENDERERS,
  screenshot,
  seriousAccessibilityViolations,
} from './browser-kit.js';

interface Plan2020 {
  id: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  team: { fullName: string }[];
  targets: { id: string }[];
}

const ddMMyyyy = (iso: string) => iso.split('-').reverse().join('/');

describe('the planning application in Chromium, against the running platform', () => {
  // Console errors count as page errors here; the requests kept show that none leaves this machine.
  const suite = browserSuite('browser', { initScript: COUNT_REACT_RENDERERS, consoleErrors: true });
  const { requests, pageErrors, openAs } = suite;
  let plan2020: Plan2020;

  beforeAll(async () => {
    const { data } = await suite.platform.query<{ inspectionPlans: { nodes: Plan2020[] } }>(
      '{ inspectionPlans(filter: { year: 2020 }) { nodes { id title periodFrom periodTo team { fullName } targets { id } } } }',
    );
    plan2020 = data!.inspectionPlans.nodes[0]!;
  });

  it('lists the plans, opens the 2020 plan with its 21 targets, team and dates, loading React once', async () => {
    const { context, page } = await openAs('admin', '/planning');
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    // Time to the first meaningful paint of the plan list: a fresh navigation, logged in, to the rows shown.
    await page.goto(`${suite.shell.url}/planning`);
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    const listShownMs = await page.evaluate(() => performance.now());
    console.log(`plan list rows visible ${listShownMs.toFixed(0)} ms after navigation start`);
    await screenshot(page, 'plan-list');
    // Sorted by the server: newest first by default, oldest first after a click on the year column.
    const firstYear = () =>
      page.locator('tbody tr.ant-table-row').first().locator('td').first().textContent();
    expect(await firstYear()).toBe('2026');
    await page.locator('thead th', { hasText: 'Năm' }).click();
    await expect.poll(firstYear).toBe('2020');

    await page.getByRole('link', { name: plan2020.title }).click();
    await expect.poll(() => page.getByTestId('targets-title').textContent()).toContain('(21)');
    expect(plan2020.targets).toHaveLength(21);
    await expect
      .poll(() => page.locator('[data-testid="targets-table"] tbody tr.ant-table-row').count())
      .toBe(21);
    expect(await page.getByTestId('team-title').textContent()).toContain(`(${plan2020.team.length})`);
    for (const member of plan2020.team)
      await page.getByRole('cell', { name: member.fullName }).first().waitFor();
    expect(await page.getByTestId('plan-period').textContent()).toBe(
      `${ddMMyyyy(plan2020.periodFrom)} – ${ddMMyyyy(plan2020.periodTo)}`,
    );
    await screenshot(page, 'plan-2020');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // English on request, in place: the same plan, dates still dd/MM/yyyy; and back to Vietnamese.
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.getByTestId('targets-title').textContent()).toBe('Units inspected (21)');
    expect(await page.getByTestId('plan-period').textContent()).toBe(
      `${ddMMyyyy(plan2020.periodFrom)} – ${ddMMyyyy(plan2020.periodTo)}`,
    );
    await screenshot(page, 'plan-2020-en');
    await page.getByText('VI', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('targets-title').textContent())
      .toBe('Đơn vị được kiểm tra (21)');

    const loaded = (path: string) =>
      requests.filter((r) => r.frame().page() === page && new URL(r.url()).pathname === path);
    expect(loaded('/shared-deps/react.js')).toHaveLength(2); // once per navigation of this page
    // Every copy of react-dom registers with the (stand-in) DevTools hook: one registration, one React.
    expect(await page.evaluate('window.__reactRenderers')).toBe(1);
    await context.close();
  });

  it('creates a plan with inline validation, adds a target found by typing without accents, and keeps it after a reload', async () => {
    const { context, page } = await openAs('admin', '/planning/new');
    await page.getByRole('heading', { name: 'Tạo kế hoạch' }).waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Vui lòng nhập tên kế hoạch').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Năm', { exact: true }).fill('2022');
    await page.getByLabel('Bộ tiêu chí của năm').fill('2020');
    await page.getByLabel('Tên kế hoạch').fill('Kế hoạch kiểm tra CCHC năm 2022 (thử nghiệm)');
    await page.getByLabel('Từ ngày').fill('14/03/2022');
    await page.getByLabel('Từ ngày').press('Enter');
    await page.getByLabel('Đến ngày').fill('10/03/2022');
    await page.getByLabel('Đến ngày').press('Enter');
    await page.getByText('Ngày kết thúc không được trước ngày bắt đầu').waitFor();
    await page.getByLabel('Đến ngày').fill('25/03/2022');
    await page.getByLabel('Đến ngày').press('Enter');
    await page.getByRole('combobox', { name: 'Cơ quan chủ trì' }).pressSequentially('so noi vu');
    await page.locator('.ant-select-item-option', { hasText: 'Sở Nội vụ' }).first().click();
    await expect.poll(() => page.getByTestId('lead-unit').textContent()).toContain('Sở Nội vụ');
    await screenshot(page, 'plan-form');
    await page.getByRole('button', { name: 'Lưu' }).click();

    await page.getByTestId('plan-title').waitFor();
    expect(await page.getByTestId('plan-title').textContent()).toBe(
      'Kế hoạch kiểm tra CCHC năm 2022 (thử nghiệm)',
    );
    await page.getByRole('combobox', { name: 'Chọn đơn vị được kiểm tra' }).pressSequentially('hon dat');
    await page.locator('.ant-select-item-option', { hasText: 'Huyện Hòn Đất' }).first().click();
    await expect.poll(() => page.getByTestId('targets-title').textContent()).toContain('(1)');

    await page.reload();
    await page.getByTestId('plan-title').waitFor();
    expect(await page.getByTestId('targets-title').textContent()).toContain('(1)');
    await page.getByRole('cell', { name: 'Huyện Hòn Đất', exact: true }).waitFor();
    expect(await page.locator('[data-testid="targets-table"]').textContent()).toContain('14/03/2022');
    await screenshot(page, 'plan-created');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The gateway knows the web client's operations: each went by its hash alone.
    const graphql = requests.filter((r) => r.frame().page() === page && r.url().endsWith('/graphql'));
    expect(graphql.length).toBeGreaterThan(3);
    for (const request of graphql) {
      const body = request.postDataJSON() as {
        query?: string;
        extensions?: { persistedQuery?: { sha256Hash?: string } };
      };
      expect(body.query).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      expect(request.headers()['apollographql-client-name']).toBe('cchc-web');
    }
    await context.close();
  });

  it('reports no error in the pages', () => {
    expect(pageErrors).toEqual([]);
  });

  it('sends no request off this machine', () => {
    expect(requests.length).toBeGreaterThan(20);
    const hosts = new Set(requests.map((request) => new URL(request.url()).hostname));
    expect([...hosts]).toEqual(['127.0.0.1']);
  });
});

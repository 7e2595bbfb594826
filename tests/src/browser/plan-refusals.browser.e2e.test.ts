import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, screenshot } from './browser-kit.js';

interface PlanFacts {
  id: string;
  year: number;
  status: string;
  version: number;
  leadUnit: { id: string };
  catalog: { year: number };
  conclusion: { summary: string; recommendations: { text: string }[] } | null;
  targets: { unit: { id: string; fullName: string } }[];
}

const PLAN_FIELDS =
  'id year status version leadUnit { id } catalog { year } conclusion { summary recommendations { text } } targets { unit { id fullName } }';

/** Words a Vietnamese screen must never show: the server's English reasons and internal names. */
const ENGLISH_OR_INTERNAL =
  /before approval|criteria catalog|already has a lead|LIMITATION|STRENGTH|VIOLATION|DRAFT|APPROVED|CONCLUDED|BAD_USER_INPUT|FORBIDDEN|CONFLICT|NOT_FOUND/;

describe('the planning screens say every refusal of the server, in the user’s words (Chromium, running platform)', () => {
  const suite = browserSuite('refusals');
  let plan2020: PlanFacts;
  let plan2021: PlanFacts;

  const plansOf = async (year: number) => {
    const { data } = await suite.platform.query<{ inspectionPlans: { nodes: PlanFacts[] } }>(
      `query ($year: Int) { inspectionPlans(filter: { year: $year }) { nodes { ${PLAN_FIELDS} } } }`,
      { year },
    );
    return data!.inspectionPlans.nodes;
  };
  const planById = async (id: string) => {
    const { data } = await suite.platform.query<{ inspectionPlan: PlanFacts }>(
      `query ($id: ID!) { inspectionPlan(id: $id) { ${PLAN_FIELDS} } }`,
      { id },
    );
    return data!.inspectionPlan;
  };
  /** A fresh DRAFT plan with neither team nor targets, made through the API. */
  const draftPlan = async (title: string) => {
    const { data, errors } = await suite.platform.query<{ createInspectionPlan: { id: string } }>(
      'mutation ($input: PlanInput!) { createInspectionPlan(input: $input) { id } }',
      {
        input: {
          year: 2023,
          title,
          periodFrom: '2023-04-03',
          periodTo: '2023-04-28',
          leadUnitId: plan2020.leadUnit.id,
          catalogYear: 2020,
        },
      },
    );
    expect(errors).toBeUndefined();
    return data!.createInspectionPlan.id;
  };

  const banner = (page: Page) => page.getByRole('alert');
  /** The inline error under the form item labelled `label`. */
  const fieldError = (page: Page, label: string) =>
    page
      .locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');

  beforeAll(async () => {
    plan2020 = (await plansOf(2020))[0]!;
    plan2021 = (await plansOf(2021))[0]!;
  });

  it('saves the 2021 plan with the catalogue it uses, and puts an unknown catalogue year next to its field', async () => {
    // The demo 2021 plan follows up 2020 with the 2020 catalogue: saving it once failed without a word.
    expect(plan2021.catalog.year).not.toBe(plan2021.year);
    expect(plan2021.status).toBe('DRAFT');
    const { page } = await suite.openAs('admin', `/planning/plans/${plan2021.id}/edit`);
    const catalogYear = page.getByLabel('Bộ tiêu chí của năm', { exact: true });
    await expect.poll(() => catalogYear.inputValue()).toBe(String(plan2021.catalog.year));
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('plan-title').waitFor();
    const saved = await planById(plan2021.id);
    expect(saved.version).toBe(plan2021.version + 1);
    expect(saved.catalog.year).toBe(plan2021.catalog.year);

    // BAD_USER_INPUT naming a field of the form: said next to that field, in Vietnamese.
    await page.getByRole('link', { name: 'Sửa', exact: true }).click();
    await expect.poll(() => catalogYear.inputValue()).toBe(String(plan2021.catalog.year));
    await catalogYear.fill('2031');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => fieldError(page, 'Bộ tiêu chí của năm').textContent())
      .toBe('Chưa có bộ tiêu chí của năm 2031; hãy chọn năm đã có bộ tiêu chí.');
    expect(await page.locator('body').innerText()).not.toMatch(ENGLISH_OR_INTERNAL);
    await screenshot(page, 'refusal-field-catalog-year');
    await page.context().close();
  });

  it('says why a plan cannot be approved (a lead and a target are needed), in Vietnamese and in English', async () => {
    const id = await draftPlan('Kế hoạch thử: phê duyệt khi chưa đủ thành phần');
    const { page } = await suite.openAs('admin', `/planning/plans/${id}`);
    await page.getByRole('button', { name: 'Chuyển sang: Đã phê duyệt' }).click();
    await expect
      .poll(() => banner(page).innerText())
      .toBe(
        'Yêu cầu chưa được chấp nhận\nKế hoạch cần có trưởng đoàn và ít nhất một đơn vị được kiểm tra trước khi phê duyệt.',
      );
    expect(await page.locator('body').innerText()).not.toMatch(ENGLISH_OR_INTERNAL);
    await screenshot(page, 'refusal-banner-approval');
    await page.getByText('EN', { exact: true }).click();
    await expect
      .poll(() => banner(page).innerText())
      .toBe(
        'The request was not accepted\nA plan needs a team lead and at least one unit to inspect before approval.',
      );
    await screenshot(page, 'refusal-banner-approval-en');
    await page.getByText('VI', { exact: true }).click();

    // A second lead: the server names the member's role, which the team form shows under its field.
    // Under load a click can land on the role list while it is still opening or closing: pick the role
    // until the select shows it, so the member is never sent with the default role.
    const chosenRole = page.locator('.ant-form-item', { has: page.getByLabel('Vai trò', { exact: true }) });
    const addMember = async (name: string) => {
      await page.getByLabel('Họ và tên', { exact: true }).fill(name);
      await expect
        .poll(async () => {
          await page.getByLabel('Vai trò', { exact: true }).click();
          await page
            .locator('.ant-select-item-option[title="Trưởng đoàn"]')
            .click({ timeout: 3_000 })
            .catch(() => undefined);
          return chosenRole.locator('.ant-select-content, .ant-select-selection-item').first().textContent();
        })
        .toBe('Trưởng đoàn');
      await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    };
    await addMember('Nguyễn Văn An');
    await expect.poll(() => page.getByTestId('team-title').textContent()).toContain('(1)');
    // The form clears itself once the member is added; typing before that would be lost under load.
    await expect.poll(() => page.getByLabel('Họ và tên', { exact: true }).inputValue()).toBe('');
    await addMember('Trần Thị Bình');
    await expect
      .poll(() => fieldError(page, 'Vai trò').textContent())
      .toBe('Đoàn kiểm tra đã có trưởng đoàn.')
      .catch(async (error: unknown) => {
        await screenshot(page, 'refusal-field-team-lead-FAILED');
        throw error;
      });
    expect(await banner(page).count()).toBe(0);
    await screenshot(page, 'refusal-field-team-lead');
    await page.context().close();
  });

  it('tells of a conflict when the same plan was saved in another page, and reloads it', async () => {
    const id = await draftPlan('Kế hoạch thử: hai người cùng sửa');
    const { page: first } = await suite.openAs('admin', `/planning/plans/${id}/edit`);
    const { page: second } = await suite.openAs('admin', `/planning/plans/${id}/edit`);
    for (const page of [first, second])
      await expect.poll(() => page.getByLabel('Tên kế hoạch').inputValue()).toContain('hai người');
    await second.getByLabel('Tên kế hoạch').fill('Kế hoạch thử: sửa ở trang thứ hai');
    await second.getByRole('button', { name: 'Lưu' }).click();
    await second.getByTestId('plan-title').waitFor();

    await first.getByLabel('Phạm vi, nội dung').fill('Sửa ở trang thứ nhất, trên bản cũ');
    await first.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => banner(first).innerText())
      .toContain('Người khác vừa thay đổi nội dung này — hãy tải lại để xem bản mới nhất');
    await screenshot(first, 'refusal-conflict');
    await banner(first).getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => banner(first).count()).toBe(0);
    await expect
      .poll(() => first.getByLabel('Tên kế hoạch').inputValue())
      .toBe('Kế hoạch thử: sửa ở trang thứ hai');
    await first.context().close();
    await second.context().close();
  });

  it('says so when the token lacks the right, when the plan does not exist, and when the network is down', async () => {
    const id = await draftPlan('Kế hoạch thử: không có quyền, mất mạng');
    const { page } = await suite.openAs('admin', `/planning/plans/${id}`);
    const approve = page.getByRole('button', { name: 'Chuyển sang: Đã phê duyệt' });
    await approve.waitFor();

    // FORBIDDEN: the same click sent with an inspection team member's token, whose role may not approve.
    const inspectorToken = await suite.platform.login('thanhtra');
    await page.route('**/graphql', (route) =>
      route.continue({
        headers: { ...route.request().headers(), authorization: `Bearer ${inspectorToken}` },
      }),
    );
    await approve.click();
    await expect.poll(() => banner(page).innerText()).toBe('Bạn không có quyền thực hiện thao tác này');
    await screenshot(page, 'refusal-forbidden');
    await page.unroute('**/graphql');

    // Network down: the request never gets an answer.
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await approve.click();
    await expect
      .poll(() => banner(page).innerText())
      .toBe('Không kết nối được máy chủ — kiểm tra mạng và thử lại');
    await screenshot(page, 'refusal-network');
    await page.unroute('**/graphql');
    expect((await planById(id)).status).toBe('DRAFT');

    // NOT_FOUND: a plan address that names no plan.
    await page.goto(`${suite.shell.url}/planning/plans/00000000-0000-4000-8000-000000000000`);
    await expect
      .poll(() => page.getByTestId('plan-not-found').textContent())
      .toBe('Không tìm thấy kế hoạch này: đường dẫn có thể sai, hoặc kế hoạch không còn nữa.');
    await screenshot(page, 'refusal-not-found');
    await page.context().close();
  });

  it("shows the concluded 2020 plan's conclusion and its findings per target, loaded when a target is opened", async () => {
    expect(plan2020.conclusion).not.toBeNull();
    const { data } = await suite.platform.query<{ findings: { totalCount: number } }>(
      'query ($planId: ID!) { findings(filter: { planId: $planId }, first: 1) { totalCount } }',
      { planId: plan2020.id },
    );
    const total = data!.findings.totalCount;
    expect(total).toBeGreaterThan(100);
    const { page } = await suite.openAs('admin', `/planning/plans/${plan2020.id}`);
    await expect
      .poll(() => page.getByTestId('conclusion-summary').textContent())
      .toBe(plan2020.conclusion!.summary);
    const recommendations = page.locator('[data-testid="recommendations"] .ant-list-item');
    expect(await recommendations.count()).toBe(plan2020.conclusion!.recommendations.length);
    await expect
      .poll(() => page.getByTestId('findings-title').textContent())
      .toBe(`Kết quả kiểm tra theo đơn vị (${total})`);

    // One target's findings, as the API lists them for its unit under this plan.
    const hondat = plan2020.targets.find((target) => target.unit.fullName === 'Huyện Hòn Đất')!;
    const { data: own } = await suite.platform.query<{
      findings: { totalCount: number; nodes: { text: string }[] };
    }>(
      'query ($planId: ID!, $unitId: ID!) { findings(filter: { planId: $planId, unitIds: [$unitId] }, first: 500) { totalCount nodes { text } } }',
      { planId: plan2020.id, unitId: hondat.unit.id },
    );
    const panel = page.locator('[data-testid="findings-by-target"] .ant-collapse-item', {
      hasText: `Huyện Hòn Đất (${own!.findings.totalCount})`,
    });
    await panel.locator('.ant-collapse-header').click();
    const rows = panel.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(Math.min(20, own!.findings.totalCount));
    const shownTexts = await rows.locator('td:nth-child(3)').allTextContents();
    for (const text of shownTexts) expect(own!.findings.nodes.map((n) => n.text)).toContain(text);
    const kinds = new Set(await rows.locator('td:nth-child(1)').allTextContents());
    for (const kind of kinds) expect(['Ưu điểm', 'Tồn tại, hạn chế', 'Vi phạm']).toContain(kind);
    expect(await page.locator('body').innerText()).not.toMatch(ENGLISH_OR_INTERNAL);
    await screenshot(page, 'plan-2020-conclusion-findings');
    await page.context().close();
  });

  it("drafts a plan for this year: An Giang's Sở Nội vụ as of its start, and suggestions among today's units", async () => {
    const year = new Date().getFullYear();
    const { page } = await suite.openAs('admin', '/planning/new');
    await page.getByRole('heading', { name: 'Tạo kế hoạch' }).waitFor();
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe(String(year));
    await page.getByLabel('Bộ tiêu chí của năm').fill('2020');
    await page.getByLabel('Tên kế hoạch').fill(`Kế hoạch kiểm tra CCHC năm ${year} (thử nghiệm)`);
    await page.getByLabel('Từ ngày').fill(`02/03/${year}`);
    await page.getByLabel('Từ ngày').press('Enter');
    await page.getByLabel('Đến ngày').fill(`27/03/${year}`);
    await page.getByLabel('Đến ngày').press('Enter');
    // By its official code: as of the plan's start, 91-SNV is the Sở Nội vụ of the An Giang formed in 2025.
    await page.getByRole('combobox', { name: 'Cơ quan chủ trì' }).pressSequentially('91-SNV');
    const option = page.locator('.ant-select-item-option', { hasText: 'Sở Nội vụ' }).first();
    await option.waitFor();
    await screenshot(page, 'plan-form-this-year');
    expect(await option.textContent()).toContain('An Giang');
    await option.click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('plan-title').waitFor();
    const id = page.url().split('/').at(-1)!;
    const { data } = await suite.platform.query<{
      inspectionPlan: { leadUnit: { code: string; validFrom: string | null; ancestors: { name: string }[] } };
    }>('query ($id: ID!) { inspectionPlan(id: $id) { leadUnit { code validFrom ancestors { name } } } }', {
      id,
    });
    const lead = data!.inspectionPlan.leadUnit;
    expect(lead.ancestors.map((a) => a.name)).toContain('An Giang');
    expect(lead.validFrom! >= '2025-07-01').toBe(true);

    // Suggestions as of the plan's start: no district (there are none since July 2025), today's units only.
    // 116 units' roll-ups take a while on a busy machine.
    const suggestions = page.getByRole('region', { name: 'Gợi ý' }).getByRole('button');
    await suggestions.first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'plan-this-year-suggestions');
    const names = await suggestions.allTextContents();
    expect(names.filter((name) => /Huyện|Thị xã|Quận/.test(name))).toEqual([]);
    expect(names.some((name) => /^\+ (Xã|Phường|Đặc khu)/.test(name))).toBe(true);
    // Last year's roll-ups of today's units cover only the months since the reform: they say whose figures they hold.
    expect(names.some((name) => /số liệu của \d+% đơn vị/.test(name))).toBe(true);
    await page.context().close();
  });

  it('reports no error in the pages', () => {
    expect(suite.pageErrors).toEqual([]);
  });
});

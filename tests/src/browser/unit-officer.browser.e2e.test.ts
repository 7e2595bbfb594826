import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, filterColumn, screenshot, seriousAccessibilityViolations } from './browser-kit.js';

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
  responsibleUnit: { fullName: string };
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
    nodes { id requiredAction deadline status responsibleUnit { fullName } finding { text area { nameVi } plan { title } } }
  }
}`;

describe("a unit officer's page in the findings application, and the unit tree, in Chromium against the running platform", () => {
  const suite = browserSuite('unit_officer', { consoleErrors: true, failedResponses: true });
  const { pageErrors, openAs } = suite;

  const unitsFound = async (filter: string) => {
    const { data, errors } = await suite.platform.query<{ units: { totalCount: number; nodes: Unit[] } }>(
      `{ units(filter: ${filter}, first: 100) { totalCount nodes { id code fullName } } }`,
    );
    expect(errors).toBeUndefined();
    return data!.units;
  };

  /** A draft plan (its targets are still picked) starting on a date, led by a unit. */
  const draftPlan = async (year: number, periodFrom: string, periodTo: string, leadUnitId: string) => {
    const { data, errors } = await suite.platform.query<{ createInspectionPlan: { id: string } }>(
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

  it('opens the unit tree on the lead unit’s province as of 2020 (Kiên Giang, districts), the other provinces folded', async () => {
    const [kienGiang] = (await unitsFound('{ search: "Kien Giang", kinds: [PROVINCE], asOf: "2020-10-19" }'))
      .nodes;
    const provinces2020 = await unitsFound('{ kinds: [PROVINCE, CENTRAL_CITY], asOf: "2020-10-19" }');
    expect(provinces2020.totalCount).toBe(63);
    const [homeAffairs] = (await unitsFound('{ search: "So Noi vu tinh Kien Giang", asOf: "2020-10-19" }'))
      .nodes;
    const planId = await draftPlan(2020, '2020-10-19', '2020-11-02', homeAffairs!.id);
    const { data } = await suite.platform.query<{ unit: { children: Unit[] } }>(
      'query ($id: ID!) { unit(id: $id) { children(asOf: "2020-10-19") { id code fullName } } }',
      { id: kienGiang!.id },
    );
    const districts = data!.unit.children.filter((unit) => /^\d+$/.test(unit.code));
    expect(districts.map((d) => d.fullName)).toContain('Huyện Hòn Đất');

    const { context, page } = await openAs('admin', `/planning/plans/${planId}`);
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
    const { data } = await suite.platform.query<{ unit: { children: Unit[] } }>(
      'query ($id: ID!) { unit(id: $id) { children(asOf: "2025-09-01") { id code fullName } } }',
      { id: anGiang!.id },
    );
    const children = data!.unit.children;
    // Provincial agencies are coded <province>-<abbreviation> (91-SNV).
    const departments = children.filter((unit) => unit.code.startsWith('91-'));
    expect(departments.length).toBeGreaterThan(0);
    const planId = await draftPlan(2025, '2025-09-01', '2025-09-30', anGiang!.id);

    const { context, page } = await openAs('admin', `/planning/plans/${planId}`);
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
    const { context, page } = await openAs('admin', `/planning/plans/${planId}`);
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

  /** The demo's district, as the unit registry names it in 2020. */
  const unitNamed = async (search: string) => {
    const [unit] = (await unitsFound(`{ search: "${search}", asOf: "2020-10-19" }`)).nodes;
    expect(unit).toBeDefined();
    return unit!;
  };

  const actionsOf = async (token: string, statuses?: string[]) => {
    const { data, errors } = await suite.platform.queryAs<{
      correctiveActions: { totalCount: number; nodes: OfficerAction[] };
    }>(token, OFFICER_ACTIONS, { statuses, first: 50 });
    expect(errors).toBeUndefined();
    return data!.correctiveActions;
  };

  const rows = (page: Page, testId: string) =>
    page.locator(`[data-testid="${testId}"] tbody tr.ant-table-row`);
  const applicationText = async (page: Page) => (await page.locator('#application-area').textContent()) ?? '';

  it('lands a unit officer on its unit’s page in /findings, named for officials in the navigation, and keeps plans away', async () => {
    const hondat = await unitNamed('Huyen Hon Dat');
    const { data: plans } = await suite.platform.query<{ inspectionPlans: { nodes: { id: string }[] } }>(
      '{ inspectionPlans(filter: { year: 2020 }, first: 1) { nodes { id } } }',
    );
    const { context, page } = await openAs('hondat', '/');
    await page.getByRole('heading', { name: `Kết quả kiểm tra của ${hondat.fullName}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/findings');
    expect(await page.getByTestId('unit-scope').textContent()).toContain(hondat.fullName);
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Kết quả kiểm tra của đơn vị' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Kế hoạch kiểm tra' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Kết quả kiểm tra', exact: true }).count()).toBe(0);

    // An old link to a plan (it names other units) takes the officer to its own unit's page instead.
    await page.goto(`${suite.shell.url}/planning/plans/${plans!.inspectionPlans.nodes[0]!.id}`);
    await page.getByRole('heading', { name: `Kết quả kiểm tra của ${hondat.fullName}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/findings');
    expect(await page.getByTestId('plan-title').count()).toBe(0);
    expect(await page.getByTestId('targets-table').count()).toBe(0);
    await context.close();
  });

  it("shows Hòn Đất what it must correct and by when, as the API gives it, and nothing of Kiên Lương's", async () => {
    const token = await suite.platform.login('hondat');
    const [hondat, kienLuong] = [await unitNamed('Huyen Hon Dat'), await unitNamed('Huyen Kien Luong')];
    // Kiên Lương has actions of its own (an admin sees them), so not seeing them means something.
    const { data: theirs } = await suite.platform.query<{ correctiveActions: { totalCount: number } }>(
      'query ($id: ID!) { correctiveActions(filter: { responsibleUnitIds: [$id] }) { totalCount } }',
      { id: kienLuong.id },
    );
    expect(theirs!.correctiveActions.totalCount).toBeGreaterThan(0);
    // An action due in 10 days, on one of Hòn Đất's findings.
    const { data: found } = await suite.platform.query<{ unit: { findings: { nodes: { id: string }[] } } }>(
      'query ($id: ID!) { unit(id: $id) { findings(first: 1, filter: { kinds: [LIMITATION] }) { nodes { id } } } }',
      { id: hondat.id },
    );
    const dueSoon = isoDay(new Date(Date.now() + 10 * DAY_MS));
    const created = await suite.platform.query(
      'mutation ($findingId: ID!, $action: ActionInput!) { createCorrectiveAction(findingId: $findingId, action: $action) { id } }',
      {
        findingId: found!.unit.findings.nodes[0]!.id,
        action: { requiredAction: 'Cập nhật hồ sơ trễ hạn trên hệ thống một cửa điện tử', deadline: dueSoon },
      },
    );
    expect(created.errors).toBeUndefined();
    const outstanding = (await actionsOf(token, ['OPEN', 'OVERDUE', 'REPORTED'])).nodes;
    expect(outstanding.length).toBeGreaterThan(1);
    expect(outstanding.map((action) => action.responsibleUnit.fullName)).not.toContain(kienLuong.fullName);
    const counts = Object.fromEntries(
      await Promise.all(
        ['OVERDUE', 'OPEN', 'REPORTED', 'VERIFIED'].map(
          async (status) => [status, (await actionsOf(token, [status])).totalCount] as const,
        ),
      ),
    );

    const { context, page } = await openAs('hondat', '/findings');
    const shown = rows(page, 'unit-actions');
    await shown.first().waitFor();
    await expect.poll(() => shown.count()).toBe(outstanding.length);
    // Counted by status next to the filter; overdue ones called out above it.
    for (const [status, label] of [
      ['OVERDUE', 'Quá hạn'],
      ['OPEN', 'Đang thực hiện'],
      ['REPORTED', 'Đã báo cáo, chờ xác nhận'],
      ['VERIFIED', 'Đã xác nhận'],
    ] as const)
      await page.getByRole('checkbox', { name: `${label} (${viNumber(counts[status]!)})` }).waitFor();
    if (counts.OVERDUE! > 0)
      expect(await page.getByTestId('overdue-alert').textContent()).toContain(
        `${viNumber(counts.OVERDUE!)} việc khắc phục đã quá hạn`,
      );
    // Earliest deadline first, as the API orders them.
    const today = isoDay(new Date());
    for (const [index, action] of outstanding.entries()) {
      const row = shown.nth(index);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(action.requiredAction);
      expect(text).toContain(action.responsibleUnit.fullName);
      expect(await row.getByTestId('action-source').textContent()).toBe(
        `${action.finding.text}Lĩnh vực ${action.finding.area.nameVi} · ${action.finding.plan.title}`,
      );
      if (action.status === 'OVERDUE')
        expect(text).toContain(`Quá hạn ${viNumber(daysBetween(action.deadline, today))} ngày`);
      if (action.deadline === dueSoon)
        expect(await row.getByTestId('deadline-urgency').textContent()).toBe('Còn 10 ngày');
      if (action.status === 'REPORTED') expect(await row.getByTestId('deadline-urgency').count()).toBe(0);
    }
    expect(outstanding.map((action) => action.deadline)).toContain(dueSoon);
    expect(await applicationText(page)).not.toContain(kienLuong.fullName);
    await screenshot(page, 'unit-officer-actions');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Verified actions on request.
    await page.getByRole('checkbox', { name: /^Đã xác nhận/ }).check();
    await expect.poll(() => shown.count()).toBe(Math.min(outstanding.length + counts.VERIFIED!, 50));
    await context.close();
  });

  it("shows Hòn Đất's findings as the API pages them, filtered by kind on the server, none of Kiên Lương's", async () => {
    const token = await suite.platform.login('hondat');
    const kienLuong = await unitNamed('Huyen Kien Luong');
    const FINDINGS = `query ($kinds: [FindingKind!]) { findings(filter: { kinds: $kinds }, orderBy: AREA, first: 20) {
      totalCount nodes { text unit { fullName } }
    } }`;
    type Found = { findings: { totalCount: number; nodes: { text: string; unit: { fullName: string } }[] } };
    const { data: all } = await suite.platform.queryAs<Found>(token, FINDINGS, {});
    const { data: violations } = await suite.platform.queryAs<Found>(token, FINDINGS, {
      kinds: ['VIOLATION'],
    });
    const { data: theirs } = await suite.platform.query<Found>(
      'query ($id: ID!) { findings(filter: { unitIds: [$id] }, first: 1) { totalCount nodes { text unit { fullName } } } }',
      { id: kienLuong.id },
    );
    expect(theirs!.findings.totalCount).toBeGreaterThan(0);
    expect(all!.findings.totalCount).toBeGreaterThan(0);
    expect(all!.findings.nodes.map((finding) => finding.unit.fullName)).not.toContain(kienLuong.fullName);

    const { context, page } = await openAs('hondat', '/findings');
    await page.getByRole('tab', { name: 'Kết quả kiểm tra', exact: true }).click();
    const shown = rows(page, 'unit-findings');
    const range = page.locator('[data-testid="unit-findings"] [data-testid="table-range"]');
    await shown.first().waitFor();
    await expect
      .poll(() => range.textContent())
      .toMatch(new RegExp(`/ ${viNumber(all!.findings.totalCount)}$`));
    await expect.poll(() => shown.count()).toBe(all!.findings.nodes.length);
    for (const [index, finding] of all!.findings.nodes.entries()) {
      const text = (await shown.nth(index).textContent()) ?? '';
      expect(text).toContain(finding.text);
      expect(text).toContain(finding.unit.fullName);
    }
    expect(await applicationText(page)).not.toContain(kienLuong.fullName);
    await screenshot(page, 'unit-officer-findings');
    expect(await seriousAccessibilityViolations(page, '#application-area')).toEqual([]);

    // The kind filter is the server's: the count is the API's for violations only.
    await filterColumn(page, page.getByTestId('unit-findings'), 'Loại', 'Vi phạm');
    await expect
      .poll(() => range.textContent())
      .toMatch(new RegExp(`/ ${viNumber(violations!.findings.totalCount)}$`));
    await expect.poll(() => shown.count()).toBe(violations!.findings.nodes.length);
    for (const [index, finding] of violations!.findings.nodes.entries())
      expect(await shown.nth(index).textContent()).toContain(finding.text);
    await context.close();
  });

  it("shows Hòn Đất's conclusion notices as the API gives them, not Kiên Lương's", async () => {
    const token = await suite.platform.login('hondat');
    const kienLuong = await unitNamed('Huyen Kien Luong');
    const NOTICES = `query ($unitIds: [ID!]) { conclusionNotices(unitIds: $unitIds) {
      number issuedOn classification strengths limitations actions { requiredAction } unit { fullName }
    } }`;
    type Notices = {
      conclusionNotices: {
        number: string;
        issuedOn: string;
        classification: string | null;
        strengths: string[];
        limitations: string[];
        actions: { requiredAction: string }[];
        unit: { fullName: string };
      }[];
    };
    const { data: ours } = await suite.platform.queryAs<Notices>(token, NOTICES, {});
    const { data: theirs } = await suite.platform.query<Notices>(NOTICES, { unitIds: [kienLuong.id] });
    expect(theirs!.conclusionNotices.length).toBeGreaterThan(0);

    const { context, page } = await openAs('hondat', '/findings');
    await page.getByRole('tab', { name: 'Thông báo kết luận' }).click();
    const cards = page.getByTestId('notice');
    if (ours!.conclusionNotices.length === 0) {
      await page.getByText('Chưa có thông báo kết luận kiểm tra nào gửi đơn vị.').waitFor();
    } else {
      await expect.poll(() => cards.count()).toBe(ours!.conclusionNotices.length);
      const words: Record<string, string> = { GOOD: 'Tốt', FAIR: 'Khá', AVERAGE: 'Trung bình', WEAK: 'Yếu' };
      for (const notice of ours!.conclusionNotices) {
        const date = notice.issuedOn.split('-').reverse().join('/');
        const card = cards.filter({ hasText: `Thông báo số ${notice.number} ngày ${date}` });
        const text = (await card.textContent()) ?? '';
        expect(text).toContain(notice.unit.fullName);
        expect(text).toContain(notice.classification ? words[notice.classification] : 'Chưa xếp loại');
        for (const line of [...notice.strengths, ...notice.limitations]) expect(text).toContain(line);
        for (const action of notice.actions) expect(text).toContain(action.requiredAction);
      }
      // The notice as the Word file the gateway writes, downloaded by the unit's own officer.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        cards.first().getByTestId('notice-download').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Thông báo kết luận năm \d{4} - .+\.docx$/);
      expect((await readFile((await download.path())!)).subarray(0, 2).toString()).toBe('PK');
    }
    const text = await applicationText(page);
    for (const notice of theirs!.conclusionNotices) expect(text).not.toContain(`số ${notice.number} `);
    expect(text).not.toContain(kienLuong.fullName);
    await screenshot(page, 'unit-officer-notices');
    expect(await seriousAccessibilityViolations(page, '#application-area')).toEqual([]);
    await context.close();
  });

  it('reports progress on an overdue action with a file’s name: refused inline while empty, then REPORTED with the attachment', async () => {
    const token = await suite.platform.login('hondat');
    const { context, page } = await openAs('hondat', '/findings');
    const overdue = rows(page, 'unit-actions').filter({ hasText: 'Quá hạn' }).first();
    await overdue.waitFor();
    const required = (await overdue.locator('td').first().textContent()) ?? '';
    await overdue.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Báo cáo tiến độ khắc phục' });
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await dialog.getByText('Nêu kết quả đã thực hiện (ít nhất 10 ký tự)').waitFor();

    const typed = 'Đã niêm yết đầy đủ thủ tục hành chính tại Bộ phận một cửa.';
    await dialog.getByLabel('Kết quả đã thực hiện').fill(typed);
    await dialog.getByText('Nêu kết quả đã thực hiện (ít nhất 10 ký tự)').waitFor({ state: 'hidden' });
    const file = {
      name: 'bien-ban-khac-phuc-2020.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(2048, 1),
    };
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await dialog.getByText(file.name).waitFor();
    await dialog.getByText('nội dung tệp không được tải lên hệ thống', { exact: false }).waitFor();
    await screenshot(page, 'unit-officer-report');
    expect(await seriousAccessibilityViolations(page, '.ant-modal')).toEqual([]);
    await dialog.getByRole('button', { name: /Gửi báo cáo/ }).click();
    await page.getByText('Đã gửi báo cáo; chờ Đoàn kiểm tra xác nhận').waitFor();

    const row = rows(page, 'unit-actions').filter({ hasText: required }).first();
    await expect.poll(() => row.textContent()).toContain('Đã báo cáo, chờ xác nhận');
    const { data } = await suite.platform.queryAs<{
      correctiveActions: {
        nodes: {
          requiredAction: string;
          reports: {
            text: string;
            attachments: { fileName: string; mediaType: string; sizeBytes: number }[];
          }[];
        }[];
      };
    }>(
      token,
      '{ correctiveActions(first: 500, filter: { statuses: [REPORTED] }) { nodes { requiredAction reports { text attachments { fileName mediaType sizeBytes } } } } }',
    );
    const reported = data!.correctiveActions.nodes.filter((action) => action.requiredAction === required);
    expect(reported.flatMap((action) => action.reports).find((report) => report.text === typed)).toEqual({
      text: typed,
      attachments: [{ fileName: file.name, mediaType: 'application/pdf', sizeBytes: 2048 }],
    });
    await context.close();
  });

  it('tells an officer whose actions are all verified what the filter hides, and shows them on request', async () => {
    const token = await suite.platform.login('sokhdt');
    const actions = (await actionsOf(token)).nodes;
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions.map((action) => action.status))).toEqual(new Set(['VERIFIED']));

    const { context, page } = await openAs('sokhdt', '/findings');
    const empty = page.getByTestId('unit-actions-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain(
      'Không có việc khắc phục nào ở trạng thái: Quá hạn, Đang thực hiện, Đã báo cáo, chờ xác nhận.',
    );
    expect(await empty.textContent()).toContain(
      `${actions.length} việc khắc phục ở trạng thái khác đang được ẩn.`,
    );
    await screenshot(page, 'unit-officer-all-verified');
    expect(await seriousAccessibilityViolations(page, '#application-area')).toEqual([]);
    await page.getByRole('button', { name: 'Hiện mọi trạng thái' }).click();
    const shown = rows(page, 'unit-actions');
    await shown.first().waitFor();
    await expect.poll(() => shown.count()).toBe(actions.length);
    for (const [index, action] of actions.entries()) {
      const text = (await shown.nth(index).textContent()) ?? '';
      expect(text).toContain(action.requiredAction);
      expect(text).toContain('Đã xác nhận');
      expect(text).toContain(action.finding.plan.title);
      // Nothing more to report on a verified action.
      expect(await shown.nth(index).getByRole('button', { name: 'Báo cáo tiến độ' }).count()).toBe(0);
    }
    await screenshot(page, 'unit-officer-verified');
    await context.close();
  });

  it('reports no error in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});

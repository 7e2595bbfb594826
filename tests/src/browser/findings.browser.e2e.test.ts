import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserSuite,
  chooseOption,
  filterColumn,
  screenshot,
  seriousAccessibilityViolations,
} from './browser-kit.js';
import {
  asPercent,
  findingsOfUnit,
  type Indicator,
  indicatorCatalog,
  monthsBefore,
  plansWithThanhtra,
  thanhtraPlan2020,
  VERDICT_WORDS,
  XSS,
} from './findings-facts.js';

interface Plan {
  id: string;
  title: string;
  catalog: {
    areas: { code: string; nameVi: string; nameEn: string; criteria: { code: string; nameVi: string }[] }[];
  };
  targets: { id: string; unit: { id: string; name: string }; visit: { actualDate: string | null } | null }[];
}

const PLAN_FIELDS = `id title catalog { areas { code nameVi nameEn criteria { code nameVi } } }
  targets { id unit { id name } visit { actualDate } }`;

describe('the findings application in Chromium, against the running platform', () => {
  const suite = browserSuite('browser');
  const { pageErrors, dialogs, openAs } = suite;
  let plan: Plan;
  let plansOfThanhtra: string[];
  let indicators: Indicator[];

  beforeAll(async () => {
    plansOfThanhtra = (await plansWithThanhtra(suite.platform)).map((candidate) => candidate.id);
    plan = await thanhtraPlan2020<Plan>(suite.platform, PLAN_FIELDS);
    indicators = await indicatorCatalog(suite.platform);
  });

  it('an inspector records three findings in two areas of a 2020 unit, one resting on an indicator, and reviews them', async () => {
    expect(plan).toBeDefined();
    const target = plan.targets.find((candidate) => candidate.visit?.actualDate)!;
    const period = monthsBefore(target.visit!.actualDate!);
    const [first, second] = plan.catalog.areas;
    // An indicator of the second area the unit has figures for over those months, read through the API.
    const values = await suite.platform.query<{
      unit: { indicators: { code: string; value: number | null }[] };
    }>('query($id: ID!, $period: String!) { unit(id: $id) { indicators(period: $period) { code value } } }', {
      id: target.unit.id,
      period,
    });
    const measured = values.data!.unit.indicators.filter((value) => value.value !== null);
    const indicator = indicators.find(
      (candidate) => candidate.valueUnit === 'RATIO' && measured.some((v) => v.code === candidate.code),
    )!;
    const expectedValue = measured.find((value) => value.code === indicator.code)!.value!;
    const percent = asPercent(expectedValue);

    const { context, page } = await openAs('thanhtra', '/findings');
    // Only the plans whose team has thanhtra's login.
    await page.locator('#findings-plan').click();
    // Polled: the list may render again when the plans' answer lands while it is open.
    await expect
      .poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').count())
      .toBe(plansOfThanhtra.length);
    await page.keyboard.press('Escape');
    await chooseOption(
      page,
      page.locator('.ant-select').filter({ has: page.locator('#findings-plan') }),
      plan.title.slice(0, 12),
      plan.title,
    );
    await page.getByRole('heading', { name: plan.title, level: 1 }).waitFor();
    await chooseOption(
      page,
      page.locator('.ant-select').filter({ has: page.locator('#findings-target') }),
      target.unit.name,
      target.unit.name,
    );
    await page.getByRole('heading', { name: target.unit.name, level: 1 }).waitFor();

    // The visit: who attended and the minutes.
    await page.getByLabel('Thành phần tham dự').fill('Nguyễn Văn A – Chủ tịch UBND\nTrần Thị B – Văn phòng');
    await page.getByLabel('Biên bản').fill('Biên bản làm việc với đơn vị.');
    await page.getByRole('button', { name: 'Lưu buổi làm việc' }).click();
    await page.getByText('Đã lưu buổi làm việc').waitFor();

    // Two findings typed in a row in the first area: after each save the text is empty and has the cursor.
    const area1 = page.getByTestId(`area-${first!.code}`);
    const text1 = area1.getByLabel('Nội dung', { exact: true });
    await area1.locator('label.ant-radio-button-wrapper', { hasText: 'Ưu điểm' }).click();
    await text1.fill('Niêm yết công khai đầy đủ thủ tục hành chính tại bộ phận một cửa.');
    await area1.getByRole('button', { name: 'Ghi nhận' }).click();
    await area1.locator('.ant-list-item', { hasText: 'Niêm yết công khai đầy đủ' }).waitFor();
    // A string: it runs in the page.
    const focused = () => page.evaluate('document.activeElement && document.activeElement.id');
    await expect.poll(focused).toBe(await text1.getAttribute('id'));
    expect(await text1.inputValue()).toBe('');
    await page.keyboard.type(XSS);
    await page.keyboard.press('Control+Enter');
    await area1.locator('.ant-list-item').getByText(XSS, { exact: true }).waitFor();
    expect(dialogs).toEqual([]);

    // The third in the second area, with a criterion found by typing and an indicator whose value shows first.
    const area2 = page.getByTestId(`area-${second!.code}`);
    const criterion = second!.criteria[0]!;
    await chooseOption(
      page,
      area2.locator('.ant-select').filter({ has: page.locator('[id$="_criterionCode"]') }),
      criterion.nameVi.slice(0, 10),
      criterion.nameVi,
    );
    await area2
      .getByLabel('Nội dung', { exact: true })
      .fill('Tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt yêu cầu.');
    await area2.locator('label.ant-radio-button-wrapper', { hasText: 'Vi phạm' }).click();
    await area2.locator('label.ant-radio-wrapper', { hasText: 'Chỉ số' }).click();
    const indicatorSelect = area2
      .locator('.ant-select')
      .filter({ has: page.locator('[id$="_indicatorCode"]') });
    await chooseOption(page, indicatorSelect, indicator.nameVi.slice(0, 12), indicator.nameVi);
    // The value below is the chosen indicator's: a click that landed on another option fails here, naming it.
    await expect.poll(() => indicatorSelect.textContent()).toContain(indicator.nameVi);
    const shown = area2.getByTestId('indicator-value');
    await expect.poll(() => shown.textContent()).toContain(percent);
    const [from, to] = period.split('..').map((month) => month.split('-').reverse().join('/'));
    expect(await shown.textContent()).toBe(`Giá trị của đơn vị ${from} – ${to}: ${percent}`);
    await screenshot(page, 'findings-target');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await area2.getByRole('button', { name: 'Ghi nhận' }).click();
    await area2.locator('.ant-list-item', { hasText: 'Tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt' }).waitFor();

    // What the server stored, and the verdict it gives each.
    const stored = await findingsOfUnit<{
      text: string;
      verdict: string;
      evidenceReading: { indicatorCode: string; value: number | null } | null;
    }>(suite.platform, plan.id, target.unit.id, 'text verdict evidenceReading { indicatorCode value }');
    const mine = stored.filter((finding) =>
      [XSS, 'Niêm yết công khai', 'Tỷ lệ hồ sơ giải quyết'].some((text) => finding.text.startsWith(text)),
    );
    expect(mine).toHaveLength(3);
    const withReading = mine.find((finding) => finding.evidenceReading)!;
    expect(withReading.evidenceReading).toEqual({ indicatorCode: indicator.code, value: expectedValue });

    // The review: newest first, each with its verdict in words.
    await page.getByRole('link', { name: '← Về kế hoạch' }).click();
    const review = page.getByTestId('findings-review');
    for (const finding of mine) {
      const row = review.locator('tbody tr.ant-table-row').filter({ hasText: finding.text });
      await row.waitFor();
      expect(await row.textContent()).toContain(VERDICT_WORDS[finding.verdict]);
    }
    expect(
      await review
        .locator('tbody tr.ant-table-row')
        .filter({ hasText: 'Tỷ lệ hồ sơ giải quyết' })
        .textContent(),
    ).toContain(percent);
    await review.getByText(XSS, { exact: true }).waitFor();
    // Filtered by the server on kind: the violation only among ours.
    await filterColumn(page, review, 'Loại', 'Vi phạm');
    await expect
      .poll(() => review.locator('tbody tr.ant-table-row').filter({ hasText: 'Ưu điểm' }).count())
      .toBe(0);
    await review.locator('tbody tr.ant-table-row').filter({ hasText: 'Tỷ lệ hồ sơ giải quyết' }).waitFor();
    await screenshot(page, 'findings-review');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it('the review finds a finding by its words typed without accents, says which filters hide the rest, and opens it', async () => {
    const { context, page } = await openAs('thanhtra', `/findings/plans/${plan.id}`);
    const review = page.getByTestId('findings-review');
    const rows = review.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    // On top of a status the strength recorded above does not have: nothing left, and the screen says why.
    await filterColumn(page, review, 'Tình trạng', 'Đang khắc phục');
    await expect.poll(() => rows.filter({ hasText: 'Đã ghi nhận' }).count()).toBe(0);
    const search = page.getByLabel('Tìm trong nội dung');
    const typed = 'NIEM YET cong khai day du thu tuc';
    await search.fill(typed);
    const hidden = review.getByTestId('findings-review-hidden');
    await hidden.waitFor();
    expect(await hidden.textContent()).toContain(`“${typed}”`);
    expect(await hidden.textContent()).toContain('Đang khắc phục');
    await hidden.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await rows.filter({ hasText: 'Tỷ lệ hồ sơ giải quyết' }).first().waitFor();
    expect(await search.inputValue()).toBe('');
    // The same words alone find what the API finds for them, oldest first: ours, and not the others.
    const found = await suite.platform.query<{
      all: { totalCount: number };
      findings: { totalCount: number; nodes: { id: string; text: string }[] };
    }>(
      `query($plan: FindingFilter!, $filter: FindingFilter!) { all: findings(filter: $plan) { totalCount }
        findings(filter: $filter, orderBy: OLDEST, first: 20) { totalCount nodes { id text } } }`,
      { plan: { planId: plan.id }, filter: { planId: plan.id, search: typed } },
    );
    const expected = found.data!.findings;
    const texts = expected.nodes.map((finding) => finding.text);
    const ours = expected.nodes.find((finding) => finding.text.startsWith('Niêm yết công khai đầy đủ'))!;
    expect(ours).toBeDefined();
    expect(texts.some((text) => text.startsWith('Tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt'))).toBe(false);
    expect(expected.totalCount).toBeLessThan(found.data!.all.totalCount);
    await page
      .locator('.ant-select')
      .filter({ has: page.locator('#findings-review-order') })
      .click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Ghi nhận sớm trước' })
      .click();
    await search.fill(typed);
    await expect.poll(() => rows.locator('td a').allTextContents()).toEqual(texts);
    expect(await review.getByTestId('table-range').textContent()).toContain(`/ ${expected.totalCount}`);
    await screenshot(page, 'findings-review-search');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Each row opens the finding's own page.
    await rows.locator('td a', { hasText: ours.text }).click();
    await page.waitForURL(`**/findings/items/${ours.id}`);
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it('a refusal of the server reaches the screen, next to the field it names', async () => {
    const target = plan.targets[1]!;
    const { context, page } = await openAs('thanhtra', `/findings/plans/${plan.id}/targets/${target.id}`);
    await page.getByRole('heading', { name: target.unit.name, level: 1 }).waitFor();
    // The client checks the text; a request rewritten on its way sends what the client would not.
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as {
        operationName?: string;
        variables?: { finding?: { text: string } };
      };
      if (body.operationName !== 'RecordFinding' || !body.variables?.finding) return route.continue();
      body.variables.finding.text = 'ab';
      return route.continue({ postData: JSON.stringify(body) });
    });
    const area = page.getByTestId(`area-${plan.catalog.areas[0]!.code}`);
    await area.getByLabel('Nội dung', { exact: true }).fill('Một nội dung đủ dài');
    await area.getByRole('button', { name: 'Ghi nhận' }).click();
    await area.getByText('Cần ít nhất 3 ký tự.').waitFor();
    await screenshot(page, 'findings-refusal');
    await context.close();
  });

  it('speaks English on request: the areas by their English names, kinds and verdicts in English words', async () => {
    const target = plan.targets[0]!;
    const { context, page } = await openAs('thanhtra', `/findings/plans/${plan.id}/targets/${target.id}`);
    await page.getByRole('heading', { name: target.unit.name, level: 1 }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    const [first] = plan.catalog.areas;
    const area = page.getByTestId(`area-${first!.code}`);
    await area.getByRole('heading', { name: new RegExp(`^${first!.nameEn} · \\d+ findings?$`) }).waitFor();
    await area.locator('label.ant-radio-button-wrapper', { hasText: 'Strength' }).waitFor();
    await area.getByRole('button', { name: 'Record' }).waitFor();
    expect(await area.getByText('Ưu điểm', { exact: true }).count()).toBe(0);
    // The review of the plan: its heading and the verdicts in English.
    await page.goto(`${suite.shell.url}/findings/plans/${plan.id}`);
    await page.getByRole('heading', { name: 'The plan’s findings' }).waitFor();
    const review = page.getByTestId('findings-review');
    await review.locator('tbody tr.ant-table-row').first().waitFor();
    const verdicts = await review.locator('tbody tr.ant-table-row td').allInnerTexts();
    expect(
      verdicts.some((text) => ['Consistent with the figures', 'No figures measured'].includes(text)),
    ).toBe(true);
    expect(verdicts.some((text) => Object.values(VERDICT_WORDS).includes(text))).toBe(false);
    await screenshot(page, 'findings-review-en');
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Tổng hợp kết quả của kế hoạch' }).waitFor();
    await context.close();
  });
});

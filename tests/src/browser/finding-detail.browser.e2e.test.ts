import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, formItem, screenshot, seriousAccessibilityViolations } from './browser-kit.js';
import {
  asPercent,
  findingsOfUnit,
  indicatorCatalog,
  thanhtraPlan2020,
  VERDICT_WORDS,
  XSS,
} from './findings-facts.js';

interface Figures {
  value: number | null;
  numerator: number;
  denominator: number;
}

interface Action {
  id: string;
  status: string;
  version: number;
  deadline: string;
  requiredAction: string;
  responsibleUnit: { id: string; name: string };
}

interface Finding {
  id: string;
  kind: string;
  text: string;
  version: number;
  area: { code: string };
  unit: { id: string; name: string };
  target: { id: string };
  verdict: string;
  evidenceReading: (Figures & { indicatorCode: string }) | null;
  measured: Figures | null;
  actions: Action[];
}

const FINDING_FIELDS = `id kind text version area { code } unit { id name } target { id } verdict
  evidenceReading { indicatorCode value numerator denominator } measured { value numerator denominator }
  actions { id status version deadline requiredAction responsibleUnit { id name } }`;

const count = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** Today on this machine's calendar (the browser's), and in Vietnam (the server's), as YYYY-MM-DD. */
const localToday = () => new Date().toLocaleDateString('en-CA');
const vietnamToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('one finding’s page in Chromium: figures then and now, editing, corrective actions, printing', () => {
  const suite = browserSuite('finding_detail');
  const { pageErrors, dialogs, openAs } = suite;
  let planId: string;
  let findings: Finding[];
  let indicators: Map<string, string>;

  const findingNow = async (id: string) => {
    const { data, errors } = await suite.platform.query<{ findings: { nodes: Finding[] } }>(
      `query($id: ID!) { findings(filter: { ids: [$id] }, first: 1) { nodes { ${FINDING_FIELDS} } } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    return data!.findings.nodes[0]!;
  };

  /** A fresh page on a finding, as thanhtra (a session lasts as long as its tab). */
  const openFinding = async (id: string) => {
    const opened = await openAs('thanhtra', `/findings/items/${id}`);
    await opened.page.getByTestId('finding-text').waitFor();
    return opened;
  };

  beforeAll(async () => {
    planId = (await thanhtraPlan2020<{ id: string }>(suite.platform, 'id')).id;
    indicators = new Map(
      (await indicatorCatalog(suite.platform)).map((indicator) => [indicator.code, indicator.valueUnit]),
    );
    const listed = await suite.platform.query<{ findings: { nodes: Finding[] } }>(
      `query($planId: ID!) { findings(filter: { planId: $planId, kinds: [LIMITATION, VIOLATION] }, first: 60) { nodes { ${FINDING_FIELDS} } } }`,
      { planId },
    );
    expect(listed.errors).toBeUndefined();
    findings = listed.data!.findings.nodes;
  });

  /** A finding resting on a ratio indicator the figures still measure. */
  const withRatio = (skip: string[] = []) =>
    findings.find(
      (finding) =>
        !skip.includes(finding.id) &&
        finding.evidenceReading?.value != null &&
        finding.measured?.value != null &&
        indicators.get(finding.evidenceReading.indicatorCode) === 'RATIO',
    )!;

  it('shows a finding’s snapshot beside today’s figures as the API gives them, and edits it into its history', async () => {
    const finding = withRatio();
    expect(finding).toBeDefined();
    const { context, page } = await openFinding(finding.id);
    expect(await page.getByTestId('finding-text').textContent()).toBe(finding.text);
    const figures = page.getByTestId('evidence-figures');
    const snapshot = figures.locator('tbody tr').filter({ hasText: 'Khi ghi nhận' });
    const today = figures.locator('tbody tr').filter({ hasText: 'Số liệu hiện nay' });
    const reading = finding.evidenceReading!;
    const measured = finding.measured!;
    expect(await snapshot.textContent()).toContain(asPercent(reading.value!));
    expect(await snapshot.textContent()).toContain(
      `${count(reading.numerator)} / ${count(reading.denominator)}`,
    );
    expect(await today.textContent()).toContain(asPercent(measured.value!));
    expect(await today.textContent()).toContain(
      `${count(measured.numerator)} / ${count(measured.denominator)}`,
    );
    expect(await page.getByTestId('verdict').textContent()).toBe(VERDICT_WORDS[finding.verdict]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'finding-detail');

    // Edited: saved, and the history says what the text was and is.
    const edited = `${finding.text} Đã bổ sung sau buổi làm việc.`;
    await page.getByRole('button', { name: 'Sửa kết quả' }).click();
    await page.getByLabel('Nội dung', { exact: true }).fill(edited);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thay đổi').waitFor();
    await expect.poll(() => page.getByTestId('finding-text').textContent()).toBe(edited);
    expect((await findingNow(finding.id)).text).toBe(edited);
    const history = page.getByTestId('finding-history');
    await history.getByText('Sửa kết quả').waitFor();
    expect(await history.textContent()).toContain('thanhtra');
    await history.locator('del', { hasText: finding.text }).waitFor();
    await history.locator('ins', { hasText: edited }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Markup typed as text stays text.
    await page.getByRole('button', { name: 'Sửa kết quả' }).click();
    await page.getByLabel('Nội dung', { exact: true }).fill(XSS);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByTestId('finding-text').textContent()).toBe(XSS);
    await history.locator('ins', { hasText: XSS }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('a stale edit shows the saved version beside the typed one, keeps the typed text, and “keep mine” saves it', async () => {
    const finding = withRatio([withRatio().id]);
    const { context, page: first } = await openFinding(finding.id);
    const { context: other, page: second } = await openFinding(finding.id);
    const theirs = 'Bản sửa ở trang thứ nhất.';
    const mine = 'Bản sửa ở trang thứ hai, được giữ lại.';
    for (const page of [first, second]) await page.getByRole('button', { name: 'Sửa kết quả' }).click();
    await first.getByLabel('Nội dung', { exact: true }).fill(theirs);
    await first.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(async () => (await findingNow(finding.id)).text).toBe(theirs);

    await second.getByLabel('Nội dung', { exact: true }).fill(mine);
    await second.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = second.getByTestId('conflict');
    await conflict.waitFor();
    await conflict.getByTestId('conflict-theirs').getByText(theirs, { exact: true }).waitFor();
    await conflict.getByTestId('conflict-mine').getByText(mine, { exact: true }).waitFor();
    expect(await second.getByLabel('Nội dung', { exact: true }).inputValue()).toBe(mine);
    await screenshot(second, 'finding-conflict');
    expect(await seriousAccessibilityViolations(second)).toEqual([]);
    await conflict.getByRole('button', { name: 'Giữ bản của tôi' }).click();
    await expect.poll(() => second.getByTestId('finding-text').textContent()).toBe(mine);
    const saved = await findingNow(finding.id);
    expect([saved.text, saved.version]).toEqual([mine, finding.version + 2]);
    await context.close();
    await other.close();
  });

  it('creates a corrective action (its deadline required), and shows an overdue one as such', async () => {
    const finding = withRatio();
    const { context, page } = await openFinding(finding.id);
    const required = 'Rà soát, khắc phục và báo cáo kết quả bằng văn bản.';
    await page.getByLabel('Nội dung khắc phục').fill(required);
    expect(await page.getByTestId('responsible-unit').textContent()).toBe(finding.unit.name);
    await page.getByRole('button', { name: 'Thêm việc khắc phục' }).click();
    await formItem(page, 'Hạn khắc phục').getByText('Vui lòng chọn hạn khắc phục').waitFor();
    const deadline = formItem(page, 'Hạn khắc phục').locator('input');
    await deadline.click();
    await deadline.fill('31/12/2027');
    await deadline.press('Enter');
    await page.getByRole('button', { name: 'Thêm việc khắc phục' }).click();
    const item = page.getByTestId('corrective-actions').locator('.ant-list-item', { hasText: required });
    await item.waitFor();
    expect(await item.getByTestId('deadline').textContent()).toBe('31/12/2027');
    const created = (await findingNow(finding.id)).actions.find(
      (action) => action.requiredAction === required,
    )!;
    expect(created).toMatchObject({
      deadline: '2027-12-31',
      status: 'OPEN',
      responsibleUnit: finding.unit,
    });

    // An action still open past its deadline says by how many days.
    const late = findings
      .flatMap((candidate) => candidate.actions)
      .find((action) => action.status === 'OVERDUE')!;
    const owner = findings.find((candidate) => candidate.actions.includes(late))!;
    await page.goto(`${suite.shell.url}/findings/items/${owner.id}`);
    const lateItem = page.getByTestId(`action-${late.id}`);
    await lateItem.waitFor();
    expect(await lateItem.getByTestId('overdue').textContent()).toContain(
      `Quá hạn ${daysBetween(late.deadline, localToday())} ngày`,
    );
    await context.close();
  });

  it('a reported action is sent back only with a reason, and verified', async () => {
    // Hòn Đất's officer reports on one of its actions still to do (or one the demo has reported is used).
    const token = await suite.platform.login('hondat');
    const own = await suite.platform.queryAs<{
      correctiveActions: { nodes: (Action & { finding: { id: string } })[] };
    }>(token, '{ correctiveActions(first: 100) { nodes { id status version finding { id } } } }');
    const owed = own.data!.correctiveActions.nodes;
    let action = owed.find((candidate) => candidate.status === 'OPEN' || candidate.status === 'OVERDUE');
    if (action) {
      const reported = await suite.platform.queryAs(
        token,
        `mutation($id: ID!, $version: Int!, $report: ReportInput!) {
          reportOnCorrectiveAction(actionId: $id, version: $version, report: $report) { status } }`,
        {
          id: action.id,
          version: action.version,
          report: { reportedOn: vietnamToday(), text: 'Đơn vị đã khắc phục, gửi kèm báo cáo.' },
        },
      );
      expect(reported.errors).toBeUndefined();
    } else action = owed.find((candidate) => candidate.status === 'REPORTED');
    expect(action).toBeDefined();

    const { context, page } = await openFinding(action!.finding.id);
    const item = page.getByTestId(`action-${action!.id}`);
    expect(await item.getByTestId('action-status').textContent()).toBe('Đơn vị đã báo cáo, chờ xác nhận');
    await item.getByRole('button', { name: 'Trả lại cho đơn vị' }).click();
    await item.getByText('Vui lòng nêu lý do trả lại').waitFor();
    await item.getByRole('button', { name: 'Xác nhận đã khắc phục' }).click();
    await expect.poll(() => item.getByTestId('action-status').textContent()).toBe('Đã xác nhận hoàn thành');
    const after = await suite.platform.query<{
      correctiveActions: { nodes: { id: string; status: string }[] };
    }>('{ correctiveActions(filter: { statuses: [VERIFIED] }, first: 100) { nodes { id status } } }');
    expect(after.data!.correctiveActions.nodes.map((verified) => verified.id)).toContain(action!.id);
    await context.close();
  });

  it('prints one unit’s findings of the plan, grouped by area, without the shell around them', async () => {
    const finding = withRatio();
    const printed = await findingsOfUnit<{ text: string; area: { code: string } }>(
      suite.platform,
      planId,
      finding.unit.id,
      'text area { code }',
    );
    const { context, page } = await openAs(
      'thanhtra',
      `/findings/plans/${planId}/targets/${finding.target.id}/print`,
    );
    await page
      .getByRole('heading', { name: `Kết quả kiểm tra tại ${finding.unit.name}`, level: 1 })
      .waitFor();
    for (const { area, text } of printed) {
      await page.getByTestId(`print-area-${area.code}`).getByText(text, { exact: true }).waitFor();
    }
    await page.evaluate('window.print = () => { window.printed = true; }');
    await page.getByRole('button', { name: 'In' }).click();
    expect(await page.evaluate('window.printed')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.ant-layout-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'In' }).isVisible()).toBe(false);
    await screenshot(page, 'finding-print');
    await context.close();
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

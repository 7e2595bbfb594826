import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersOf } from '../testkit/answers.js';
import { browserSuite, screenshot, seriousAccessibilityViolations } from './browser-kit.js';

interface Unit {
  id: string;
  name: string;
  fullName: string;
}
interface Indicator {
  code: string;
  nameVi: string;
  valueUnit: string;
  direction: string;
}
interface Value {
  code: string;
  value: number | null;
  status: string;
}

/** The end of 2020, the day the dashboard reads the 2020 units on. */
const END_OF_2020 = '2020-12-31';
const STATUS_WORDS: Record<string, string> = {
  GOOD: 'Đạt mục tiêu',
  WARNING: 'Chưa đạt mục tiêu',
  ALERT: 'Vượt ngưỡng cảnh báo',
  NO_DATA: 'Không có số liệu',
};

/** A ratio as Vietnamese write a percentage, one decimal at most: 0.825 → 82,5%. */
const percent = (ratio: number) => `${(ratio * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
const count = (n: number) => n.toLocaleString('vi-VN');

/** Clicks the top bar of a section's bar chart (ECharts finds the bar under the pointer). */
async function clickTopBar(page: Page, section: string): Promise<void> {
  const bars = page.locator(`[data-testid="${section}"] [data-testid="chart"] svg path[fill^="#"]`);
  await bars.first().waitFor();
  const tops = await bars.evaluateAll((paths) =>
    paths.map((path) => {
      const box = path.getBoundingClientRect();
      return box.width > 2 && box.height > 2 ? box.top : Number.POSITIVE_INFINITY;
    }),
  );
  await bars.nth(tops.indexOf(Math.min(...tops))).click();
}

/** What a click on a download button saves, read back. */
async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, body: await readFile((await download.path())!) };
}

describe('the reporting dashboards in Chromium, against the running platform', () => {
  const suite = browserSuite('browser_reporting', { consoleErrors: true });
  const { ask } = answersOf(() => suite.platform);
  let kienGiang: Unit & { children: (Unit & { level: string; kind: string })[] };
  let hondat: Unit & { children: Unit[] };
  let catalog: Indicator[];

  beforeAll(async () => {
    ({ unitByCode: kienGiang } = await ask<{ unitByCode: typeof kienGiang }>(
      'query($d: Date!) { unitByCode(code: "91", asOf: $d) { id name fullName children(asOf: $d) { id name fullName level kind } } }',
      { d: END_OF_2020 },
    ));
    const district = kienGiang.children.find(
      (child) => child.name === 'Hòn Đất' && child.level === 'DISTRICT',
    )!;
    ({ unit: hondat } = await ask<{ unit: typeof hondat }>(
      'query($id: ID!, $d: Date!) { unit(id: $id) { id name fullName children(asOf: $d) { id name fullName } } }',
      { id: district.id, d: END_OF_2020 },
    ));
    ({ indicatorCatalog: catalog } = await ask<{ indicatorCatalog: Indicator[] }>(
      '{ indicatorCatalog { code nameVi valueUnit direction } }',
    ));
  });

  it('shows Kiên Giang’s 2020 figures, drills down to Hòn Đất and a commune by clicking, switches to today’s An Giang, downloads the report and the ranking', async () => {
    // The API's answers for Kiên Giang in 2020.
    const { unit: figures } = await ask<{
      unit: { indicators: Value[]; score766: { total: number; maxTotal: number } };
    }>(
      'query($id: ID!, $d: Date) { unit(id: $id) { indicators(period: "2020", asOf: $d) { code value status } score766(period: "2020") { total maxTotal } } }',
      { id: kienGiang.id, d: END_OF_2020 },
    );
    const kinds = await ask<{ findingStats: { count: number }[] }>(
      'query($id: ID!) { findingStats(filter: { unitIds: [$id], includeDescendants: true, year: 2020 }, groupBy: [KIND]) { count } }',
      { id: kienGiang.id },
    );
    const findingsOf2020 = kinds.findingStats.reduce((sum, stat) => sum + stat.count, 0);
    const timeliness = await ask<{ correctiveActionTimeliness: { timeliness: string; count: number }[] }>(
      'query($id: ID!) { correctiveActionTimeliness(filter: { responsibleUnitIds: [$id], includeDescendants: true, year: 2020 }) { timeliness count } }',
      { id: kienGiang.id },
    );

    const { context, page } = await suite.openAs('thanhtra', '/reporting');
    await page.getByRole('heading', { level: 1, name: kienGiang.fullName }).waitFor();
    // The year of the concluded 2020 campaign, which the dashboard opens on.
    await page.getByRole('heading', { level: 2, name: 'Kết quả kiểm tra năm 2020' }).waitFor();

    // The indicators as the API gives them: value in Vietnamese numbers, status in words.
    const onTime = figures.indicators.find((value) => value.code === 'ON_TIME_RATE')!;
    const row = page.getByTestId('indicator-ON_TIME_RATE');
    await expect.poll(() => row.getByTestId('indicator-value').textContent()).toBe(percent(onTime.value!));
    expect(await row.getByTestId('indicator-status').textContent()).toContain(STATUS_WORDS[onTime.status]);
    expect(await page.getByTestId('score-total').textContent()).toContain(
      `${count(figures.score766.total)} / ${count(figures.score766.maxTotal)}`,
    );
    await expect
      .poll(() => page.getByTestId('findings').textContent())
      .toContain(`${count(findingsOf2020)} kết quả`);
    const actionRows = page.getByTestId('actions-timeliness').locator('tbody tr.ant-table-row');
    for (const { timeliness: kind, count: n } of timeliness.correctiveActionTimeliness) {
      const label = {
        DONE_ON_TIME: 'Hoàn thành đúng hạn',
        DONE_LATE: 'Hoàn thành trễ hạn',
        IN_PROGRESS: 'Đang thực hiện',
        OVERDUE: 'Quá hạn',
      }[kind]!;
      await expect
        .poll(() => actionRows.filter({ hasText: label }).locator('td').nth(1).textContent())
        .toBe(count(n));
    }
    await page.getByTestId('ranked-value').first().waitFor();
    await screenshot(page, 'reporting-dashboard');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The ranking to XLSX: title, the filters used, the header, one row per district or city of Kiên Giang on
    // 31/12/2020 (its departments are ranked apart, among themselves).
    const territorial = kienGiang.children.filter(
      (child) => !['DEPARTMENT', 'PROVINCIAL_AGENCY'].includes(child.kind),
    );
    expect(territorial.length).toBeLessThan(kienGiang.children.length);
    const indicator = catalog[0]!;
    const xlsx = await downloaded(page, () =>
      page.getByTestId('ranking').getByRole('button', { name: 'Tải XLSX' }).first().click(),
    );
    expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.body).buffer);
    const sheet = workbook.worksheets[0]!;
    const cells = (n: number) =>
      (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v === undefined ? null : v));
    expect(String(cells(1)[0])).toContain('Xếp hạng đơn vị trực thuộc');
    const filters = new Map<string, string>();
    let line = 2;
    for (; cells(line).length > 0; line++) filters.set(String(cells(line)[0]), String(cells(line)[1]));
    expect(Object.fromEntries(filters)).toMatchObject({
      'Đơn vị': kienGiang.fullName,
      'Kỳ báo cáo': '2020',
      'Địa giới tại ngày': '31/12/2020',
      'Đơn vị theo': 'Đơn vị tại thời điểm đó',
      'Chỉ số': indicator.nameVi,
    });
    const header = cells(line + 1);
    expect(header.slice(0, 2)).toEqual(['Hạng', 'Đơn vị']);
    const rows = Array.from({ length: sheet.rowCount - line - 1 }, (_, i) => cells(line + 2 + i));
    expect(rows.map((cells) => cells[1]).sort()).toEqual(territorial.map((child) => child.fullName).sort());
    expect(filters.get('Nhóm đơn vị')).toBe('Đơn vị hành chính');
    const readings = await ask<{ indicatorReadings: { unitId: string; value: number | null }[] }>(
      'query($r: [IndicatorReadingInput!]!) { indicatorReadings(readings: $r) { unitId value } }',
      {
        r: territorial.map((child) => ({
          unitId: child.id,
          indicatorCode: indicator.code,
          from: '2020-01-01',
          to: '2020-12-01',
        })),
      },
    );
    const sign = indicator.direction === 'LOWER_IS_BETTER' ? 1 : -1;
    const best = readings.indicatorReadings
      .filter((reading) => reading.value !== null)
      .sort((a, b) => sign * (a.value! - b.value!))[0]!;
    const bestName = territorial.find((child) => child.id === best.unitId)!.fullName;
    expect(rows[0]!.slice(0, 3)).toEqual([1, bestName, Math.round(best.value! * 1000) / 10]);

    // Drilled down by clicking: Hòn Đất's row, then the top bar of its communes' chart.
    await page.getByTestId(`ranked-${hondat.id}`).getByRole('link', { name: hondat.name }).click();
    await page.getByRole('heading', { level: 1, name: hondat.fullName }).waitFor();
    expect(page.url()).toContain(`/reporting/units/${hondat.id}?period=2020`);
    await page.getByTestId('ranked-value').first().waitFor();
    const communeReadings = await ask<{ indicatorReadings: { unitId: string; value: number | null }[] }>(
      'query($r: [IndicatorReadingInput!]!) { indicatorReadings(readings: $r) { unitId value } }',
      {
        r: hondat.children.map((commune) => ({
          unitId: commune.id,
          indicatorCode: indicator.code,
          from: '2020-01-01',
          to: '2020-12-01',
        })),
      },
    );
    const bestCommune = communeReadings.indicatorReadings
      .filter((reading) => reading.value !== null)
      .sort((a, b) => sign * (a.value! - b.value!))[0]!;
    const commune = hondat.children.find((child) => child.id === bestCommune.unitId)!;
    await clickTopBar(page, 'ranking');
    await page.getByRole('heading', { level: 1, name: commune.fullName }).waitFor();
    const breadcrumb = page.getByRole('navigation', { name: 'Vị trí đơn vị' });
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual([kienGiang.name, hondat.name]);
    // A commune has nothing below it to rank.
    await page.getByText('Đơn vị này không có đơn vị trực thuộc tại ngày đã chọn').waitFor();

    // Back up to the province through the path, then today's units: An Giang, formed from Kiên Giang.
    await breadcrumb.getByRole('link', { name: kienGiang.name }).click();
    await page.getByRole('heading', { level: 1, name: kienGiang.fullName }).waitFor();
    const { unitByCode: anGiang } = await ask<{ unitByCode: Unit }>(
      '{ unitByCode(code: "91") { id name fullName } }',
    );
    const throughLineage = await ask<{ findings: { totalCount: number } }>(
      'query($id: ID!) { findings(filter: { unitIds: [$id], includeDescendants: true, throughLineage: true, year: 2020 }, first: 1) { totalCount } }',
      { id: anGiang.id },
    );
    await page.getByText('Đơn vị hiện nay', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: anGiang.fullName }).waitFor();
    expect(page.url()).toContain('units=today');
    expect(await page.getByTestId('lineage').textContent()).toContain(kienGiang.fullName);
    await expect
      .poll(() => page.getByTestId('findings').textContent())
      .toContain(`${count(throughLineage.findings.totalCount)} kết quả`);

    // The 2020 report of results, made by the gateway: a Word document (a zip holding word/document.xml).
    const report = await downloaded(page, () => page.getByTestId('report-docx').first().click());
    expect(report.download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(report.body);
    expect(zip.file('word/document.xml')).not.toBeNull();
    await screenshot(page, 'reporting-today');
    await context.close();
    expect(suite.pageErrors).toEqual([]);
  });

  it('opens a unit officer’s own unit, without the plans it may not read', async () => {
    const { unit } = await ask<{ unit: Unit }>('query($id: ID!) { unit(id: $id) { id name fullName } }', {
      id: hondat.id,
    });
    const { context, page } = await suite.openAs('hondat', '/reporting');
    await page.getByRole('heading', { level: 1, name: unit.fullName }).waitFor();
    await page.getByTestId('findings').waitFor();
    expect(await page.getByTestId('classification').count()).toBe(0);
    await context.close();
    expect(suite.pageErrors).toEqual([]);
  });
});

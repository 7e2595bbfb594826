import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, formItem, screenshot, seriousAccessibilityViolations } from './browser-kit.js';
import {
  asPercent,
  findingsOfUnit,
  type Indicator,
  indicatorCatalog,
  monthsBefore,
  thanhtraPlan2020,
} from './findings-facts.js';

interface Leaf {
  id: string;
  code: string;
  maxPoints: number;
}

interface Plan {
  id: string;
  catalog: {
    classificationThresholds: { classification: string; minPercent: number; nameVi: string }[];
    areas: { code: string; criteria: (Leaf & { subCriteria: Leaf[] })[] }[];
  };
  targets: { id: string; unit: { id: string; name: string }; visit: { actualDate: string | null } | null }[];
}

interface Alert {
  target: { id: string };
  indicatorCode: string;
  status: string;
  dismissal: { reason: string } | null;
}

const PLAN_FIELDS = `id
  catalog { classificationThresholds { classification minPercent nameVi }
    areas { code criteria { id code maxPoints subCriteria { id code maxPoints } } } }
  targets { id unit { id name } visit { actualDate } }`;

/** Numbers as Vietnamese write them: a decimal comma, two decimals at most. */
const vi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const round2 = (n: number) => Math.round(n * 100) / 100;

const STATUS_WORDS: Record<string, string> = {
  GOOD: 'Đạt mục tiêu',
  WARNING: 'Chưa đạt mục tiêu',
  ALERT: 'Vượt ngưỡng cảnh báo',
  NO_DATA: 'Không có số liệu',
};

describe('figures, suggested findings, scoring and ranking in Chromium, against the running platform', () => {
  const suite = browserSuite('browser_scoring');
  let plan: Plan;
  let indicators: Indicator[];

  const alertsOf = async (includeDismissed: boolean) => {
    const { data, errors } = await suite.platform.query<{
      inspectionPlan: { alertsWithoutFinding: Alert[] };
    }>(
      `query($id: ID!, $all: Boolean!) { inspectionPlan(id: $id) {
         alertsWithoutFinding(includeDismissed: $all) { target { id } indicatorCode status dismissal { reason } } } }`,
      { id: plan.id, all: includeDismissed },
    );
    expect(errors).toBeUndefined();
    return data!.inspectionPlan.alertsWithoutFinding;
  };

  beforeAll(async () => {
    plan = await thanhtraPlan2020<Plan>(suite.platform, PLAN_FIELDS);
    indicators = await indicatorCatalog(suite.platform);
  });

  it('an inspector reads the figures, takes over one suggestion, dismisses another with a reason, scores two areas and sees the ranking', async () => {
    // A visited unit with at least two alerts, found through the API.
    const open = await alertsOf(false);
    const target = plan.targets.find(
      (candidate) =>
        candidate.visit?.actualDate && open.filter((alert) => alert.target.id === candidate.id).length >= 2,
    )!;
    expect(target).toBeDefined();
    const [takenOver, dismissed] = open.filter((alert) => alert.target.id === target.id) as [Alert, Alert];
    const indicatorOf = (code: string) => indicators.find((indicator) => indicator.code === code)!;
    const period = monthsBefore(target.visit!.actualDate!);
    const figures = await suite.platform.query<{
      unit: { indicators: { code: string; value: number | null; status: string }[] };
    }>(
      'query($id: ID!, $period: String!) { unit(id: $id) { indicators(period: $period) { code value status } } }',
      {
        id: target.unit.id,
        period,
      },
    );
    const measured = figures.data!.unit.indicators.find(
      (value) => value.value !== null && indicatorOf(value.code).valueUnit === 'RATIO',
    )!;
    const percent = asPercent(measured.value!);

    const { context, page } = await suite.openAs(
      'thanhtra',
      `/findings/plans/${plan.id}/targets/${target.id}`,
      {
        viewport: { width: 1440, height: 900 },
      },
    );
    await page.getByRole('heading', { name: target.unit.name, level: 1 }).waitFor();

    // The figures beside the form: the value as the API gives it, its status in words.
    const figure = page.getByTestId(`figure-${measured.code}`);
    await figure.waitFor();
    expect(await figure.getByTestId('figure-value').textContent()).toBe(percent);
    expect(await figure.getByTestId('indicator-status').textContent()).toContain(
      STATUS_WORDS[measured.status],
    );
    // Beside, not below: the figures sit to the right of the visit form on a wide screen.
    const figuresBox = (await page.getByTestId('figures-panel').boundingBox())!;
    const visitBox = (await page.getByRole('heading', { name: 'Buổi làm việc' }).boundingBox())!;
    expect(figuresBox.x).toBeGreaterThan(visitBox.x + visitBox.width);
    // On a narrow screen, above it.
    await page.setViewportSize({ width: 800, height: 900 });
    const above = async () =>
      (await page.getByTestId('figures-panel').boundingBox())!.y <
      (await page.getByRole('heading', { name: 'Buổi làm việc' }).boundingBox())!.y;
    await expect.poll(above).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });

    // Taken over: a finding in the indicator's area, resting on its reading; the suggestion leaves.
    const first = page.getByTestId(`suggestion-${takenOver.indicatorCode}`);
    await first.getByRole('button', { name: 'Ghi nhận thành kết quả' }).click();
    await first.waitFor({ state: 'detached' });
    const indicator = indicatorOf(takenOver.indicatorCode);
    await page
      .getByTestId(`area-${indicator.areaCode}`)
      .locator('.ant-list-item', { hasText: indicator.nameVi })
      .waitFor();
    const stored = await findingsOfUnit<{
      kind: string;
      text: string;
      area: { code: string };
      evidenceReading: { indicatorCode: string } | null;
    }>(suite.platform, plan.id, target.unit.id, 'kind text area { code } evidenceReading { indicatorCode }');
    const recorded = stored.filter(
      (finding) => finding.evidenceReading?.indicatorCode === takenOver.indicatorCode,
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ kind: 'LIMITATION', area: { code: indicator.areaCode } });
    expect(recorded[0]!.text.startsWith(indicator.nameVi)).toBe(true);

    // Dismissed: refused without a reason, next to the field; gone with one, and the API keeps why.
    const second = page.getByTestId(`suggestion-${dismissed.indicatorCode}`);
    await second.getByRole('button', { name: 'Bỏ qua', exact: true }).click();
    await second.getByRole('button', { name: 'Xác nhận bỏ qua' }).click();
    await formItem(page, 'Lý do bỏ qua').getByText('Vui lòng nêu lý do bỏ qua gợi ý này').waitFor();
    const reason = 'Đơn vị đã khắc phục từ tháng 9/2020, có văn bản kèm theo.';
    await second.getByLabel('Lý do bỏ qua').fill(reason);
    await second.getByRole('button', { name: 'Xác nhận bỏ qua' }).click();
    await second.waitFor({ state: 'detached' });
    const all = await alertsOf(true);
    expect(
      all.find((alert) => alert.target.id === target.id && alert.indicatorCode === dismissed.indicatorCode)
        ?.dismissal,
    ).toEqual({ reason });
    expect(
      (await alertsOf(false)).some(
        (alert) => alert.indicatorCode === dismissed.indicatorCode && alert.target.id === target.id,
      ),
    ).toBe(false);

    // Scoring two areas: half of each criterion's maximum in the first, none in the second.
    const assessmentOf = async () =>
      (
        await suite.platform.query<{
          inspectionPlan: {
            targets: {
              id: string;
              assessment: {
                total: number;
                maxTotal: number;
                classification: string | null;
                scores: { criterion: { id: string }; points: number; prefilled: boolean }[];
              };
            }[];
          };
        }>(
          `query($id: ID!) { inspectionPlan(id: $id) { targets { id assessment { total maxTotal classification
             scores { criterion { id } points prefilled } } } } }`,
          { id: plan.id },
        )
      ).data!.inspectionPlan.targets.find((candidate) => candidate.id === target.id)!.assessment;
    const before = await assessmentOf();
    const leavesOf = (area: Plan['catalog']['areas'][number]) =>
      area.criteria.flatMap((criterion) =>
        criterion.subCriteria.length ? criterion.subCriteria : [criterion],
      );
    const [halved, zeroed] = plan.catalog.areas.filter((area) => ['TTHC', 'HDH'].includes(area.code));
    const typed = new Map([
      ...leavesOf(halved!).map((leaf) => [leaf.id, Math.floor(leaf.maxPoints * 50) / 100] as const),
      ...leavesOf(zeroed!).map((leaf) => [leaf.id, 0] as const),
    ]);
    const points = new Map(before.scores.map((score) => [score.criterion.id, score.points]));
    for (const [id, value] of typed) points.set(id, value);
    const total = round2([...points.values()].reduce((sum, value) => sum + value, 0));
    const share = Math.round((total / before.maxTotal) * 10_000) / 100;
    const grade = [...plan.catalog.classificationThresholds]
      .sort((a, b) => b.minPercent - a.minPercent)
      .find((threshold) => share >= threshold.minPercent)!;

    const scoring = page.getByTestId('scoring');
    await scoring.getByTestId('scoring-total').waitFor();
    const leaf = (area: Plan['catalog']['areas'][number], id: string) =>
      leavesOf(area).find((candidate) => candidate.id === id)!;
    // Past the maximum: refused next to the criterion before anything is sent.
    const firstLeaf = leavesOf(halved!)[0]!;
    const firstInput = scoring.getByTestId(`score-${firstLeaf.code}`);
    await firstInput.locator('input').fill(vi(firstLeaf.maxPoints + 1));
    await firstInput.getByText(`Điểm từ 0 đến ${vi(firstLeaf.maxPoints)}`, { exact: false }).waitFor();
    for (const [id, value] of typed) {
      const area = leavesOf(halved!).some((candidate) => candidate.id === id) ? halved! : zeroed!;
      await scoring
        .getByTestId(`score-${leaf(area, id).code}`)
        .locator('input')
        .fill(vi(value));
    }
    await expect
      .poll(() => scoring.getByTestId('scoring-total').textContent())
      .toBe(`${vi(total)} / ${vi(before.maxTotal)} điểm`);
    expect(await scoring.getByTestId('scoring-classification').textContent()).toBe(grade.nameVi);
    expect(
      await page.getByTestId(`score-area-${zeroed!.code}`).getByTestId('area-subtotal').textContent(),
    ).toMatch(/^0 \/ /);
    await screenshot(page, 'findings-scoring');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The server refuses points a rewritten request puts out of range: shown next to that criterion.
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as {
        operationName?: string;
        variables?: { input?: { scores: { criterionId: string; points: number }[] } };
      };
      if (body.operationName !== 'ScoringSaveAssessment' || !body.variables?.input) return route.continue();
      body.variables.input.scores[0]!.points = 99;
      return route.continue({ postData: JSON.stringify(body) });
    });
    // The first criterion sent: the first, in the catalogue's order, whose points change.
    const firstSent = plan.catalog.areas
      .flatMap(leavesOf)
      .find(
        (candidate) =>
          typed.has(candidate.id) &&
          typed.get(candidate.id) !==
            before.scores.find((score) => score.criterion.id === candidate.id)?.points,
      )!;
    await scoring.getByRole('button', { name: 'Lưu điểm' }).click();
    await scoring
      .getByTestId(`score-${firstSent.code}`)
      .getByText(`Điểm từ 0 đến ${vi(firstSent.maxPoints)}, tối đa hai chữ số thập phân`)
      .waitFor();
    await page.unroute('**/graphql');
    expect((await assessmentOf()).total).toBe(before.total);

    await scoring.getByRole('button', { name: 'Lưu điểm' }).click();
    await page.getByText('Đã lưu điểm').waitFor();
    const after = await assessmentOf();
    expect(after).toMatchObject({ total, classification: grade.classification });
    for (const [id, value] of typed)
      expect(after.scores.find((score) => score.criterion.id === id)).toMatchObject({
        points: value,
        prefilled: false,
      });

    // The ranking on the plan page: the API's order, each linking to its unit's page.
    const ranking = (
      await suite.platform.query<{ inspectionPlan: { ranking: { rank: number; unit: { name: string } }[] } }>(
        'query($id: ID!) { inspectionPlan(id: $id) { ranking { rank unit { name } } } }',
        { id: plan.id },
      )
    ).data!.inspectionPlan.ranking;
    await page.getByRole('link', { name: '← Về kế hoạch' }).click();
    const rows = page.getByTestId('ranking').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(ranking.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(shown.map((cells) => cells[1])).toEqual(ranking.map((row) => row.unit.name));
    expect(shown.map((cells) => Number.parseInt(cells[0]!, 10))).toEqual(ranking.map((row) => row.rank));
    const tiedRank = ranking.find((row, i) => ranking.some((other, j) => j !== i && other.rank === row.rank));
    if (tiedRank) expect(shown[ranking.indexOf(tiedRank)]![0]).toContain('đồng hạng');
    await screenshot(page, 'findings-ranking');
    await page.getByTestId('ranking').getByRole('link', { name: ranking[0]!.unit.name }).first().click();
    await page.getByRole('heading', { name: ranking[0]!.unit.name, level: 1 }).waitFor();
    await context.close();
    expect(suite.pageErrors).toEqual([]);
  });
});

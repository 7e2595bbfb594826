import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isInForce, withinProvinces } from '@cchc/kit';
import { type UnitDescription, UnitRegistryClient } from '@cchc/unit-registry-client';
import pg from 'pg';
import { sampleMonthOfFigures } from '../../testkit/figures.js';
import { LAUNCHED_SERVICES } from '../../testkit/launcher.js';
import { autocannonLoad, type LoadFigures, load } from './load.js';
import { generateNationalData, type LocalPlatform, newPlace, startLocalPlatform } from './local-platform.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** The statuses whose figures count in indicators (e-government-metrics' COUNTED_STATUSES). */
const COUNTED = ['SUBMITTED', 'APPROVED', 'LOCKED'];
const YEAR_END = '2024-12-31';

/** How much of the national data set a run generates: `npm run bench` all of it, the suite a province's year. */
export interface BenchSize {
  years: number[];
  /** Province codes; every province when absent. */
  provinces?: string[];
  /** Share of the inspections' full size (about 50,000 targets). */
  inspectionScale: number;
  /** Seconds and connections of each load run. */
  seconds: number;
  connections: number;
}

/** One line of the results: ours against its baseline, measured in the same run, and the target. */
export interface Figure {
  name: string;
  ours: string;
  baseline: string;
  ratio: number | null;
  target: string;
  met: boolean | null;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const describe = (figures: LoadFigures) =>
  `p50 ${ms(figures.p50)}, p95 ${ms(figures.p95)}, ${figures.perSecond.toFixed(0)}/s${figures.failures ? `, ${figures.failures} failed` : ''}`;

/**
 * PERF-1's measurements on the platform as `npm start` runs it (each service its own process, the embedded
 * PostgreSQL in `folder`), filled by `npm run data:national` with the national data set (or a tiny part of it):
 * each figure beside its baseline measured in the same run, the ratio, and whether the issue's target is met.
 */
export async function runNationalBench(folder: string, size: BenchSize) {
  const figures: Figure[] = [];
  // Each figure is printed as soon as it is measured: the whole run takes minutes.
  const keep = (figure: Figure) => {
    figures.push(figure);
    process.stderr.write(`${figure.name}: ${figure.ours}\n`);
  };
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const fact = (name: string, ours: string, baseline = '—') =>
    keep({ name, ours, baseline, ratio: null, target: '—', met: null });
  const place = await newPlace(folder);
  const empty = await startLocalPlatform(place);
  fact(
    '7. npm start on an empty folder, to the first answered query (PostgreSQL created, the national units imported, demo data)',
    seconds(empty.startedInMs),
  );
  const generated = await generateNationalData(place, {
    years: size.years,
    provinces: size.provinces,
    scale: size.inspectionScale,
  }).finally(() => empty.stop());
  fact(
    `7. npm run data:national (${generated.rows.toLocaleString('en')} rows)`,
    seconds(generated.milliseconds),
    generated.sizes.join(', '),
  );
  const platform = await startLocalPlatform(place);
  try {
    fact('7. npm start on the national data, to the first answered query', seconds(platform.startedInMs));
    await measure(platform, size, keep);
  } finally {
    await platform.stop();
  }
  return { figures, table: table(figures) };
}

async function measure(platform: LocalPlatform, size: BenchSize, keep: (figure: Figure) => void) {
  const atRest = await platform.memory();
  /** Figures are recorded in the first round of reads only. */
  let round = 1;
  const record = (figure: Figure) => {
    if (round === 1) keep(figure);
  };
  const registry = new UnitRegistryClient(`${platform.unitRegistry.url}/graphql`);
  const everyUnit = withinProvinces(await registry.list({}), size.provinces ?? []);
  const metricsSql = new pg.Pool({ connectionString: platform.databaseUrls.metrics, max: size.connections });
  const inspectionSql = new pg.Pool({
    connectionString: platform.databaseUrls.inspection,
    max: size.connections,
  });
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const answer = await platform.query(query, variables);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 500));
    return answer.data as Record<string, never>;
  };
  const run = (send: (i: number) => Promise<unknown>, connections = size.connections) =>
    load(send, { connections, seconds: size.seconds });
  /** A figure against its baseline; the issue's target is a ratio, a p95, or both. */
  const versus = (
    name: string,
    ours: LoadFigures,
    baseline: LoadFigures,
    target: { ratio?: number; p95?: number },
  ) => {
    const ratio = ours.p50 / baseline.p50;
    record({
      name,
      ours: describe(ours),
      baseline: describe(baseline),
      ratio,
      target: [target.ratio && `≤ ${target.ratio}× the baseline`, target.p95 && `p95 ≤ ${target.p95} ms`]
        .filter(Boolean)
        .join(', '),
      met:
        (target.ratio === undefined || ratio <= target.ratio) &&
        (target.p95 === undefined || ours.p95 <= target.p95) &&
        ours.failures === 0,
    });
  };
  /** The read loads (1 to 5): measured once, then run again to see whether memory grows. */
  const reads = async () => {
    // 1. The national roll-up as of the end of 2024: every province, 12 months, through the gateway.
    // Departments are province-tier units too: a province is one with nothing above it.
    const provinces = inForce(everyUnit, YEAR_END).filter((unit) => unit.parentId === null);
    const scope = provinces.flatMap((province) =>
      [province, ...under(everyUnit, province.id, YEAR_END)].map((unit) => [province.id, unit.id] as const),
    );
    const rollUpPage = `query($codes: [String!]!, $asOf: Date, $after: String) { indicatorFacts(filter: {
          unitCodes: $codes, asOf: $asOf, from: "2024-01-01", to: "2024-12-31", indicatorCodes: ["ON_TIME_RATE"]
        }, first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { unitCode periodStart numerator denominator } } }`;
    type RollUpPage = {
      indicatorFacts: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { unitCode: string; periodStart: string; numerator: number; denominator: number }[];
      };
    };
    /** Every page of the roll-up (500 values a page), as a BI tool reads it. */
    const rollUp = async (codes: string[], asOf: string) => {
      const nodes: RollUpPage['indicatorFacts']['nodes'] = [];
      let after: string | null = null;
      do {
        const page = (await ask(rollUpPage, { codes, asOf, after })) as unknown as RollUpPage;
        nodes.push(...page.indicatorFacts.nodes);
        after = page.indicatorFacts.pageInfo.hasNextPage ? page.indicatorFacts.pageInfo.endCursor : null;
      } while (after);
      return nodes;
    };
    const rollUpSql = `SELECT s.root, f.period, sum(f.resolved_early + f.resolved_on_time) AS numerator,
          sum(f.resolved) AS denominator
        FROM unnest($1::uuid[], $2::uuid[]) AS s(root, unit_id) JOIN monthly_figures f ON f.unit_id = s.unit_id
        WHERE f.period BETWEEN '2024-01-01' AND '2024-12-01' AND f.status = ANY($3) GROUP BY s.root, f.period`;
    const sqlArgs = [scope.map(([root]) => root), scope.map(([, unit]) => unit), COUNTED];
    const codes = provinces.map((province) => province.code);
    const viaGateway = await rollUp(codes, YEAR_END);
    const bySql = await metricsSql.query(rollUpSql, sqlArgs);
    const codeOf = new Map(provinces.map((province) => [province.id, province.code]));
    const key = (code: string, period: string, numerator: number, denominator: number) =>
      `${code}|${period}|${numerator}|${denominator}`;
    const same =
      JSON.stringify(
        viaGateway.map((n) => key(n.unitCode, n.periodStart, n.numerator, n.denominator)).sort(),
      ) ===
      JSON.stringify(
        bySql.rows
          .map((r) => key(codeOf.get(r.root) ?? '', r.period, Number(r.numerator), Number(r.denominator)))
          .sort(),
      );
    record({
      name: `1. the roll-up's numbers equal the SQL's (${provinces.length} province(s) × 12 months)`,
      ours: `${viaGateway.length} values`,
      baseline: `${bySql.rows.length} rows`,
      ratio: null,
      target: 'the same numbers',
      met: same,
    });
    // Cold: e-government-metrics keeps the facts of recent filters until the figures change, so each request first
    // moves the figures' change counter (what any write does), and the roll-up is computed every time.
    const figuresChanged = () => metricsSql.query(`SELECT nextval('figures_changes')`);
    const computedEachTime = async () => {
      await figuresChanged();
      await rollUp(codes, YEAR_END);
    };
    versus(
      `1. national roll-up, ON_TIME_RATE, ${provinces.length} province(s) × 12 months as of ${YEAR_END}, computed each time, 10 callers`,
      await run(computedEachTime, 10),
      await run(() => metricsSql.query(rollUpSql, sqlArgs), 10),
      { ratio: 2, p95: 300 },
    );
    versus(
      '1. the same, one caller (an analyst opening the national dashboard)',
      await run(computedEachTime, 1),
      await run(() => metricsSql.query(rollUpSql, sqlArgs), 1),
      { ratio: 2, p95: 300 },
    );
    const warm = await run(() => rollUp(codes, YEAR_END), 10);
    record({
      name: '1. the same, asked again while the figures are unchanged (kept roll-up)',
      ours: describe(warm),
      baseline: '—',
      ratio: null,
      target: 'p95 ≤ 300 ms',
      met: warm.p95 <= 300 && warm.failures === 0,
    });
    const today = new Date().toISOString().slice(0, 10);
    const todays = inForce(everyUnit, today)
      .filter((unit) => unit.parentId === null)
      .map((p) => p.code);
    const throughLineage = await run(async () => {
      await figuresChanged();
      await rollUp(todays, today);
    }, 10);
    record({
      name: `1. the same 2024 roll-up for today's ${todays.length} province(s) (through the lineage), computed each time`,
      ours: describe(throughLineage),
      baseline: '—',
      ratio: null,
      target: 'p95 ≤ 300 ms',
      met: throughLineage.p95 <= 300 && throughLineage.failures === 0,
    });

    // 2. One province's communes × 12 months × every indicator, as a BI tool pages them (500 a page).
    const province = [...provinces].sort(
      (a, b) => communesOf(everyUnit, b.id).length - communesOf(everyUnit, a.id).length,
    )[0]!;
    const communes = communesOf(everyUnit, province.id);
    const factsPage = `query($code: String!, $after: String) { indicatorFacts(filter: {
          descendantsOfCode: $code, levels: ["COMMUNE"], asOf: "${YEAR_END}", from: "2024-01-01", to: "2024-12-31"
        }, first: 500, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { unitCode period indicatorCode value } } }`;
    // Each read from the start, the figures just changed: the first page computes the facts, the next pages read
    // what it kept.
    const everyPage = async () => {
      await figuresChanged();
      let after: string | null = null;
      do {
        const page = (await ask(factsPage, { code: province.code, after })) as unknown as {
          indicatorFacts: { pageInfo: { hasNextPage: boolean; endCursor: string } };
        };
        after = page.indicatorFacts.pageInfo.hasNextPage ? page.indicatorFacts.pageInfo.endCursor : null;
      } while (after);
    };
    // The baseline pages the same communes' figures as facts straight from SQL: each month's every measure a row
    // (unit, month, measure, value), about 500 rows a statement, from where the last page ended.
    const { rows: measureColumns } = await metricsSql.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'monthly_figures'
         AND data_type = 'integer' AND column_name <> 'version' ORDER BY ordinal_position`,
    );
    const monthsAPage = Math.max(1, Math.floor(500 / measureColumns.length));
    const sqlFactsPage = `SELECT f.unit_id, f.period::text AS period, m.measure, m.value
      FROM (SELECT * FROM monthly_figures WHERE unit_id = ANY($1) AND period BETWEEN '2024-01-01' AND '2024-12-01'
              AND status = ANY($2) AND (unit_id, period) > ($3::uuid, $4::date)
            ORDER BY unit_id, period LIMIT ${monthsAPage}) f
      CROSS JOIN LATERAL (VALUES ${measureColumns.map(({ column_name: c }) => `('${c}', f.${c})`).join(', ')})
        AS m(measure, value)
      ORDER BY f.unit_id, f.period, m.measure`;
    const everySqlPage = async () => {
      let after = ['00000000-0000-0000-0000-000000000000', '1900-01-01'];
      for (;;) {
        const { rows } = await metricsSql.query(sqlFactsPage, [communes.map((u) => u.id), COUNTED, ...after]);
        if (rows.length === 0) return;
        after = [rows.at(-1).unit_id, rows.at(-1).period];
      }
    };
    versus(
      `2. ${province.name}: ${communes.length} communes × 12 months × every indicator, 500 a page, computed each time`,
      await run(everyPage, 4),
      await run(everySqlPage, 4),
      { ratio: 2 },
    );

    // 3. SQL statements per federated request, for 1, 10, 100 and 1,000 units. 500 is the largest page the API
    // gives, and the gateway's cost limit refuses 1,000 units with their readings in one request (23,000 > 20,000):
    // 1,000 units are two requests of 500, the second from where the first ends.
    const communesPage = (first: number, after: string) =>
      `{ units(filter: { levels: [COMMUNE], asOf: "${YEAR_END}" }, first: ${first}${after}) {
        nodes { code indicators(period: "2024", codes: ["ON_TIME_RATE"]) { value } findings(first: 1) { totalCount } } } }`;
    const { units: firstFiveHundred } = (await ask(
      `{ units(filter: { levels: [COMMUNE], asOf: "${YEAR_END}" }, first: 500) { pageInfo { endCursor } } }`,
    )) as unknown as { units: { pageInfo: { endCursor: string } } };
    const sizes = [1, 10, 100, 1000];
    const perService = { registry: [] as number[], metrics: [] as number[], inspection: [] as number[] };
    for (const units of sizes) {
      const requests =
        units <= 500
          ? [communesPage(units, '')]
          : [
              communesPage(500, ''),
              communesPage(units - 500, `, after: ${JSON.stringify(firstFiveHundred.pageInfo.endCursor)}`),
            ];
      const before = await statements(platform);
      for (const request of requests) await ask(request);
      const after = await statements(platform);
      perService.registry.push(after.registry - before.registry);
      perService.metrics.push(after.metrics - before.metrics);
      perService.inspection.push(after.inspection - before.inspection);
    }
    const counts = Object.entries(perService).map(([service, values]) => `${service} ${values.join('/')}`);
    // The subgraphs ask the registry about 50 units a request (their operation limit), one lookup a request: one
    // statement more per further 50 units and asking subgraph (two ask here); never one per unit.
    const pagesOf = (units: number) => Math.ceil(units / 500);
    const withinBound = sizes.every(
      (n, i) =>
        perService.registry[i]! <=
        perService.registry[0]! * pagesOf(n) + 2 * (Math.ceil(n / 50) - pagesOf(n)),
    );
    const perPage = [perService.metrics, perService.inspection].every((values) =>
      values.every((value, i) => value <= values[0]! * pagesOf(sizes[i]!)),
    );
    record({
      name: '3. SQL statements for 1/10/100/1,000 communes with a roll-up and findings (1,000: two requests of 500)',
      ours: counts.join('; '),
      baseline: '—',
      ratio: null,
      target: 'constant per request (registry: + 1 per 50 units per asking subgraph)',
      met: withinBound && perPage,
    });

    // 4. Unit search, accent-insensitive and with typos, 20 callers.
    // Every search a different one (the gateway keeps the registry's answers): unit names as typed, without tone
    // marks, every third with two letters swapped.
    const searches = [...new Set(everyUnit.map((unit) => foldTones(unit.name)))].map((name, i) =>
      i % 3 === 2 && name.length > 4 ? `${name.slice(0, 2)}${name[3]}${name[2]}${name.slice(4)}` : name,
    );
    const registered = (
      (await ask('{ units(first: 1) { totalCount } }')) as unknown as { units: { totalCount: number } }
    ).units.totalCount;
    const search = `query($s: String!, $first: Int) { units(filter: { search: $s }, first: $first) { totalCount nodes { fullName } } }`;
    // Once every search has been sent, the page size changes: no answer is ever asked for twice.
    const nth = (i: number, shift: number) => ({
      s: searches[(i + shift) % searches.length],
      first: 20 + Math.floor((i + shift) / searches.length),
    });
    // From autocannon: at 20 callers, fetch in this process would be the bottleneck, not the platform.
    const searchLoad = (url: string, shift: number) =>
      autocannonLoad({
        url,
        token: platform.adminToken,
        body: (i) => JSON.stringify({ query: search, variables: nth(i, shift) }),
        connections: 20,
        seconds: size.seconds,
      });
    const straight = await searchLoad(
      `${platform.unitRegistry.url}/graphql`,
      Math.floor(searches.length / 2),
    );
    const records = `the registry's ${registered.toLocaleString('en')} unit records, typos included, 20 callers`;
    versus(
      `4. unit search over ${records}, through the gateway`,
      await searchLoad(platform.gatewayUrl, 0),
      straight,
      { p95: 20 },
    );
    record({
      name: `4. the same searches straight to unit-registry`,
      ours: describe(straight),
      baseline: '—',
      ratio: null,
      target: 'p95 ≤ 20 ms',
      met: straight.p95 <= 20 && straight.failures === 0,
    });

    // 5. A province's open corrective actions and its findings by area, five years, paged.
    const inspected = `query($code: String!) {
        findingStats(filter: { unitCodes: [$code], asOf: "${YEAR_END}", includeDescendants: true }, groupBy: [AREA, YEAR]) { areaCode year count }
        findings(filter: { unitCodes: [$code], asOf: "${YEAR_END}", includeDescendants: true, statuses: [OPEN] }, first: 50) { totalCount nodes { text } }
        correctiveActions(filter: { responsibleUnitCodes: [$code], asOf: "${YEAR_END}", includeDescendants: true, statuses: [OPEN] }, first: 50) { totalCount nodes { requiredAction deadline } }
      }`;
    const provinceUnits = [province, ...under(everyUnit, province.id, YEAR_END)].map((unit) => unit.id);
    versus(
      `5. ${province.name}: findings by area and year, open findings and open actions (first page of 50)`,
      await run(() => ask(inspected, { code: province.code }), 10),
      await run(
        () =>
          inspectionSql.query(
            `SELECT (SELECT count(*) FROM findings WHERE unit_id = ANY($1)),
                      (SELECT count(*) FROM findings WHERE unit_id = ANY($1) AND status = 'OPEN'),
                      (SELECT count(*) FROM corrective_actions WHERE responsible_unit_id = ANY($1) AND status = 'OPEN')`,
            [provinceUnits],
          ),
        10,
      ),
      { p95: 100 },
    );

    return { communes };
  };
  try {
    const { communes } = await reads();

    // 6. Writes: units saving and submitting a month of figures, 50 at once, each request a unit-month nobody has
    // written (from 2000 on, before any data); then every acknowledged month is looked for.
    const writers = communes.slice(0, 50);
    const monthOf = (first: number, index: number) => {
      const month = first + Math.floor(index / writers.length);
      return `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    };
    const saveAndSubmit = async (url: string, unitId: string, period: string) => {
      const post = async (query: string, variables: Record<string, unknown>) => {
        const answer = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.adminToken}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await answer.json()) as {
          data?: Record<string, { id: string; version: number }>;
          errors?: unknown;
        };
        if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors).slice(0, 300));
        return Object.values(body.data)[0]!;
      };
      const saved = await post(
        `mutation($u: ID!, $p: Date!, $values: MeasureValuesInput!) {
          saveMonthlyFigures(unitId: $u, period: $p, version: 0, values: $values) { id version } }`,
        { u: unitId, p: period, values: sampleMonthOfFigures() },
      );
      await post(
        'mutation($id: ID!, $v: Int!) { submitMonthlyFigures(id: $id, version: $v) { id version } }',
        {
          id: saved.id,
          v: saved.version,
        },
      );
      return `${unitId}|${period}`;
    };
    const written = async (url: string, firstMonth: number) => {
      const acknowledged: string[] = [];
      const figures = await run(async (i) => {
        acknowledged.push(await saveAndSubmit(url, writers[i % writers.length]!.id, monthOf(firstMonth, i)));
      }, writers.length);
      const { rows } = await metricsSql.query(
        `SELECT unit_id || '|' || period AS key, count(*) AS copies, bool_and(status = 'SUBMITTED') AS submitted
         FROM monthly_figures WHERE unit_id = ANY($1) AND period < '2019-01-01' GROUP BY unit_id, period`,
        [writers.map((unit) => unit.id)],
      );
      const found = new Map(rows.map((row) => [row.key as string, row]));
      const lost = acknowledged.filter((key) => !found.get(key)?.submitted).length;
      const doubled = rows.filter((row) => Number(row.copies) > 1).length;
      return { figures, acknowledged: acknowledged.length, lost, doubled };
    };
    const throughGateway = await written(platform.gatewayUrl, 0);
    const straight = await written(`${platform.metrics.url}/graphql`, 120);
    record({
      name: `6. ${writers.length} units saving and submitting a month of figures at once (two requests each)`,
      ours: `${describe(throughGateway.figures)}; ${throughGateway.acknowledged} months acknowledged, ${throughGateway.lost} lost, ${throughGateway.doubled} doubled`,
      baseline: `straight to e-government-metrics: ${describe(straight.figures)}; ${straight.lost} lost, ${straight.doubled} doubled`,
      ratio: throughGateway.figures.p50 / straight.figures.p50,
      target: 'none lost or doubled',
      met: throughGateway.lost + throughGateway.doubled + straight.lost + straight.doubled === 0,
    });

    // 9. Each application's own JavaScript and the shared libraries, gzipped.
    for (const app of ['planning', 'findings', 'reporting', 'root-config', 'shared', 'shared-deps']) {
      const bytes = await gzippedJavaScript(path.join(repoRoot, 'frontends', app, 'dist'));
      const application = ['planning', 'findings', 'reporting'].includes(app);
      record({
        name: `9. ${app}: its own JavaScript, gzip`,
        ours: `${(bytes / 1024).toFixed(1)} kB`,
        baseline: '—',
        ratio: null,
        target: application ? '≤ 50 kB' : '— (shared)',
        met: application ? bytes <= 50 * 1024 : null,
      });
    }

    // 8. Each process's memory: at rest, after the loads, and after the reads once more (which must not grow it).
    const afterLoads = await platform.memory();
    round = 2;
    await reads();
    const afterRepeat = await platform.memory();
    const mb = (bytes: number | undefined) => `${((bytes ?? 0) / 2 ** 20).toFixed(0)} MB`;
    for (const name of LAUNCHED_SERVICES) {
      const [rest, loaded, repeated] = [atRest.get(name), afterLoads.get(name), afterRepeat.get(name)];
      if (!rest || !loaded || !repeated) continue;
      keep({
        name: `8. ${name}: resident memory at rest, after the loads, after the reads again`,
        ours: `${mb(rest)}, ${mb(loaded)}, ${mb(repeated)}`,
        baseline: `${mb(loaded)} after the loads`,
        ratio: repeated / loaded,
        target: 'the reads again do not grow it (≤ 1.1×)',
        met: repeated <= loaded * 1.1,
      });
    }
  } finally {
    await Promise.all([metricsSql.end(), inspectionSql.end()]);
  }
}

function table(figures: Figure[]): string {
  const verdict = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**missed**');
  return [
    '| figure | ours | baseline (same run) | ratio | target | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${f.ours} | ${f.baseline} | ${f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`} | ${f.target} | ${verdict(f.met)} |`,
    ),
  ].join('\n');
}

async function statements(platform: LocalPlatform) {
  return {
    registry: await platform.sqlStatements(platform.unitRegistry),
    metrics: await platform.sqlStatements(platform.metrics),
    inspection: await platform.sqlStatements(platform.inspection),
  };
}

const inForce = (units: UnitDescription[], day: string) => units.filter((unit) => isInForce(unit, day));

/** Every unit in force on `day` under `rootId`, at any depth. */
export function under(units: UnitDescription[], rootId: string, day: string): UnitDescription[] {
  const children = new Map<string, UnitDescription[]>();
  for (const unit of inForce(units, day)) {
    if (unit.parentId) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  const found: UnitDescription[] = [];
  const visit = (id: string) => {
    for (const child of children.get(id) ?? []) {
      found.push(child);
      visit(child.id);
    }
  };
  visit(rootId);
  return found;
}

const communesOf = (units: UnitDescription[], provinceId: string) =>
  under(units, provinceId, YEAR_END).filter((unit) => unit.level === 'COMMUNE');

async function gzippedJavaScript(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  let total = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    total += gzipSync(await readFile(path.join(entry.parentPath, entry.name))).length;
  }
  return total;
}

/** "Hòn Đất" → "hon dat": as a user types a name without its tone marks. */
const foldTones = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

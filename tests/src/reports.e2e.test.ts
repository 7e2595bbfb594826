import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * The documents of an inspection plan, downloaded from the gateway as a client does and read back: the report
 * of results (.docx), a unit's conclusion notice (.docx) and the findings workbook (.xlsx) of the 2020 demo
 * campaign. Every expected value is read from the API, not from the code that writes the documents.
 */
let platform: TestPlatform;

interface Unit {
  id: string;
  name: string;
  fullName: string;
  kind: string;
  level: string;
}
interface Plan {
  id: string;
  year: number;
  status: string;
  periodFrom: string;
  periodTo: string;
  catalog: {
    areas: { code: string; nameVi: string }[];
    classificationThresholds: { classification: string; nameVi: string }[];
  };
  targets: {
    unit: Unit;
    parentTarget: { id: string } | null;
    notice: { number: string; classification: string | null } | null;
  }[];
}
interface Finding {
  kind: string;
  unit: Unit;
  criterion: { code: string } | null;
  evidence: { value: number; unit: string | null }[];
  evidenceReading: { indicatorCode: string; value: number | null } | null;
}

let plans: Record<number, Plan>;
let findings: Finding[];
let valueUnits: Map<string, string>;

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await platform.query<T>(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

const download = (path: string, token: string | null = platform.adminToken) =>
  fetch(`${platform.gateway.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

/** A refused download: its status and the JSON error's code and request id. */
async function refusal(response: Response) {
  const body = (await response.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
  return {
    status: response.status,
    code: body.errors[0]!.extensions.code,
    requestId: body.errors[0]!.extensions.requestId,
  };
}

/** A paragraph's text, or a table's rows of cell texts, in the order of the document's body. */
type Block = { text: string } | { rows: string[][] };

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((t) => t[1]!)
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** Reads word/document.xml: its top-level paragraphs and tables (the documents nest no table in another). */
async function readDocx(file: Buffer): Promise<Block[]> {
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)].map(([block]) =>
    block.startsWith('<w:tbl>')
      ? {
          rows: [...block.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
            [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) =>
              [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => textOf(p)).join('\n'),
            ),
          ),
        }
      : { text: textOf(block) },
  );
}

const paragraphsOf = (blocks: Block[]) => blocks.flatMap((b) => ('text' in b ? [b.text] : []));
/** Every line of text, a table's cells too (the national heading stands in a table beside the issuer). */
const linesOf = (blocks: Block[]) =>
  blocks.flatMap((b) => ('text' in b ? [b.text] : b.rows.flat().flatMap((cell) => cell.split('\n'))));
const startsAt = (blocks: Block[], start: string, from = 0) =>
  blocks.findIndex((b, i) => i >= from && 'text' in b && b.text.startsWith(start));

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
/** How a document may name a unit: a department by its name, a territorial unit by its People's Committee. */
const namesOf = (unit: Unit) => [unit.name, `UBND ${lowerFirst(unit.fullName)}`];
const viDate = (isoDate: string) => isoDate.split('-').reverse().join('/');

/** A figure as a Vietnamese reader writes it, by the indicator's unit as the API states it. */
function viFigure(value: number, valueUnit: string | undefined): string {
  if (valueUnit === 'RATIO')
    return new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (valueUnit === 'DAYS') return `${new Intl.NumberFormat('vi-VN').format(Math.round(value))} ngày`;
  expect(valueUnit).toBe('PER_UNIT_MONTH');
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value)} trường hợp/đơn vị-tháng`;
}

/**
 * The seed report's limitation groups, by the words of their headings: an evidence indicator's group, and the
 * archive counts (the team's own, without an indicator) under archives.
 */
const GROUP_OF_INDICATOR: Record<string, string> = {
  PUBLICATION_RATE: 'một cửa',
  ONE_STOP_UPDATE_RATE: 'một cửa',
  APOLOGY_RATE: 'một cửa',
  ONLINE_FILING_RATE: 'trực tuyến',
  WEBSITE_DAYS_SINCE_UPDATE: 'Trang Thông tin điện tử',
  JOINT_3IN1_RATE: 'liên thông (3 trong 1)',
  DISCIPLINE_CASES: 'Kỷ luật',
};
const ARCHIVES = 'Lưu trữ';

beforeAll(async () => {
  platform = await startPlatform('e2e_reports');
  const PLAN = `id year status periodFrom periodTo
    catalog { areas { code nameVi } classificationThresholds { classification nameVi } }
    targets { unit { id name fullName kind level } parentTarget { id } notice { number classification } }`;
  const { inspectionPlans } = await ask<{ inspectionPlans: { nodes: Plan[] } }>(
    `{ inspectionPlans { nodes { ${PLAN} } } }`,
  );
  plans = Object.fromEntries(inspectionPlans.nodes.map((p) => [p.year, p]));
  findings = [];
  let after: string | null = null;
  do {
    const page: {
      findings: { nodes: Finding[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await ask(
      `query($planId: ID!, $after: String) { findings(filter: { planId: $planId }, first: 100, after: $after) {
          nodes { kind unit { id name fullName kind level } criterion { code } evidence { value unit }
            evidenceReading { indicatorCode value } }
          pageInfo { hasNextPage endCursor } } }`,
      { planId: plans[2020]!.id, after },
    );
    findings.push(...page.findings.nodes);
    after = page.findings.pageInfo.hasNextPage ? page.findings.pageInfo.endCursor : null;
  } while (after);
  const { indicatorCatalog } = await ask<{ indicatorCatalog: { code: string; valueUnit: string }[] }>(
    '{ indicatorCatalog { code valueUnit } }',
  );
  valueUnits = new Map(indicatorCatalog.map((i) => [i.code, i.valueUnit]));
}, 300_000);

afterAll(async () => {
  await platform?.stop();
});

describe('the report of results of the 2020 campaign', () => {
  let blocks: Block[];
  let paragraphs: string[];

  beforeAll(async () => {
    const started = performance.now();
    const response = await download(`/reports/inspection-plans/${plans[2020]!.id}/report.docx`);
    const file = await bytesOf(response);
    const wall = Math.round(performance.now() - started);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="bao-cao-ket-qua-kiem-tra-2020.docx"; filename*=UTF-8''${encodeURIComponent('Báo cáo kết quả kiểm tra năm 2020.docx').replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    const generated = Number(/dur=(\d+)/.exec(response.headers.get('server-timing') ?? '')?.[1]);
    // Again, on a gateway that has written it once (its query plans cached).
    const again = await download(`/reports/inspection-plans/${plans[2020]!.id}/report.docx`);
    const warm = Number(/dur=(\d+)/.exec(again.headers.get('server-timing') ?? '')?.[1]);
    console.log(
      `2020 report: generated in ${generated} ms on the gateway (${wall} ms end to end), again in ${warm} ms; ${file.length} bytes`,
    );
    expect(generated).toBeLessThan(2000);
    expect(warm).toBeLessThan(2000);
    blocks = await readDocx(file);
    paragraphs = paragraphsOf(blocks);
    console.log(
      '2020 report sections:',
      paragraphs.filter((p) => /^([IVX]+\.|\d\.|[a-zđ]\)) /.test(p)).join(' | '),
    );
  }, 120_000);

  it('has the national heading, the issuing agency, and its sections in order', () => {
    const heading = linesOf(blocks.slice(0, startsAt(blocks, 'BÁO CÁO')));
    for (const line of [
      'UBND TỈNH KIÊN GIANG',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kiên Giang, ngày 01 tháng 12 năm 2020',
    ]) {
      expect(heading).toContain(line);
    }
    expect(linesOf(blocks)).not.toContain('DỰ THẢO');
    const sections = ['BÁO CÁO', 'I. ', 'II. ', '1. Ưu điểm', '2. Tồn tại, hạn chế', '3. ', 'III. KIẾN NGHỊ'];
    let at = -1;
    for (const section of sections) {
      at = startsAt(blocks, section, at + 1);
      expect(at, section).toBeGreaterThanOrEqual(0);
    }
  });

  it('names the dates and the six departments, five districts and their communes it inspected', () => {
    const plan = plans[2020]!;
    const inspected = paragraphsOf(blocks.slice(startsAt(blocks, 'I. '), startsAt(blocks, 'II. '))).join(
      '\n',
    );
    expect(inspected).toContain(`từ ngày ${viDate(plan.periodFrom)} đến ngày ${viDate(plan.periodTo)}`);
    expect(viDate(plan.periodFrom)).toBe('19/10/2020');
    expect(viDate(plan.periodTo)).toBe('02/11/2020');
    const top = plan.targets.filter((t) => !t.parentTarget).map((t) => t.unit);
    const departments = top.filter((u) => u.kind === 'DEPARTMENT');
    const districts = top.filter((u) => u.level === 'DISTRICT');
    expect([departments.length, districts.length]).toEqual([6, 5]);
    for (const unit of departments) expect(inspected).toContain(unit.name);
    for (const unit of districts) expect(inspected).toContain(`UBND ${lowerFirst(unit.fullName)}`);
    for (const { unit } of plan.targets.filter((t) => t.parentTarget)) {
      expect(inspected).toContain(`UBND ${lowerFirst(unit.fullName)}`);
    }
    for (const area of plan.catalog.areas) expect(inspected).toContain(lowerFirst(area.nameVi));
  });

  it('backs each limitation group that has evidence with the figures of the findings’ snapshots', () => {
    const start = startsAt(blocks, '2. Tồn tại, hạn chế');
    const section = blocks.slice(start, startsAt(blocks, '3. ', start));
    const groups: { heading: string; rows: string[][] }[] = [];
    for (const block of section) {
      if ('text' in block && /^[a-zđ]\) /.test(block.text)) groups.push({ heading: block.text, rows: [] });
      else if ('rows' in block) groups.at(-1)?.rows.push(...block.rows);
    }
    const measured = findings.filter(
      (f) => f.kind !== 'STRENGTH' && (f.evidenceReading || f.evidence.length),
    );
    expect(measured.length).toBeGreaterThan(40);
    const checked = new Set<string>();
    for (const finding of measured) {
      const reading = finding.evidenceReading;
      const expected = reading
        ? viFigure(reading.value!, valueUnits.get(reading.indicatorCode))
        : `${new Intl.NumberFormat('vi-VN').format(finding.evidence[0]!.value)} ${finding.evidence[0]!.unit}`;
      const words = reading ? GROUP_OF_INDICATOR[reading.indicatorCode]! : ARCHIVES;
      const group = groups.find((g) => g.heading.includes(words));
      expect(group, `a group about "${words}"`).toBeDefined();
      const row = group!.rows.find(
        (cells) => namesOf(finding.unit).includes(cells[0]!) && cells[2] === expected,
      );
      expect(row, `${expected} at ${finding.unit.fullName} under "${group!.heading}"`).toBeDefined();
      checked.add(group!.heading);
    }
    console.log(`2020 report: ${measured.length} figures found in ${checked.size} limitation groups`);
    expect(checked.size).toBe(new Set([...Object.values(GROUP_OF_INDICATOR), ARCHIVES]).size);
  });

  it('grades every unit and closes with recommendations', () => {
    const grades = blocks.slice(startsAt(blocks, '3. ', startsAt(blocks, 'II. ')), startsAt(blocks, 'III. '));
    const rows = grades.flatMap((b) => ('rows' in b ? b.rows.slice(1) : []));
    expect(rows).toHaveLength(plans[2020]!.targets.length);
    const names = new Set(plans[2020]!.catalog.classificationThresholds.map((t) => t.nameVi));
    expect(rows.every((cells) => names.has(cells[3]!))).toBe(true);
    expect(paragraphs.slice(startsAt(blocks, 'III. ')).some((p) => p.startsWith('- '))).toBe(true);
  });
});

describe('the other documents', () => {
  it('writes Hòn Đất’s conclusion notice as issued', async () => {
    const plan = plans[2020]!;
    const target = plan.targets.find((t) => t.unit.fullName === 'Huyện Hòn Đất')!;
    const response = await download(`/reports/inspection-plans/${plan.id}/notices/${target.unit.id}.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      'filename="thong-bao-ket-luan-2020-huyen-hon-dat.docx"',
    );
    const paragraphs = linesOf(await readDocx(await bytesOf(response)));
    const grade = plan.catalog.classificationThresholds.find(
      (t) => t.classification === target.notice!.classification,
    )!;
    expect(paragraphs).toContain('THÔNG BÁO');
    expect(paragraphs).toContain(`Số: ${target.notice!.number}`);
    expect(paragraphs.some((p) => p.endsWith(`tại UBND ${lowerFirst(target.unit.fullName)}`))).toBe(true);
    expect(paragraphs.find((p) => p.startsWith('Tổng điểm'))).toContain(`xếp loại ${grade.nameVi}`);
  });

  it('gives Hòn Đất’s own officer the same notice, though it may not read the plan', async () => {
    const plan = plans[2020]!;
    const honDat = plan.targets.find((t) => t.unit.fullName === 'Huyện Hòn Đất')!.unit.id;
    const path = `/reports/inspection-plans/${plan.id}/notices/${honDat}.docx`;
    const officer = await platform.login('hondat');
    expect(
      await refusal(await download(`/reports/inspection-plans/${plan.id}/report.docx`, officer)),
    ).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const asOfficer = await download(path, officer);
    expect(asOfficer.status).toBe(200);
    const asAdmin = await download(path);
    expect(linesOf(await readDocx(await bytesOf(asOfficer)))).toEqual(
      linesOf(await readDocx(await bytesOf(asAdmin))),
    );
  });

  it('writes the findings workbook, one sheet per area with its findings', async () => {
    const plan = plans[2020]!;
    const response = await download(`/reports/inspection-plans/${plan.id}/findings.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await bytesOf(response)).buffer);
    const { findingStats } = await ask<{ findingStats: { areaCode: string; count: number }[] }>(
      'query($planId: ID!) { findingStats(filter: { planId: $planId }, groupBy: [AREA]) { areaCode count } }',
      { planId: plan.id },
    );
    expect(workbook.worksheets).toHaveLength(plan.catalog.areas.length);
    for (const area of plan.catalog.areas) {
      const sheet = workbook.worksheets.find((s) => s.getCell('B2').value === area.nameVi)!;
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.getCell('B1').value).toContain(String(plan.year));
      expect(sheet.getRow(5).getCell(2).value).toBe('Đơn vị');
      const count = findingStats.find((s) => s.areaCode === area.code)?.count ?? 0;
      expect(sheet.rowCount - 5, area.code).toBe(count);
    }
  });

  it('calls the report of a plan not yet concluded a draft', async () => {
    const plan = plans[2021]!;
    expect(plan.status).not.toMatch(/CONCLUDED|CLOSED/);
    const response = await download(`/reports/inspection-plans/${plan.id}/report.docx`);
    expect(response.status).toBe(200);
    const paragraphs = paragraphsOf(await readDocx(await bytesOf(response)));
    expect(paragraphs[0]).toBe('DỰ THẢO');
    expect(paragraphs).toContain('BÁO CÁO (DỰ THẢO)');
  });
});

describe('who may download them', () => {
  it('asks for a login: no token and a bad token are 401', async () => {
    const path = `/reports/inspection-plans/${plans[2020]!.id}/report.docx`;
    expect(await refusal(await download(path, null))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(await download(path, 'not-a-token'))).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('answers 404 for an unknown plan or unit, and for a notice not issued', async () => {
    const plan2020 = plans[2020]!;
    const plan2021 = plans[2021]!;
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [
      `/reports/inspection-plans/${unknown}/report.docx`,
      '/reports/inspection-plans/not-a-uuid/report.docx',
      `/reports/inspection-plans/${unknown}/findings.xlsx`,
      `/reports/inspection-plans/${plan2020.id}/notices/${unknown}.docx`,
      `/reports/inspection-plans/${plan2021.id}/notices/${plan2021.targets[0]!.unit.id}.docx`,
    ]) {
      const answer = await refusal(await download(path));
      expect(answer, path).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(answer.requestId).toBeTruthy();
    }
  });

  it('refuses callers outside the plan’s readers with 403, as GraphQL does, and serves an analyst', async () => {
    const plan = plans[2020]!;
    const unitOfficer = await platform.login('sokhdt');
    const partner = await platform.login('doitac');
    const honDat = plan.targets.find((t) => t.unit.fullName === 'Huyện Hòn Đất')!.unit.id;
    for (const [token, path] of [
      [unitOfficer, `/reports/inspection-plans/${plan.id}/report.docx`],
      [unitOfficer, `/reports/inspection-plans/${plan.id}/notices/${honDat}.docx`],
      [partner, `/reports/inspection-plans/${plan.id}/findings.xlsx`],
    ] as const) {
      expect(await refusal(await download(path, token)), path).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
      });
    }
    const analyst = await download(
      `/reports/inspection-plans/${plan.id}/findings.xlsx`,
      await platform.login('phantich'),
    );
    expect(analyst.status).toBe(200);
  });
});

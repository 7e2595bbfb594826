import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, ErrorCode, type Route, sendJson } from '@cchc/kit';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { csvDocument } from './csv.js';
import { type CsvFormat, type ParameterKind, readExportParameters } from './export-parameters.js';
import type { AsCaller, RunGraphql } from './runtime/endpoint.js';

const PAGE = 500;
/** The HTTP status of an export or document that GraphQL refused, by the error's code; any other refusal is a bad request. */
export const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};
/** An export is for a spreadsheet: past this many rows, narrow the filter (or page the GraphQL query). */
const MAX_ROWS = 100_000;

interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A CSV column: its stable name (for BI tools), its Vietnamese header (for people), and its cell. */
interface Column<T> {
  code: string;
  vi: string;
  cell(row: T): unknown;
}

interface Export<T> {
  path: string;
  fileName: string;
  query: string;
  field: string;
  /** The query-string parameters it takes: the GraphQL filter's fields, of the same names. */
  parameters: Record<string, ParameterKind>;
  columns: Column<T>[];
}

interface FindingRow {
  id: string;
  kind: string;
  severity: string;
  status: string;
  text: string;
  general: boolean;
  plan: { year: number; title: string };
  unit: { code: string; name: string; level: string };
  area: { code: string; nameVi: string };
  criterion: { code: string } | null;
  evidence: { label: string; value: number; unit: string | null }[];
  actions: { status: string }[];
}

const FINDINGS: Export<FindingRow> = {
  path: '/export/findings.csv',
  fileName: 'findings.csv',
  field: 'findings',
  query: `query Export($first: Int, $after: String, $planId: ID, $unitIds: [ID!], $unitCodes: [String!], $asOf: Date,
      $includeDescendants: Boolean, $areaCodes: [String!], $kinds: [FindingKind!], $statuses: [FindingStatus!], $year: Int) {
    findings(filter: { planId: $planId, unitIds: $unitIds, unitCodes: $unitCodes, asOf: $asOf,
        includeDescendants: $includeDescendants, areaCodes: $areaCodes, kinds: $kinds, statuses: $statuses, year: $year },
        orderBy: AREA, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id kind severity status text general plan { year title } unit { code name level }
        area { code nameVi } criterion { code } evidence { label value unit } actions { status } } } }`,
  parameters: {
    planId: 'text',
    unitIds: 'list',
    unitCodes: 'list',
    asOf: 'text',
    includeDescendants: 'boolean',
    areaCodes: 'list',
    kinds: 'enumList',
    statuses: 'enumList',
    year: 'integer',
  },
  columns: [
    { code: 'finding_id', vi: 'Mã phát hiện', cell: (f) => f.id },
    { code: 'year', vi: 'Năm', cell: (f) => f.plan.year },
    { code: 'plan', vi: 'Kế hoạch kiểm tra', cell: (f) => f.plan.title },
    { code: 'unit_code', vi: 'Mã đơn vị', cell: (f) => f.unit.code },
    { code: 'unit_name', vi: 'Tên đơn vị', cell: (f) => f.unit.name },
    { code: 'unit_level', vi: 'Cấp đơn vị', cell: (f) => f.unit.level },
    { code: 'area_code', vi: 'Mã lĩnh vực', cell: (f) => f.area.code },
    { code: 'area', vi: 'Lĩnh vực', cell: (f) => f.area.nameVi },
    { code: 'criterion_code', vi: 'Mã tiêu chí', cell: (f) => f.criterion?.code },
    { code: 'kind', vi: 'Loại', cell: (f) => f.kind },
    { code: 'severity', vi: 'Mức độ', cell: (f) => f.severity },
    { code: 'status', vi: 'Trạng thái', cell: (f) => f.status },
    { code: 'general', vi: 'Phát hiện chung', cell: (f) => f.general },
    { code: 'text', vi: 'Nội dung', cell: (f) => f.text },
    {
      code: 'evidence',
      vi: 'Số liệu minh chứng',
      cell: (f) => f.evidence.map((e) => `${e.label}: ${e.value}${e.unit ? ` ${e.unit}` : ''}`).join('; '),
    },
    { code: 'actions', vi: 'Số biện pháp khắc phục', cell: (f) => f.actions.length },
    {
      code: 'actions_open',
      vi: 'Biện pháp chưa được xác nhận',
      cell: (f) => f.actions.filter((a) => a.status !== 'VERIFIED').length,
    },
  ],
};

interface FactRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  unitLevel: string;
  parentId: string | null;
  period: string;
  periodStart: string;
  indicatorCode: string;
  indicatorName: string;
  indicatorNameEn: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: string;
  approximate: boolean;
  coverage: number;
}

const FACTS: Export<FactRow> = {
  path: '/export/indicator-facts.csv',
  fileName: 'indicator-facts.csv',
  field: 'indicatorFacts',
  query: `query Export($first: Int, $after: String, $indicatorCodes: [String!], $unitIds: [ID!], $unitCodes: [String!],
      $descendantsOf: ID, $descendantsOfCode: String, $levels: [String!], $from: Date!, $to: Date!, $grain: Grain, $asOf: Date) {
    indicatorFacts(filter: { indicatorCodes: $indicatorCodes, unitIds: $unitIds, unitCodes: $unitCodes,
        descendantsOf: $descendantsOf, descendantsOfCode: $descendantsOfCode, levels: $levels,
        from: $from, to: $to, grain: $grain, asOf: $asOf }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { unitId unitCode unitName unitLevel parentId period periodStart indicatorCode indicatorName indicatorNameEn
        numerator denominator value status approximate coverage } } }`,
  parameters: {
    indicatorCodes: 'list',
    unitIds: 'list',
    unitCodes: 'list',
    descendantsOf: 'text',
    descendantsOfCode: 'text',
    levels: 'enumList',
    from: 'text',
    to: 'text',
    grain: 'enum',
    asOf: 'text',
  },
  columns: [
    { code: 'unit_id', vi: 'ID đơn vị', cell: (f) => f.unitId },
    { code: 'unit_code', vi: 'Mã đơn vị', cell: (f) => f.unitCode },
    { code: 'unit_name', vi: 'Tên đơn vị', cell: (f) => f.unitName },
    { code: 'unit_level', vi: 'Cấp đơn vị', cell: (f) => f.unitLevel },
    { code: 'parent_id', vi: 'ID đơn vị cấp trên', cell: (f) => f.parentId },
    { code: 'period', vi: 'Kỳ', cell: (f) => f.period },
    { code: 'period_start', vi: 'Ngày đầu kỳ', cell: (f) => f.periodStart },
    { code: 'indicator', vi: 'Mã chỉ số', cell: (f) => f.indicatorCode },
    { code: 'indicator_name', vi: 'Tên chỉ số', cell: (f) => f.indicatorName },
    { code: 'indicator_name_en', vi: 'Tên chỉ số (tiếng Anh)', cell: (f) => f.indicatorNameEn },
    { code: 'numerator', vi: 'Tử số', cell: (f) => f.numerator },
    { code: 'denominator', vi: 'Mẫu số', cell: (f) => f.denominator },
    { code: 'value', vi: 'Giá trị', cell: (f) => f.value },
    { code: 'status', vi: 'Đánh giá', cell: (f) => f.status },
    { code: 'approximate', vi: 'Số liệu ước tính', cell: (f) => f.approximate },
    { code: 'coverage', vi: 'Độ phủ báo cáo', cell: (f) => f.coverage },
  ],
};

/**
 * CSV exports of the flat BI queries, for Excel: GET /export/findings.csv and /export/indicator-facts.csv take
 * the GraphQL filter's fields as query parameters (lists comma-separated) and run the query through the
 * gateway itself, page by page, so every rule that applies to the query applies to the export.
 */
export function exportRoutes(asCaller: AsCaller): Route[] {
  return [FINDINGS, FACTS].map((spec) => ({
    method: 'GET' as const,
    path: spec.path,
    handle: async (request: IncomingMessage, response: ServerResponse) => {
      const requestId = String(response.getHeader('x-request-id') ?? '');
      const refuse = (status: number, error: DomainError) =>
        sendJson(response, status, {
          errors: [{ message: error.message, extensions: { code: error.code, ...error.details, requestId } }],
        });
      try {
        const caller = await asCaller(request, requestId);
        // Exports are for logged-in callers (a BI tool sends an API token): none is a 401, not a bad request.
        if (!caller.identity) {
          refuse(401, new DomainError(ErrorCode.UNAUTHENTICATED, 'Log in (or send an API token) to export'));
          return;
        }
        const url = new URL(request.url ?? '/', 'http://localhost');
        const { variables, format } = readExportParameters(url, spec.parameters);
        await runExport(caller.run, spec as Export<unknown>, requestId, variables, format, response);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refuse(STATUS_OF[error.code] ?? 400, error);
      }
    },
  }));
}

/** The parameter a GraphQL variable error is about (`Variable "$kinds" got invalid value…`): variables share its name. */
function fieldOf(error: GraphQLFormattedError): string | undefined {
  return (error.extensions?.field as string | undefined) ?? /Variable "\$(\w+)"/.exec(error.message)?.[1];
}

async function runExport(
  run: RunGraphql,
  spec: Export<unknown>,
  requestId: string,
  variables: Record<string, unknown>,
  format: CsvFormat,
  response: ServerResponse,
): Promise<void> {
  const rows: unknown[][] = [];
  let after: string | null = null;
  do {
    const single: FormattedExecutionResult = await run(spec.query, { ...variables, first: PAGE, after });
    if (!single.data || single.errors?.length) {
      const error = single.errors?.[0];
      const code = (error?.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
      const field = error && fieldOf(error);
      sendJson(response, STATUS_OF[code] ?? 400, {
        errors: [
          {
            message: error?.message ?? 'Export failed',
            extensions: { ...error?.extensions, code, ...(field ? { field } : {}), requestId },
          },
        ],
      });
      return;
    }
    const page: Connection<unknown> = (single.data as Record<string, Connection<unknown>>)[spec.field]!;
    rows.push(...page.nodes.map((node) => spec.columns.map((column) => column.cell(node))));
    after = page.pageInfo.hasNextPage && rows.length < MAX_ROWS ? page.pageInfo.endCursor : null;
  } while (after);
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${spec.fileName}"`,
  });
  const header = spec.columns.map((column) => (format.headers === 'vi' ? column.vi : column.code));
  response.end(csvDocument(header, rows, format.decimal));
}

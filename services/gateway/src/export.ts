import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, GraphQLResponse } from '@apollo/server';
import { DomainError, type Logger, type RequestContext, type Route, sendJson } from '@cchc/kit';
import type { FormattedExecutionResult } from 'graphql';
import { csvDocument } from './csv.js';

const PAGE = 500;
/** An export is for a spreadsheet: past this many rows, narrow the filter (or page the GraphQL query). */
const MAX_ROWS = 100_000;

interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Reads the query string into GraphQL variables: lists are comma-separated, booleans and numbers typed. */
function variablesFrom(
  url: URL,
  lists: string[],
  numbers: string[],
  booleans: string[],
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (lists.includes(key)) variables[key] = value.split(',').filter(Boolean);
    else if (numbers.includes(key)) variables[key] = Number(value);
    else if (booleans.includes(key)) variables[key] = value === 'true';
    else variables[key] = value;
  }
  return variables;
}

interface Export<T> {
  path: string;
  fileName: string;
  query: string;
  field: string;
  variables(url: URL): Record<string, unknown>;
  header: string[];
  row(node: T): unknown[];
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
  query: `query Export($first: Int, $after: String, $planId: ID, $unitIds: [ID!], $includeDescendants: Boolean,
      $areaCodes: [String!], $kinds: [FindingKind!], $statuses: [FindingStatus!], $year: Int) {
    findings(filter: { planId: $planId, unitIds: $unitIds, includeDescendants: $includeDescendants, areaCodes: $areaCodes,
        kinds: $kinds, statuses: $statuses, year: $year }, orderBy: AREA, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id kind severity status text general plan { year title } unit { code name level }
        area { code nameVi } criterion { code } evidence { label value unit } actions { status } } } }`,
  variables: (url) =>
    variablesFrom(url, ['unitIds', 'areaCodes', 'kinds', 'statuses'], ['year'], ['includeDescendants']),
  header: [
    'finding_id',
    'year',
    'plan',
    'unit_code',
    'unit_name',
    'unit_level',
    'area_code',
    'area',
    'criterion_code',
    'kind',
    'severity',
    'status',
    'general',
    'text',
    'evidence',
    'actions',
    'actions_open',
  ],
  row: (f) => [
    f.id,
    f.plan.year,
    f.plan.title,
    f.unit.code,
    f.unit.name,
    f.unit.level,
    f.area.code,
    f.area.nameVi,
    f.criterion?.code,
    f.kind,
    f.severity,
    f.status,
    f.general,
    f.text,
    f.evidence.map((e) => `${e.label}: ${e.value}${e.unit ? ` ${e.unit}` : ''}`).join('; '),
    f.actions.length,
    f.actions.filter((a) => a.status !== 'VERIFIED').length,
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
  numerator: number;
  denominator: number;
  value: number | null;
  status: string;
  approximate: boolean;
}

const FACTS: Export<FactRow> = {
  path: '/export/indicator-facts.csv',
  fileName: 'indicator-facts.csv',
  field: 'indicatorFacts',
  query: `query Export($first: Int, $after: String, $indicatorCodes: [String!], $unitIds: [ID!], $descendantsOf: ID,
      $levels: [String!], $from: Date!, $to: Date!, $grain: Grain, $asOf: Date) {
    indicatorFacts(filter: { indicatorCodes: $indicatorCodes, unitIds: $unitIds, descendantsOf: $descendantsOf, levels: $levels,
        from: $from, to: $to, grain: $grain, asOf: $asOf }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { unitId unitCode unitName unitLevel parentId period periodStart indicatorCode numerator denominator value status approximate } } }`,
  variables: (url) => variablesFrom(url, ['indicatorCodes', 'unitIds', 'levels'], [], []),
  header: [
    'unit_id',
    'unit_code',
    'unit_name',
    'unit_level',
    'parent_id',
    'period',
    'period_start',
    'indicator',
    'numerator',
    'denominator',
    'value',
    'status',
    'approximate',
  ],
  row: (f) => [
    f.unitId,
    f.unitCode,
    f.unitName,
    f.unitLevel,
    f.parentId,
    f.period,
    f.periodStart,
    f.indicatorCode,
    f.numerator,
    f.denominator,
    f.value,
    f.status,
    f.approximate,
  ],
};

/**
 * CSV exports of the flat BI queries, for Excel: GET /export/findings.csv and /export/indicator-facts.csv take
 * the GraphQL filter's fields as query parameters (lists comma-separated) and run the query through the
 * gateway itself, page by page, so every rule that applies to the query applies to the export.
 */
export function exportRoutes(
  apollo: ApolloServer<RequestContext>,
  logger: Logger,
  /** The request's context with its caller resolved (as for a GraphQL request); UNAUTHENTICATED for a bad token. */
  withCaller: (base: RequestContext, headers: IncomingMessage['headers']) => Promise<RequestContext>,
): Route[] {
  return [FINDINGS, FACTS].map((spec) => ({
    method: 'GET' as const,
    path: spec.path,
    handle: async (request: IncomingMessage, response: ServerResponse) => {
      const requestId = String(response.getHeader('x-request-id') ?? '');
      const base = { requestId, logger: logger.child({ requestId }), headers: request.headers };
      let context: RequestContext;
      try {
        context = await withCaller(base, request.headers);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        sendJson(response, 401, {
          errors: [{ message: error.message, extensions: { code: error.code, requestId } }],
        });
        return;
      }
      await runExport(apollo, spec as Export<unknown>, context, request, response);
    },
  }));
}

async function runExport(
  apollo: ApolloServer<RequestContext>,
  spec: Export<unknown>,
  context: RequestContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const { requestId } = context;
  const rows: unknown[][] = [];
  let after: string | null = null;
  do {
    const result: GraphQLResponse = await apollo.executeOperation(
      { query: spec.query, variables: { ...spec.variables(url), first: PAGE, after } },
      { contextValue: context },
    );
    const single: FormattedExecutionResult | undefined =
      result.body.kind === 'single' ? result.body.singleResult : undefined;
    if (!single || single.errors?.length) {
      const error = single?.errors?.[0];
      sendJson(response, 400, {
        errors: [
          { message: error?.message ?? 'Export failed', extensions: { ...error?.extensions, requestId } },
        ],
      });
      return;
    }
    const page: Connection<unknown> = (single.data as Record<string, Connection<unknown>>)[spec.field]!;
    rows.push(...page.nodes.map(spec.row));
    after = page.pageInfo.hasNextPage && rows.length < MAX_ROWS ? page.pageInfo.endCursor : null;
  } while (after);
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${spec.fileName}"`,
  });
  response.end(csvDocument(spec.header, rows));
}

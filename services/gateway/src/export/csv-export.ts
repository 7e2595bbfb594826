import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorCode, sendJson } from '@cchc/kit';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { csvStream } from '../csv.js';
import type { CsvFormat, ParameterKind } from '../export-parameters.js';
import type { TypedDocumentString } from '../generated/graphql.js';
import type { RunGraphql } from '../runtime/endpoint.js';

/** Rows asked of GraphQL at a time: the most the export holds in memory. */
const PAGE = 500;
/** An export is for a spreadsheet: past this many rows, narrow the filter (or page the GraphQL query). */
export const MAX_ROWS = 100_000;

/** The part of a connection an export reads. */
export interface Page<Row> {
  nodes: Row[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A CSV column: its stable name (for BI tools), its Vietnamese header (for people), and its cell. */
export interface Column<Row> {
  code: string;
  vi: string;
  cell(row: Row): unknown;
}

/** One export: a paged query typed by graphql-codegen, where its connection is in the answer, and its columns. */
export interface CsvExport<Result, Row> {
  path: string;
  fileName: string;
  query: TypedDocumentString<Result, never>;
  pageOf(data: Result): Page<Row>;
  /** The query-string parameters it takes: the GraphQL filter's fields, of the same names. */
  parameters: Record<string, ParameterKind>;
  columns: Column<Row>[];
}

/** The parameter a GraphQL variable error is about (`Variable "$kinds" got invalid value…`): variables share its name. */
function fieldOf(error: GraphQLFormattedError): string | undefined {
  return (error.extensions?.field as string | undefined) ?? /Variable "\$(\w+)"/.exec(error.message)?.[1];
}

/** A page GraphQL refused (or answered without data), with its first error. */
class PageRefused extends Error {
  readonly code: string;
  constructor(readonly error: GraphQLFormattedError | undefined) {
    super(error?.message ?? 'Export failed');
    this.code = (error?.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
  }

  /** As the JSON an export answers with when its first page is refused. */
  answer(requestId: string) {
    const field = this.error && fieldOf(this.error);
    return {
      errors: [
        {
          message: this.message,
          extensions: { ...this.error?.extensions, code: this.code, ...(field ? { field } : {}), requestId },
        },
      ],
    };
  }
}

/** The rows as CSV records, the header first, asking each next page only when the response wants more. */
async function* records<Result, Row>(
  spec: CsvExport<Result, Row>,
  format: CsvFormat,
  first: Page<Row>,
  pageAfter: (cursor: string) => Promise<Page<Row>>,
): AsyncGenerator<unknown[]> {
  yield spec.columns.map((column) => (format.headers === 'vi' ? column.vi : column.code));
  let page = first;
  let written = 0;
  for (;;) {
    for (const node of page.nodes) yield spec.columns.map((column) => column.cell(node));
    written += page.nodes.length;
    const cursor = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage || !cursor || written >= MAX_ROWS) return;
    page = await pageAfter(cursor);
  }
}

/**
 * Writes an export as its pages arrive. The first page is asked before the 200 goes out, so that a refused
 * query still answers its JSON error (status from `statusOf`). `pipeline` writes each record only when the
 * response has room (it waits for 'drain'), so a slow client holds back the next page rather than filling memory.
 */
export async function writeCsvExport<Result, Row>(options: {
  spec: CsvExport<Result, Row>;
  run: RunGraphql;
  variables: Record<string, unknown>;
  format: CsvFormat;
  requestId: string;
  statusOf: (code: string) => number;
  response: ServerResponse;
}): Promise<void> {
  const { spec, run, variables, format, requestId, response } = options;
  const pageAfter = async (after: string | null) => {
    const answer: FormattedExecutionResult = await run(String(spec.query), {
      ...variables,
      first: PAGE,
      after,
    });
    if (!answer.data || answer.errors?.length) throw new PageRefused(answer.errors?.[0]);
    return spec.pageOf(answer.data as Result);
  };
  let first: Page<Row>;
  try {
    first = await pageAfter(null);
  } catch (error) {
    if (!(error instanceof PageRefused)) throw error;
    sendJson(response, options.statusOf(error.code), error.answer(requestId));
    return;
  }
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${spec.fileName}"`,
  });
  try {
    await pipeline(
      Readable.from(records(spec, format, first, pageAfter)),
      csvStream(format.decimal),
      response,
    );
  } catch (error) {
    // A client that left mid-download closed the response itself: there is nobody left to tell.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    // The header and some rows are out: ending the response normally would hand the client a short file that
    // looks whole. `pipeline` has destroyed it (the client sees a broken download); the error goes on to be logged.
    throw new Error(`${spec.path} failed after its first page`, { cause: error });
  }
}

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FormattedExecutionResult } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { STATUS_OF } from '../export.js';
import type { RunGraphql } from '../runtime/endpoint.js';
import { type CsvExport, MAX_ROWS, type Page, writeCsvExport } from './csv-export.js';

interface Row {
  n: number;
  name: string;
}
type Result = { rows: Page<Row> };

const SPEC: CsvExport<Result, Row> = {
  path: '/export/rows.csv',
  fileName: 'rows.csv',
  query: 'query Rows { rows }' as never,
  pageOf: (data) => data.rows,
  parameters: {},
  columns: [
    { code: 'n', vi: 'Số', cell: (row) => row.n },
    { code: 'name', vi: 'Tên', cell: (row) => row.name },
  ],
};

/**
 * GraphQL answering `pages` pages of the size it is asked (the page after cursor "3" is page 3), each row's name
 * `padding` characters longer; it records the pages it was asked.
 */
function pagedGraphql(
  pages: number,
  answerOf: (page: number) => FormattedExecutionResult | undefined = () => undefined,
  padding = 0,
) {
  const asked: number[] = [];
  const run: RunGraphql = async (_query, variables) => {
    const page = Number(variables.after ?? 0);
    asked.push(page);
    const size = variables.first as number;
    const nodes = Array.from({ length: size }, (_, i) => ({
      n: page * size + i,
      name: `đơn vị ${page * size + i}${'x'.repeat(padding)}`,
    }));
    return (
      answerOf(page) ?? {
        data: { rows: { nodes, pageInfo: { hasNextPage: page + 1 < pages, endCursor: String(page + 1) } } },
      }
    );
  };
  return { run, asked };
}

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

/** Serves the export over real HTTP (its backpressure is the socket's); what the handler threw is kept. */
async function serve(run: RunGraphql) {
  const thrown: unknown[] = [];
  server = createServer((_request, response) => {
    writeCsvExport({
      spec: SPEC,
      run,
      variables: {},
      format: { decimal: 'point', headers: 'code' },
      requestId: 'r-1',
      statusOf: (code) => STATUS_OF[code] ?? 400,
      response,
    }).catch((error: unknown) => thrown.push(error));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, thrown };
}

describe('a CSV export, written as its pages arrive', () => {
  it('answers a refused first page with its GraphQL error as JSON, and the status of its code', async () => {
    const forbidden = pagedGraphql(3, () => ({
      errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
    }));
    const refused = await fetch((await serve(forbidden.run)).url);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      errors: [{ message: 'No', extensions: { code: 'FORBIDDEN', requestId: 'r-1' } }],
    });
    server?.close();
    const badVariable = pagedGraphql(3, () => ({
      errors: [
        { message: 'Variable "$kinds" got invalid value "X"', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    }));
    const bad = await fetch((await serve(badVariable.run)).url);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: object }[] }).errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'kinds',
      requestId: 'r-1',
    });
  });

  it('writes every row of every page, the header first, and stops at the row cap', async () => {
    const { run, asked } = pagedGraphql(3);
    const response = await fetch((await serve(run)).url);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = Buffer.from(await response.arrayBuffer())
      .toString('utf8')
      .split('\r\n');
    expect(lines[0]).toBe('\uFEFFn,name');
    expect(lines.slice(1, 3)).toEqual(['0,đơn vị 0', '1,đơn vị 1']);
    expect(lines).toHaveLength(1 + 3 * 500 + 1);
    expect(asked).toEqual([0, 1, 2]);

    const endless = pagedGraphql(Number.POSITIVE_INFINITY);
    const capped = await (await fetch((await serve(endless.run)).url)).text();
    expect(capped.split('\r\n')).toHaveLength(1 + MAX_ROWS + 1);
    expect(endless.asked).toHaveLength(MAX_ROWS / 500);
  });

  it('asks the next page only when the client has read what came before (a slow client holds memory flat)', async () => {
    // 1 kB rows: 200 pages are 100 MB, far more than the sockets' buffers hold.
    const { run, asked } = pagedGraphql(200, undefined, 1000);
    const response = await fetch((await serve(run)).url);
    const reader = response.body!.getReader();
    await reader.read();
    // The client stops reading: the socket and the streams fill up, and the export waits for 'drain'.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const whileStalled = asked.length;
    // What the sockets and the streams buffer is a few pages, not the 200 a buffered export would have read.
    expect(whileStalled).toBeLessThan(20);
    let bytes = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      bytes += chunk.value.length;
    expect(asked).toHaveLength(200);
    expect(bytes).toBeGreaterThan(200 * 500 * 1000);
  });

  it('breaks the download when a later page fails, rather than end a file that looks whole', async () => {
    const failing = pagedGraphql(5, (page) =>
      page === 3
        ? { errors: [{ message: 'Subgraph down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }
        : undefined,
    );
    const { url, thrown } = await serve(failing.run);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    await expect.poll(() => thrown.length).toBe(1);
    expect(String((thrown[0] as Error).cause)).toContain('Subgraph down');
  });
});

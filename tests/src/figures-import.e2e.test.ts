import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;
let header = '';
/** The template's example row without its unit code: a row of figures that passes every check. */
let figures = '';

beforeAll(async () => {
  platform = await startPlatform('e2e_figures_import');
  const { data } = await platform.query<{ figuresTemplate: { csv: string } }>('{ figuresTemplate { csv } }');
  const [head, example] = data!.figuresTemplate.csv.trim().split('\n');
  header = head!;
  figures = example!.replace(/^[^,;]+/, '');
});
afterAll(() => platform?.stop());

const PATH = '/imports/monthly-figures';
const csvOf = (codes: string[]) => Buffer.from([header, ...codes.map((code) => code + figures)].join('\n'));

interface Answer {
  status: number;
  body: {
    applied?: boolean;
    rows?: number;
    inserted?: number;
    unchanged?: number;
    errors?: { row?: number; message: string; extensions?: { code?: string } }[];
  };
}

/** An upload to the import route of `baseUrl` (the metrics subgraph or the gateway). */
async function upload(
  baseUrl: string,
  content: Buffer,
  { token = platform.adminToken as string | null, period = '2018-04-01', fileName = 'thang-4.csv' } = {},
): Promise<Answer> {
  const response = await fetch(`${baseUrl}${PATH}?${new URLSearchParams({ period, fileName })}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: new Uint8Array(content),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

describe('uploading a month of figures to the metrics subgraph', () => {
  it('applies a file as the mutation does, answering its report', async () => {
    const answer = await upload(platform.metrics.url, csvOf(['30823', '30817']));
    expect(answer).toEqual({
      status: 200,
      body: { applied: true, rows: 2, inserted: 2, updated: 0, unchanged: 0, errors: [] },
    });
  });

  it('asks for the same caller as the mutation: no token 401, a non-admin 403, a bad period 400', async () => {
    expect(codeOf(await upload(platform.metrics.url, csvOf(['30823']), { token: null }))).toBe(
      'UNAUTHENTICATED',
    );
    const inspector = await platform.login('thanhtra');
    const forbidden = await upload(platform.metrics.url, csvOf(['30823']), { token: inspector });
    expect([forbidden.status, codeOf(forbidden)]).toEqual([403, 'FORBIDDEN']);
    const badPeriod = await upload(platform.metrics.url, csvOf(['30823']), { period: '2018-13-01' });
    expect([badPeriod.status, codeOf(badPeriod)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('takes a file larger than the 1 MB GraphQL body: 16,000 rows, every code resolved in batches', async () => {
    const codes = Array.from({ length: 16_000 }, (_, i) => `X${String(i).padStart(5, '0')}`);
    const content = csvOf(codes);
    expect(content.length).toBeGreaterThan(1_000_000);
    const answer = await upload(platform.metrics.url, content);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ applied: false, rows: 16_000 });
    expect(answer.body.errors).toHaveLength(16_000);
    expect(answer.body.errors![0]).toMatchObject({ row: 2, message: 'No unit X00000 on 2018-04-01' });
  });

  it('refuses with 409 CONFLICT a second import of a unit while one is being written, then takes it', async () => {
    // Figures of 30823 for April exist (first test): an import reads them for update, so holding that row from
    // another connection keeps the first import inside its transaction.
    const holder = platform.metrics.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query("SELECT 1 FROM monthly_figures WHERE period = '2018-04-01' FOR UPDATE");
    const first = upload(platform.metrics.url, csvOf(['30823']), { fileName: 'a.csv' });
    await until(async () => {
      const [row] = await platform.metrics.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_locks JOIN pg_database d ON d.oid = pg_locks.database
          WHERE locktype = 'advisory' AND granted AND d.datname = current_database()`,
      );
      return row.n > 0;
    });
    const second = await upload(platform.metrics.url, csvOf(['30823']), { fileName: 'b.csv' });
    expect([second.status, codeOf(second)]).toEqual([409, 'CONFLICT']);
    expect(second.body.errors![0]!.message).toContain('Another import of figures for 30823 is running');
    await holder.commitTransaction();
    await holder.release();
    expect(await first).toMatchObject({ status: 200, body: { applied: true, unchanged: 1 } });
    expect(await upload(platform.metrics.url, csvOf(['30823']), { fileName: 'b.csv' })).toMatchObject({
      status: 200,
      body: { applied: true, unchanged: 1 },
    });
  });
});

describe('uploading through the gateway', () => {
  it('passes the upload and the caller on to the metrics subgraph', async () => {
    const answer = await upload(platform.gateway.url, csvOf(['30817']), { period: '2018-05-01' });
    expect(answer).toEqual({
      status: 200,
      body: { applied: true, rows: 1, inserted: 1, updated: 0, unchanged: 0, errors: [] },
    });
    expect(codeOf(await upload(platform.gateway.url, csvOf(['30817']), { token: null }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Gateway, readConfig, startGateway } from './app.js';
import { finiteNumbers } from './protection.js';

/** A gateway whose subgraphs are all down: every request below is refused before anything is fetched. */
let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway(
    readConfig({
      AUTH_JWKS: '{"keys":[]}',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      UNIT_REGISTRY_URL: 'http://127.0.0.1:9/graphql',
      INSPECTION_URL: 'http://127.0.0.1:9/graphql',
      METRICS_URL: 'http://127.0.0.1:9/graphql',
      PARTNER_STAFFING_URL: 'http://127.0.0.1:9/graphql',
    }),
  );
});
afterAll(() => gateway?.stop());

interface Refusal {
  status: number;
  requestId: string | null;
  error: { message: string; extensions: Record<string, unknown> };
}

async function refusal(path: string, init: RequestInit = {}): Promise<Refusal> {
  const response = await fetch(`${gateway.url}/graphql${path}`, init);
  const { errors } = (await response.json()) as { errors: Refusal['error'][] };
  return { status: response.status, requestId: response.headers.get('x-request-id'), error: errors[0]! };
}

const postJson = (body: string, accept = 'application/json') =>
  refusal('', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });

describe('a request the gateway refuses', () => {
  it('is 400 with its code and the request id even when the client accepts application/json', async () => {
    const answer = await postJson('{"query":"{ units( "}');
    expect(answer.status).toBe(400);
    expect(answer.error.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED', requestId: answer.requestId });
  });

  it('is 400 BAD_REQUEST, without the parser’s own error, for a body that is not JSON', async () => {
    const answer = await postJson('{"query":');
    expect(answer.status).toBe(400);
    expect(answer.error.extensions).toEqual({ code: 'BAD_REQUEST', requestId: answer.requestId });
  });

  it('is 400 BAD_REQUEST, not a masked 500, for GET parameters that are not JSON', async () => {
    const answer = await refusal('?query=%7B__typename%7D&variables=%7Bx');
    expect(answer.status).toBe(400);
    expect(answer.error.extensions.code).toBe('BAD_REQUEST');
    expect(answer.error.message).toMatch(/variables and extensions must be JSON objects/);
  });

  it('is 415 BAD_REQUEST, with a body that says what to send, for a media type the gateway does not read', async () => {
    const answer = await refusal('', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ a }',
    });
    expect(answer.status).toBe(415);
    expect(answer.error.extensions).toEqual({ code: 'BAD_REQUEST', requestId: answer.requestId });
    expect(answer.error.message).toMatch(/application\/json/);
  });

  it('names the operationName that names no operation of the document', async () => {
    const answer = await postJson('{"query":"query A { __typename }","operationName":"B"}');
    expect(answer.status).toBe(400);
    expect(answer.error.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(answer.error.message).toBe('operationName "B" names no operation of the document');
  });

  it('is 400 GRAPHQL_VALIDATION_FAILED for a number the query planner cannot read (1e999)', async () => {
    const score = '{ targetId: \\"t\\", version: 0, scores: [{ criterionId: \\"c\\", points: 1e999 }] }';
    const answer = await postJson(`{"query":"mutation { saveAssessment(input: ${score}) { version } }"}`);
    expect(answer.status).toBe(400);
    expect(answer.error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.error.message).toMatch(/1e999 is out of range/);
  });
});

describe('finiteNumbers', () => {
  const schema = buildSchema('type Query { score(points: Float, count: Int, id: ID): Int }');
  const errorsOf = (query: string) => validate(schema, parse(query), [finiteNumbers]).map((e) => e.message);

  it('refuses number literals beyond a double, as Float, Int or in a default value', () => {
    expect(errorsOf('{ score(points: 1e999) }')).toEqual([
      'The number 1e999 is out of range: at most about 1.8e308 in absolute value',
    ]);
    expect(errorsOf('{ score(points: -1.5e400) }')).toHaveLength(1);
    expect(errorsOf(`{ score(points: ${'9'.repeat(400)}) }`)).toEqual([
      `The number ${'9'.repeat(20)}… is out of range: at most about 1.8e308 in absolute value`,
    ]);
    expect(errorsOf('query($p: Float = 1e999) { score(points: $p) }')).toHaveLength(1);
  });

  it('lets every finite number through, however large', () => {
    expect(errorsOf('{ score(points: 1.7e308, count: 2147483647) }')).toEqual([]);
    expect(errorsOf('{ score(points: -0.0, id: 99999999999999999999) }')).toEqual([]);
  });
});

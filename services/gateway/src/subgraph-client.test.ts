import { describe, expect, it } from 'vitest';
import { SubgraphClient } from './subgraph-client.js';

const client = new SubgraphClient('unit-registry', 'http://127.0.0.1:1/graphql', 1000);
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('SubgraphClient', () => {
  it("passes on a subgraph's own message and code when it rejects a request with HTTP 400", async () => {
    const error = await client.errorFromResponse(
      json(400, { errors: [{ message: 'Date must be YYYY-MM-DD', extensions: { code: 'BAD_USER_INPUT' } }] }),
    );
    expect(error.message).toBe('Date must be YYYY-MM-DD');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the HTTP status as the message when the body carries no GraphQL error', async () => {
    const error = await client.errorFromResponse(json(502, { oops: true }));
    expect(error.message).toMatch(/^502/);
    expect(error.extensions.code).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { createApolloClient } from './apollo.js';
import manifest from './generated/persisted-documents.json' with { type: 'json' };
import { SessionStore } from './session.js';
import { UnitScopeQuery } from './unit-operations.js';

describe('the Apollo client', () => {
  it('sends a registered operation by its hash alone, as the cchc-web client, with the user token', async () => {
    const sent: { body: Record<string, unknown>; headers: Headers }[] = [];
    const fetchStub: typeof fetch = async (_url, init) => {
      sent.push({ body: JSON.parse(String(init?.body)), headers: new Headers(init?.headers) });
      const data = {
        __typename: 'Query',
        unit: { __typename: 'Unit', id: 'u1', name: 'Hòn Đất', fullName: 'Huyện Hòn Đất' },
      };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    };
    sessionStorage.clear();
    const client = createApolloClient({
      uri: 'http://shell/graphql',
      fetch: fetchStub,
      session: new SessionStore(sessionStorage),
    });
    const { data } = await client.query({ query: UnitScopeQuery, variables: { id: 'u1' } });
    expect(data?.unit?.fullName).toBe('Huyện Hòn Đất');
    const [request] = sent;
    const hash = (request!.body.extensions as { persistedQuery: { sha256Hash: string } }).persistedQuery
      .sha256Hash;
    expect(request!.body.query).toBeUndefined();
    expect(Object.keys(manifest)).toContain(hash);
    expect((manifest as Record<string, string>)[hash]).toContain('query UnitScope');
    expect(request!.headers.get('apollographql-client-name')).toBe('cchc-web');
  });
});

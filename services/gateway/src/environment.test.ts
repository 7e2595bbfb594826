import { ConfigurationError, jwksOf, newSigningKey } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { readConfig } from './environment.js';

describe('gateway configuration', () => {
  it('defaults to the fixed local addresses, and enables the login only with a signing key', async () => {
    const key = await newSigningKey();
    const config = readConfig({ AUTH_JWKS: JSON.stringify(jwksOf(key)) });
    expect(config.login).toBeUndefined();
    expect(
      readConfig({
        AUTH_JWKS: '{"keys":[]}',
        AUTH_PRIVATE_JWK: JSON.stringify(key),
        DATABASE_URL: 'postgres://db.internal:5432/postgres',
      }).login,
    ).toMatchObject({ ttlSeconds: 8 * 3600, databaseUrl: 'postgres://db.internal:5432/cchc_gateway' });
    expect(() => readConfig({ AUTH_JWKS: '{"keys":[]}', AUTH_PRIVATE_JWK: JSON.stringify(key) })).toThrow(
      /DATABASE_URL/,
    );
    expect(config.http.port).toBe(4000);
    expect(config.subgraphUrls).toEqual({
      'unit-registry': 'http://localhost:4001/graphql',
      inspection: 'http://localhost:4002/graphql',
      'e-government-metrics': 'http://localhost:4003/graphql',
    });
  });

  it("routes the partner agency's subgraph only when its URL is given", () => {
    const config = readConfig({
      AUTH_JWKS: '{"keys":[]}',
      SUPERGRAPH_PATH: '/srv/schema/supergraph.with-partners.graphql',
      PARTNER_STAFFING_URL: 'http://staffing.snv.internal/graphql',
    });
    expect(config.supergraphPath).toBe('/srv/schema/supergraph.with-partners.graphql');
    expect(config.subgraphUrls['partner-staffing']).toBe('http://staffing.snv.internal/graphql');
  });

  it('rejects a malformed subgraph URL and timeout together', () => {
    expect(() => readConfig({ UNIT_REGISTRY_URL: 'nowhere', SUBGRAPH_TIMEOUT_MS: '-5' })).toThrow(
      ConfigurationError,
    );
    try {
      readConfig({ UNIT_REGISTRY_URL: 'nowhere', SUBGRAPH_TIMEOUT_MS: '-5' });
    } catch (error) {
      expect((error as ConfigurationError).problems).toHaveLength(2);
    }
  });
});

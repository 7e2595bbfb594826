import { ConfigurationError, jwksOf, newSigningKey } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { readConfig } from './environment.js';

describe('gateway configuration', () => {
  it('leaves subgraph URLs to the supergraph by default, and enables the login only with a signing key', async () => {
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
    expect(config.subgraphUrls).toEqual({});
  });

  it('refuses a login whose tokens would outlive what every service accepts', async () => {
    const env = {
      AUTH_JWKS: '{"keys":[]}',
      AUTH_PRIVATE_JWK: JSON.stringify(await newSigningKey()),
      DATABASE_URL: 'postgres://db.internal:5432/postgres',
      AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600',
    };
    expect(() => readConfig({ ...env, TOKEN_TTL_SECONDS: '7200' })).toThrow(/TOKEN_TTL_SECONDS: 7200/);
    expect(readConfig({ ...env, TOKEN_TTL_SECONDS: '3600' }).login?.ttlSeconds).toBe(3600);
  });

  it('believes X-Forwarded-For from the proxies listed in TRUSTED_PROXIES only, and refuses a list it cannot read', () => {
    expect(readConfig({ AUTH_JWKS: '{"keys":[]}' }).trustedProxies).toEqual([]);
    expect(
      readConfig({ AUTH_JWKS: '{"keys":[]}', TRUSTED_PROXIES: ' 10.0.0.0/8, 192.0.2.10 ,' }).trustedProxies,
    ).toEqual(['10.0.0.0/8', '192.0.2.10']);
    expect(() => readConfig({ AUTH_JWKS: '{"keys":[]}', TRUSTED_PROXIES: '10.0.0.0/8, ingress' })).toThrow(
      /TRUSTED_PROXIES: a comma-separated list of IP addresses or CIDR ranges/,
    );
  });

  it('takes any subgraph URL by name, from SUBGRAPH_URL_<NAME>, SUBGRAPH_URLS or the older names', () => {
    const config = readConfig({
      AUTH_JWKS: '{"keys":[]}',
      SUBGRAPH_URL_CADRE_TRAINING: 'http://training.snv.internal/graphql',
      SUBGRAPH_URLS: JSON.stringify({
        'e-government-metrics': 'http://metrics.json/graphql',
        'land-records': 'http://land.internal/graphql',
        inspection: 'http://inspection.json/graphql',
      }),
      SUBGRAPH_URL_INSPECTION: 'http://inspection.by-name/graphql',
      METRICS_URL: 'http://metrics.alias/graphql',
      UNIT_REGISTRY_URL: 'http://units.alias/graphql',
    });
    expect(config.subgraphUrls).toEqual({
      CADRE_TRAINING: 'http://training.snv.internal/graphql',
      LAND_RECORDS: 'http://land.internal/graphql',
      INSPECTION: 'http://inspection.by-name/graphql',
      E_GOVERNMENT_METRICS: 'http://metrics.json/graphql',
      UNIT_REGISTRY: 'http://units.alias/graphql',
    });
  });

  it('reports a bad SUBGRAPH_URL_<NAME>, a bad SUBGRAPH_URLS and other problems together', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        readConfig({ AUTH_JWKS: '{"keys":[]}', ...env });
      } catch (error) {
        return (error as ConfigurationError).problems;
      }
      return [];
    };
    const reported = problems({
      SUBGRAPH_URL_CADRE_TRAINING: 'training:4020',
      SUBGRAPH_URLS: '{"land-records": "nowhere"}',
      SUBGRAPH_TIMEOUT_MS: '0',
    });
    expect(reported).toHaveLength(3);
    expect(reported.join('\n')).toMatch(/SUBGRAPH_URL_CADRE_TRAINING/);
    expect(reported.join('\n')).toMatch(/SUBGRAPH_URLS\.land-records/);
    expect(problems({ SUBGRAPH_URLS: 'land-records=http://x' })[0]).toMatch(/SUBGRAPH_URLS: not JSON/);
  });

  it("routes the partner agency's subgraph only when its URL is given", () => {
    const config = readConfig({
      AUTH_JWKS: '{"keys":[]}',
      SUPERGRAPH_PATH: '/srv/schema/supergraph.with-partners.graphql',
      PARTNER_STAFFING_URL: 'http://staffing.snv.internal/graphql',
    });
    expect(config.supergraphPath).toBe('/srv/schema/supergraph.with-partners.graphql');
    expect(config.subgraphUrls.PARTNER_STAFFING).toBe('http://staffing.snv.internal/graphql');
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

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigurationError, commonEnvironment, port, readEnvironment, serviceBasics } from './config.js';
import { databaseEnvironment, resolveDatabaseUrl } from './database.js';
import { subgraphConfig, subgraphEnvironment } from './subgraph-config.js';

describe('readEnvironment', () => {
  const schema = z.object({ PORT: port(4001), ...databaseEnvironment('UNIT_REGISTRY') });

  it('lists every problem at once', () => {
    try {
      readEnvironment(schema, { PORT: 'abc', DATABASE_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).problems.map((p) => p.split(':')[0])).toEqual([
        'PORT',
        'DATABASE_URL',
      ]);
    }
  });

  it('gives each service its own database on a shared server unless it has its own URL', () => {
    const server = 'postgres://u:p@127.0.0.1:5432/postgres';
    expect(resolveDatabaseUrl({ serviceUrl: undefined, serverUrl: server, database: 'cchc_units' })).toBe(
      'postgres://u:p@127.0.0.1:5432/cchc_units',
    );
    expect(resolveDatabaseUrl({ serviceUrl: 'postgres://h/own', serverUrl: server, database: 'x' })).toBe(
      'postgres://h/own',
    );
    expect(() => resolveDatabaseUrl({ serviceUrl: undefined, serverUrl: undefined, database: 'x' })).toThrow(
      /DATABASE_URL/,
    );
  });
});

describe('the traces URL', () => {
  const schema = z.object({ ...commonEnvironment, PORT: port(4002) });
  const tracesUrl = (env: NodeJS.ProcessEnv) => serviceBasics(readEnvironment(schema, env)).tracesUrl;

  it('is absent (tracing off) unless an OTLP endpoint is set', () => {
    expect(tracesUrl({})).toBeUndefined();
    expect(tracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBeUndefined();
  });

  it('adds the traces path to the general endpoint, and takes the traces endpoint as it is', () => {
    expect(tracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      tracesUrl({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4318/otlp/v1/traces',
      }),
    ).toBe('http://tempo:4318/otlp/v1/traces');
  });
});

describe('a subgraph configuration', () => {
  const schema = z.object(subgraphEnvironment('INSPECTION', 4002));
  const jwks = '{"keys":[]}';

  it('gives the subgraph its own database on the shared server, its port and its token keys', () => {
    const parsed = readEnvironment(schema, {
      DATABASE_URL: 'postgres://u:p@db:5432/postgres',
      AUTH_JWKS: jwks,
    });
    expect(subgraphConfig(parsed, parsed.INSPECTION_DATABASE_URL, 'cchc_inspection')).toMatchObject({
      http: { port: 4002 },
      databaseUrl: 'postgres://u:p@db:5432/cchc_inspection',
      loadDemoData: false,
      auth: { issuer: 'cchc-platform', keys: { keys: [] } },
    });
  });

  it('refuses to start without a way to verify tokens', () => {
    const parsed = readEnvironment(schema, { DATABASE_URL: 'postgres://u:p@db:5432/postgres' });
    expect(() => subgraphConfig(parsed, undefined, 'cchc_inspection')).toThrow(/AUTH_JWKS/);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigurationError, port, readEnvironment } from './config.js';
import { databaseEnvironment, resolveDatabaseUrl } from './database.js';

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

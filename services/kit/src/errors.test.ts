import { createServer } from 'node:net';
import { GraphQLError } from 'graphql';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createDataSource } from './database.js';
import { badInput, DomainError, ErrorCode, isExpectedError, toClientError } from './errors.js';
import { createLogger } from './logger.js';

const formatted = (error: GraphQLError) => error.toJSON();

describe('toClientError', () => {
  it('gives a domain error its own code, message and details', () => {
    const error = new GraphQLError('x', { originalError: badInput('filter.search', 'search is too long') });
    expect(toClientError(formatted(error), error)).toMatchObject({
      message: 'search is too long',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' },
    });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR with no internals or stack', () => {
    // Apollo Server gives every unexpected error the INTERNAL_SERVER_ERROR code before formatting it.
    const error = new GraphQLError('relation "secret_table" does not exist', {
      originalError: new Error('relation "secret_table" does not exist'),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const client = toClientError(formatted(error), error);
    expect(client.extensions?.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(JSON.stringify(client)).not.toContain('secret_table');
    expect(JSON.stringify(client)).not.toContain('stacktrace');
    expect(isExpectedError(error)).toBe(false);
  });

  it('turns class-validator issues into BAD_USER_INPUT naming each field', () => {
    const validation = Object.assign(new Error('Argument Validation Error'), {
      extensions: {
        validationErrors: [
          { property: 'filter', children: [{ property: 'search', constraints: { maxLength: 'too long' } }] },
        ],
      },
    });
    const error = new GraphQLError('Argument Validation Error', { originalError: validation });
    expect(toClientError(formatted(error), error)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'filter.search', messages: ['too long'] }] },
    });
    expect(isExpectedError(error)).toBe(true);
  });

  it('passes on the client details of an error a subgraph shaped, and nothing else', () => {
    const error = new GraphQLError('title is too short', {
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'title',
        serviceName: 'inspection',
        response: { body: 'internal' },
      },
    });
    expect(toClientError(formatted(error), error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
      serviceName: 'inspection',
    });
  });

  it('keeps the codes graphql-js gives malformed requests', () => {
    const error = new GraphQLError('Cannot query field "x"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(toClientError(formatted(error), error).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('treats a DomainError of any code as expected', () => {
    expect(isExpectedError(new DomainError(ErrorCode.CONFLICT, 'stale version'))).toBe(true);
  });
});

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The error as Apollo hands it to formatError: wrapped, with the code it gives any unexpected error. */
const asApolloError = (original: Error) =>
  new GraphQLError(original.message, {
    originalError: original,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });

describe('toClientError when the database is down', () => {
  it('answers SERVICE_UNAVAILABLE, without the address, when the data source cannot connect', async () => {
    const port = await closedPort();
    const dataSource = createDataSource({
      url: `postgres://postgres@127.0.0.1:${port}/nowhere`,
      entities: [],
      migrations: [],
      logger: createLogger('errors-test', 'silent'),
    });
    const failure = await dataSource.initialize().then(
      () => undefined,
      (error: Error) => error,
    );
    if (!failure) throw new Error(`expected no database on port ${port}`);
    const client = toClientError(asApolloError(failure).toJSON(), asApolloError(failure));
    expect(client.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE });
    expect(JSON.stringify(client)).not.toContain(String(port));
  });

  it.each([
    [
      'the server shut down by an administrator',
      '57P01',
      'terminating connection due to administrator command',
    ],
    ['the server starting up', '57P03', 'the database system is starting up'],
    ['a connection exception', '08006', 'connection failure'],
    ['a connection closed under a query', undefined, 'Connection terminated unexpectedly'],
  ])('answers SERVICE_UNAVAILABLE for %s', (_case, code, message) => {
    const driverError = Object.assign(new Error(message), { code });
    const failure = new QueryFailedError('SELECT 1', [], driverError);
    expect(toClientError(asApolloError(failure).toJSON(), asApolloError(failure)).extensions?.code).toBe(
      ErrorCode.SERVICE_UNAVAILABLE,
    );
  });

  it.each([new QueryRunnerAlreadyReleasedError(), new QueryRunnerProviderAlreadyReleasedError()])(
    'answers SERVICE_UNAVAILABLE for a write whose connection went away mid-transaction (%s)',
    (failure) => {
      expect(toClientError(asApolloError(failure).toJSON(), asApolloError(failure)).extensions?.code).toBe(
        ErrorCode.SERVICE_UNAVAILABLE,
      );
    },
  );

  it('keeps INTERNAL_SERVER_ERROR for a query the database refused', () => {
    const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
    });
    const failure = new QueryFailedError('SELECT 1', [], driverError);
    expect(toClientError(asApolloError(failure).toJSON(), asApolloError(failure)).extensions?.code).toBe(
      ErrorCode.INTERNAL_SERVER_ERROR,
    );
  });
});

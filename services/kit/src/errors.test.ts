import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, DomainError, ErrorCode, isExpectedError, toClientError } from './errors.js';

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

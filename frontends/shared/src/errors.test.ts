import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { describeProblem } from './errors.js';

const graphQLError = (extensions: Record<string, unknown>, message = 'failed') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('describeProblem', () => {
  it('puts a BAD_USER_INPUT with one field next to that form field', () => {
    const problem = describeProblem(
      graphQLError(
        { code: 'BAD_USER_INPUT', field: 'input.periodTo' },
        'periodTo must not be before periodFrom',
      ),
    );
    expect(problem).toEqual({
      kind: 'badInput',
      fields: { periodTo: 'periodTo must not be before periodFrom' },
      message: 'periodTo must not be before periodFrom',
    });
  });

  it('spreads validation issues over their fields', () => {
    const problem = describeProblem(
      graphQLError({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.title', messages: ['too long', 'bad'] }],
      }),
    );
    expect(problem.fields).toEqual({ title: 'too long; bad' });
  });

  it.each([
    ['CONFLICT', 'conflict'],
    ['FORBIDDEN', 'forbidden'],
    ['UNAUTHENTICATED', 'unauthenticated'],
    ['SERVICE_UNAVAILABLE', 'unavailable'],
    ['SOMETHING_NEW', 'unexpected'],
  ])('reads %s as %s', (code, kind) => {
    expect(describeProblem(graphQLError({ code })).kind).toBe(kind);
  });

  it('reads an HTTP refusal by the code in its body, else by its status', () => {
    const body = JSON.stringify({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] });
    const limited = new ServerError('429', { response: new Response(body, { status: 429 }), bodyText: body });
    expect(describeProblem(limited).kind).toBe('rateLimited');
    const forbidden = new ServerError('403', { response: new Response('', { status: 403 }), bodyText: '' });
    expect(describeProblem(forbidden).kind).toBe('forbidden');
  });

  it('tells a network failure apart', () => {
    expect(describeProblem(new TypeError('Failed to fetch')).kind).toBe('network');
  });
});

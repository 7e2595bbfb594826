import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { describeProblem, reasonOf } from './errors.js';
import { commonMessages } from './messages.js';

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
      isProblem: true,
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

describe('reasonOf', () => {
  it.each([
    ['There is no criteria catalog for 2021; copy one first', 'noCatalog', { year: '2021' }],
    [
      'A plan needs a team lead (trưởng đoàn) and at least one target unit before approval',
      'leadAndTargetBeforeApproval',
      {},
    ],
    ['The team already has a lead (trưởng đoàn)', 'teamHasLead', {}],
    ['title must be longer than or equal to 3 characters', 'tooShort', { n: '3' }],
  ])('reads "%s" as %s', (message, key, values) => {
    expect(reasonOf(message)).toEqual({ key, values });
  });

  it('knows nothing of a reason it has no pattern for', () => {
    expect(reasonOf('Something new went wrong')).toBeNull();
  });

  it('has words for every reason in both languages', () => {
    const vi = Object.keys(commonMessages.vi.common.reasons).sort();
    expect(Object.keys(commonMessages.en.common.reasons).sort()).toEqual(vi);
    expect(vi).toContain('unknown');
  });
});

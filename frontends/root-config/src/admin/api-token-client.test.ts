import { describe, expect, it } from 'vitest';
import { refusalOf } from './api-token-client.js';

const body = (code: string, message: string, field?: string) => ({
  errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
});

describe("the gateway's refusals of API token requests", () => {
  it.each([
    [400, body('BAD_USER_INPUT', 'name: Too small', 'name'), 'badInput', 'name'],
    [400, body('BAD_USER_INPUT', 'A UNIT_OFFICER token needs a unitId', 'unitId'), 'badInput', 'unitId'],
    [400, body('BAD_USER_INPUT', 'roles.0: Invalid option', 'roles.0'), 'badInput', 'roles'],
    [400, body('BAD_USER_INPUT', 'Send a JSON object'), 'badInput', null],
    [403, body('FORBIDDEN', 'Managing API tokens needs ADMIN', 'name'), 'forbidden', null],
    [401, body('UNAUTHENTICATED', 'expired'), 'unauthenticated', null],
    [404, body('NOT_FOUND', 'No API token'), 'notFound', null],
    [502, body('SERVICE_UNAVAILABLE', 'The gateway cannot be reached'), 'network', null],
    [500, null, 'unexpected', null],
  ])('HTTP %i %j is %s on field %s', (status, answer, kind, field) => {
    const refusal = refusalOf(status, answer);
    expect(refusal.kind).toBe(kind);
    expect(refusal.field).toBe(field);
  });

  it("keeps the gateway's message for what names no field", () => {
    expect(refusalOf(400, body('BAD_USER_INPUT', 'Send a JSON object')).message).toBe('Send a JSON object');
    expect(refusalOf(500, null).message).toBe('HTTP 500');
  });
});

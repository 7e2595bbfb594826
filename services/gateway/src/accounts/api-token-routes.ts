import type { IncomingMessage, ServerResponse } from 'node:http';
import { assertAllowed, DomainError, ErrorCode, Role, type Route, sendJson } from '@cchc/kit';
import type { ApiTokenStore } from './api-tokens.js';
import type { Caller } from './callers.js';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * An admin's management of API tokens, over plain HTTP like the login:
 * GET /auth/api-tokens (list, never the secrets), POST /auth/api-tokens {name, roles, unitId?, expiresInDays?}
 * (the secret is in this answer only), POST /auth/api-tokens/revoke {id}.
 */
export function apiTokenRoutes(
  tokens: ApiTokenStore,
  callerOf: (headers: IncomingMessage['headers']) => Promise<Caller>,
): Route[] {
  const asAdmin =
    (work: (admin: string, body: Record<string, unknown>) => Promise<[number, unknown]>) =>
    async (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
      try {
        const { identity } = await callerOf(request.headers);
        const admin = assertAllowed(identity, [Role.ADMIN], 'Managing API tokens');
        const input = body.length > 0 ? (JSON.parse(body.toString('utf8')) as unknown) : {};
        if (typeof input !== 'object' || input === null || Array.isArray(input)) {
          throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Send a JSON object');
        }
        const [status, answer] = await work(admin.username, input as Record<string, unknown>);
        sendJson(response, status, answer);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        sendJson(response, STATUS[error.code] ?? 400, {
          errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }],
        });
      }
    };
  return [
    { method: 'GET', path: '/auth/api-tokens', handle: asAdmin(async () => [200, await tokens.list()]) },
    {
      method: 'POST',
      path: '/auth/api-tokens',
      handle: asAdmin(async (admin, input) => {
        const { token, record } = await tokens.create(input as never, admin);
        return [201, { ...record, token }];
      }),
    },
    {
      method: 'POST',
      path: '/auth/api-tokens/revoke',
      handle: asAdmin(async (admin, input) => {
        if (typeof input.id !== 'string' || !/^[0-9a-f-]{36}$/.test(input.id)) {
          throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Send {"id": "<API token id>"}', { field: 'id' });
        }
        return [200, await tokens.revoke(input.id, admin)];
      }),
    },
  ];
}

import { DomainError, ErrorCode, type Route } from '@cchc/kit';
import { adminHandler, type CallerOf } from './admin-route.js';
import type { ApiTokenStore } from './api-tokens.js';

/**
 * An admin's management of API tokens, over plain HTTP like the login:
 * GET /auth/api-tokens (list, never the secrets), POST /auth/api-tokens {name, roles, unitId?, expiresInDays?}
 * (the secret is in this answer only), POST /auth/api-tokens/revoke {id}.
 */
export function apiTokenRoutes(tokens: ApiTokenStore, callerOf: CallerOf): Route[] {
  const asAdmin = (work: Parameters<typeof adminHandler>[2]) =>
    adminHandler(callerOf, 'Managing API tokens', work);
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

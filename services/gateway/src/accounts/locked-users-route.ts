import type { Route } from '@cchc/kit';
import { adminHandler, type CallerOf } from './admin-route.js';
import type { LoginThrottle } from './login-throttle.js';

/**
 * GET /auth/users/locked: the usernames locked after repeated failed logins, and until when (admins only).
 * `npm run users -w @cchc/gateway -- unlock <username>` unlocks one before then.
 */
export const lockedUsersRoute = (throttle: LoginThrottle, callerOf: CallerOf): Route => ({
  method: 'GET',
  path: '/auth/users/locked',
  handle: adminHandler(callerOf, 'Listing locked users', async () => [200, await throttle.locked()]),
});

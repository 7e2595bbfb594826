import { APPLICATIONS } from '../frontends.js';

export type ShellRoute =
  | { kind: 'application'; specifier: string }
  | { kind: 'apiTokens' }
  | { kind: 'home' }
  | { kind: 'notFound' };

const under = (pathname: string, route: string) => pathname === route || pathname.startsWith(`${route}/`);

/** The shell's own administration screen (admins only). */
export const API_TOKENS_ROUTE = '/admin/api-tokens';

/** What the shell shows for a path: an application, its own screens, or not found. */
export function routeOf(pathname: string): ShellRoute {
  const application = APPLICATIONS.find((app) => under(pathname, app.route));
  if (application) return { kind: 'application', specifier: application.specifier };
  if (under(pathname, API_TOKENS_ROUTE)) return { kind: 'apiTokens' };
  return pathname === '/' || pathname === '' ? { kind: 'home' } : { kind: 'notFound' };
}

/** Where a user lands: a unit officer on its unit's inspection results, everyone else on the plans. */
export const homeRouteOf = (roles: readonly string[] | undefined) =>
  roles?.includes('UNIT_OFFICER') ? '/findings' : '/planning';

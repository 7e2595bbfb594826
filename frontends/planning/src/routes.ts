export type PlanningRoute =
  | { page: 'list' }
  | { page: 'new' }
  | { page: 'plan'; id: string }
  | { page: 'edit'; id: string };

/** The application's pages under /planning. */
export function planningRouteOf(pathname: string): PlanningRoute {
  if (/^\/planning\/new\/?$/.test(pathname)) return { page: 'new' };
  const plan = /^\/planning\/plans\/([^/]+)(\/edit)?\/?$/.exec(pathname);
  if (plan) return plan[2] ? { page: 'edit', id: plan[1]! } : { page: 'plan', id: plan[1]! };
  return { page: 'list' };
}

export const planPath = (id: string) => `/planning/plans/${id}`;

export type FindingsRoute =
  | { page: 'plans' }
  | { page: 'plan'; planId: string }
  | { page: 'target'; planId: string; targetId: string };

/** The application's pages under /findings. */
export function findingsRouteOf(pathname: string): FindingsRoute {
  const match = /^\/findings\/plans\/([^/]+)(?:\/targets\/([^/]+))?\/?$/.exec(pathname);
  if (!match) return { page: 'plans' };
  return match[2]
    ? { page: 'target', planId: match[1]!, targetId: match[2] }
    : { page: 'plan', planId: match[1]! };
}

export const planPath = (planId: string) => `/findings/plans/${planId}`;
export const targetPath = (planId: string, targetId: string) => `${planPath(planId)}/targets/${targetId}`;

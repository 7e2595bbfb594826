export type FindingsRoute =
  | { page: 'plans' }
  | { page: 'plan'; planId: string }
  | { page: 'target'; planId: string; targetId: string }
  | { page: 'print'; planId: string; targetId: string }
  | { page: 'finding'; findingId: string };

/** The application's pages under /findings. */
export function findingsRouteOf(pathname: string): FindingsRoute {
  const finding = /^\/findings\/items\/([^/]+)\/?$/.exec(pathname);
  if (finding) return { page: 'finding', findingId: finding[1]! };
  const match = /^\/findings\/plans\/([^/]+)(?:\/targets\/([^/]+)(\/print)?)?\/?$/.exec(pathname);
  if (!match) return { page: 'plans' };
  if (!match[2]) return { page: 'plan', planId: match[1]! };
  return { page: match[3] ? 'print' : 'target', planId: match[1]!, targetId: match[2] };
}

export const planPath = (planId: string) => `/findings/plans/${planId}`;
export const targetPath = (planId: string, targetId: string) => `${planPath(planId)}/targets/${targetId}`;
export const printPath = (planId: string, targetId: string) => `${targetPath(planId, targetId)}/print`;
export const findingPath = (findingId: string) => `/findings/items/${findingId}`;

import { useSyncExternalStore } from 'react';
import { navigateToUrl } from 'single-spa';

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

const subscribe = (onChange: () => void) => {
  window.addEventListener('single-spa:routing-event', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('single-spa:routing-event', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

export const usePathname = () => useSyncExternalStore(subscribe, () => window.location.pathname);

/** A link within the page: single-spa routes it without reloading. */
export const linkTo = (path: string) => ({
  href: path,
  onClick: (event: { preventDefault(): void }) => {
    event.preventDefault();
    navigateToUrl(path);
  },
});

import { useSyncExternalStore } from 'react';
import { navigateToUrl } from 'single-spa';

const subscribe = (onChange: () => void) => {
  window.addEventListener('single-spa:routing-event', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('single-spa:routing-event', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

/** The page's path, re-rendering on every single-spa navigation and on back/forward. */
export const usePathname = () => useSyncExternalStore(subscribe, () => window.location.pathname);

/** The page's path and query string (filters kept in the URL), re-rendering as usePathname does. */
export function useLocation(): { pathname: string; search: string } {
  const url = useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
  const query = url.indexOf('?');
  return query < 0
    ? { pathname: url, search: '' }
    : { pathname: url.slice(0, query), search: url.slice(query) };
}

/** A link within the page: single-spa routes it without reloading. */
export const linkTo = (path: string) => ({
  href: path,
  onClick: (event: { preventDefault(): void }) => {
    event.preventDefault();
    navigateToUrl(path);
  },
});

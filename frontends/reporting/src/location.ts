import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('single-spa:routing-event', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('single-spa:routing-event', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

/**
 * The page's path and query string, re-rendering on every single-spa navigation and on back/forward: the
 * dashboard's period and as-of date live in the query string, which the shared `usePathname` does not watch.
 */
export function useLocation(): { pathname: string; search: string } {
  const url = useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
  const query = url.indexOf('?');
  return query < 0
    ? { pathname: url, search: '' }
    : { pathname: url.slice(0, query), search: url.slice(query) };
}

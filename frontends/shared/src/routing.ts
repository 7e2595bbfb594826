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

/** A link within the page: single-spa routes it without reloading. */
export const linkTo = (path: string) => ({
  href: path,
  onClick: (event: { preventDefault(): void }) => {
    event.preventDefault();
    navigateToUrl(path);
  },
});

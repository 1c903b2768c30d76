import { useEffect, useState } from 'react';

/** A screen of the app, parsed from the location hash. */
export type Route =
  { name: 'home' } | { name: 'personas' } | { name: 'map'; id: string } | { name: 'not-found' };

/**
 * Parses `#/`, `#/personas` and `#/maps/<id>`. Only home takes a query (`#/?q=shop`, its map
 * filters, read by the home screen itself); on any other path a `?` still makes it not-found.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path.startsWith('/?')) return { name: 'home' };
  if (path === '/personas') return { name: 'personas' };
  const map = /^\/maps\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (map?.[1]) return { name: 'map', id: map[1] };
  return { name: 'not-found' };
}

/** The hash link of a route, for `href`. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'personas':
      return '#/personas';
    case 'map':
      return `#/maps/${route.id}`;
    case 'not-found':
      return '#/';
  }
}

/** The current route; follows `hashchange`. Hash routing keeps the static server trivial. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const handleHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, []);
  return route;
}

/** Navigates to a route. */
export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

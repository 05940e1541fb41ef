import type { CurrentUser } from '@siui/core';
import { matchPath } from 'react-router';
import { hasRight } from '../auth/session';
import { CONSOLE_ROUTES, type ConsoleRoute } from './routes';

/** The pages of the menu that `user` may open, in registry order. */
export function menuRoutesFor(user: CurrentUser): ConsoleRoute[] {
  return CONSOLE_ROUTES.filter((route) => route.menu !== null && hasRight(user, route.requiredRight));
}

/** The registry entry that renders `pathname` (a detail page included), if any. */
export function routeForPath(pathname: string): ConsoleRoute | undefined {
  return CONSOLE_ROUTES.find((route) => matchPath(route.path, pathname) !== null);
}

/**
 * The menu entry to highlight for `pathname`: the menu page whose path is the longest prefix of
 * it, so a user's detail page keeps *Utilizatori* selected.
 */
export function menuRouteForPath(pathname: string): ConsoleRoute | undefined {
  const candidates = CONSOLE_ROUTES.filter(
    (route) =>
      route.menu !== null &&
      (pathname === route.path || (route.path !== '/' && pathname.startsWith(`${route.path}/`))),
  );
  return candidates.sort((a, b) => b.path.length - a.path.length)[0];
}

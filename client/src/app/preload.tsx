import { lazy, useEffect, useState, type ComponentType } from 'react';
import { matchRoutes, useMatches, type RouteObject } from 'react-router';

/** A route's handle: how to fetch its page's code ahead of rendering it. */
export interface PreloadHandle {
  preload: () => Promise<unknown>;
}

/**
 * A page whose code loads on first use, like React.lazy, and can also be asked for earlier
 * (`preload`, given to its route's handle). Once the code is in, the page renders at once rather
 * than suspending, which would show the fallback for at least 300 ms (React's reveal throttle).
 */
export function lazyPage<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = pick(module);
      return module;
    });
  const Lazy = lazy(() => preload().then((module) => ({ default: pick(module) })));
  function Page(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return Object.assign(Page, { preload });
}

/**
 * Starts fetching the code of the pages `pathname` opens (the handles of its matching routes),
 * so that it downloads while the session is checked rather than after.
 */
export function preloadRoutes(routes: RouteObject[], pathname: string) {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const handle = match.route.handle as Partial<PreloadHandle> | undefined;
    // A failure shows where the page itself renders (the route's error element).
    handle?.preload?.().catch(() => undefined);
  }
}

/**
 * False until the code of the pages first opened has arrived (or failed to). The layout waits
 * for it along with the session, so the first page is drawn whole, not as a fallback that React
 * would then hold for 300 ms.
 */
export function useFirstPagesLoaded(): boolean {
  const matches = useMatches();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const preloads = matches.map((m) => (m.handle as Partial<PreloadHandle> | undefined)?.preload);
    void Promise.allSettled(preloads.map((preload) => preload?.())).then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [loaded, matches]);
  return loaded;
}

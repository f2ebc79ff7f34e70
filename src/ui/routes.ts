/**
 * The site's surfaces and their addresses. Play (solo) is the site's root; every other surface
 * is a folder of its own name beside it (`…/studio/`, `…/join/?code=KXRT`), which the build
 * writes as a copy of the page (tools/vite-routes.ts), so any static host serves them without
 * rewrite rules. Pure: no DOM, so the build and the tests use it too.
 */

export const SURFACES = ['play', 'present', 'host', 'join', 'studio'] as const;
export type Surface = (typeof SURFACES)[number];

/** The surfaces with a folder of their own (all but play). */
export const ROUTED = SURFACES.filter((s): s is Exclude<Surface, 'play'> => s !== 'play');

export interface Route {
  surface: Surface;
  /** The site's root (where play is), ending in `/`. */
  root: URL;
  params: URLSearchParams;
}

const ROUTE_PATH = new RegExp(`/(${ROUTED.join('|')})(?:/(?:index\\.html)?)?$`);

/** Which surface an address shows, and where the site's root is. */
export function routeOf(href: string): Route {
  const url = new URL(href);
  const m = ROUTE_PATH.exec(url.pathname);
  if (m) {
    const root = new URL(url.href);
    root.pathname = `${url.pathname.slice(0, m.index)}/`;
    root.search = '';
    root.hash = '';
    return { surface: m[1] as Surface, root, params: url.searchParams };
  }
  return { surface: 'play', root: new URL('./', url), params: url.searchParams };
}

/** The address of a surface of the site at `root`, with optional query parameters. */
export function surfaceHref(root: URL, surface: Surface, params?: Record<string, string>): string {
  const url = new URL(surface === 'play' ? './' : `${surface}/`, root);
  for (const [k, v] of Object.entries(params ?? {})) url.searchParams.set(k, v);
  return url.href;
}

/** The teachers' surfaces linked from the title screen, in the order shown. */
export const TEACHER_LINKS: ReadonlyArray<{ surface: Surface; label: string; blurb: string }> = [
  { surface: 'present', label: 'Present to a class', blurb: 'One projector, no student devices, no network: the class votes by hands or in teams.' },
  { surface: 'host', label: 'Host a live class', blurb: 'Students answer on their own devices with a code; you reveal the evidence on the projector.' },
  { surface: 'studio', label: 'Make a pack', blurb: 'Turn your own articles into a checked question pack, in the browser.' },
];

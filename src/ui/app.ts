/**
 * The router: reads which surface the address asks for (routes.ts) and loads that surface's
 * folder as a chunk of its own, so a student joining a class never downloads the studio, and a
 * solo player never downloads the teachers' screens.
 */
import { h } from './dom';
import { showCrash } from './shell';
import { routeOf, surfaceHref, type Route, type Surface } from './routes';

/** What a surface's folder exports (`src/ui/<surface>/index.ts`). */
export interface SurfaceModule {
  mount(ctx: SurfaceContext): void | Promise<void>;
}

export interface SurfaceContext extends Route {
  /** The address of another surface of this site. */
  href(surface: Surface, params?: Record<string, string>): string;
}

const SURFACE_LOADERS: Partial<Record<Surface, () => Promise<SurfaceModule>>> = {
  play: () => import('./play/index'),
  present: () => import('./present/index'),
  host: () => import('./host/index'),
  join: () => import('./join/index'),
  studio: () => import('./studio/index'),
};

export function startRouter(href = location.href): void {
  const route = routeOf(href);
  const load = SURFACE_LOADERS[route.surface] ?? SURFACE_LOADERS.play!;
  const ctx: SurfaceContext = { ...route, href: (surface, params) => surfaceHref(route.root, surface, params) };
  load().then(
    (m) => Promise.resolve(m.mount(ctx)).catch((e: unknown) => showCrash(document.getElementById('main') ?? document.body, e)),
    (e: unknown) => showLoadFailure(e),
  );
  startOfflineAfterLoad(route);
}

/** The service worker and the offline messages (src/pwa), fetched after the page has loaded. */
function startOfflineAfterLoad(route: Route): void {
  if (!import.meta.env.PROD) return;
  const go = () => void import('../pwa/register').then((m) => m.startPwa(route), (e: unknown) => console.warn('[offline] not started', e));
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

/** The surface's code could not be fetched (offline on a first visit, a deployment in between). */
function showLoadFailure(e: unknown): void {
  console.error(e);
  const main = document.getElementById('main') ?? document.body;
  const heading = h('h1', { tabindex: '-1', text: 'Sourced could not load' });
  main.replaceChildren(
    h(
      'section',
      { class: 'screen', 'data-screen': 'error' },
      h(
        'div',
        { class: 'crash card', role: 'alert' },
        heading,
        h('p', { text: 'Part of the game could not be downloaded. Check the connection, then reload the page.' }),
        h('p', null, h('button', { type: 'button', class: 'btn primary', on: { click: () => location.reload() } }, 'Reload the page')),
      ),
    ),
  );
  heading.focus();
}

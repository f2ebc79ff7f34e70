/**
 * The offline game, in the page: registers the service worker that tools/pwa.ts generates,
 * offers a new deployment as "A new version is ready — reload" (never while a surface says a
 * round is in progress: activity.ts), and says plainly what needs a network while offline.
 *
 * Loaded lazily after the page's load event (src/ui/app.ts): nothing here is on the path to the
 * first quote.
 */
import { Workbox } from 'workbox-window';
import { h } from '../ui/dom';
import type { Surface } from '../ui/routes';
import { isBusy, onBusyChange } from './activity';
import './pwa.css';

export interface PwaOptions {
  /** The site's root, where `sw.js` is and which the worker controls. */
  root: URL;
  surface: Surface;
}

export function startPwa(opts: PwaOptions): void {
  watchConnection(opts.surface);
  // A phone joining a class does not install the offline game: its precache (about 750 KB gzip,
  // the stage and the studio included) would cross the school's Wi-Fi once per student during
  // the lesson, and joining needs the network anyway. A worker installed by an earlier visit
  // still serves the join page offline (to say so).
  if (opts.surface === 'join' || !('serviceWorker' in navigator)) return;
  const wb = new Workbox(new URL('sw.js', opts.root).href, { scope: opts.root.pathname });
  let offered = false;
  const offer = () => {
    if (offered || isBusy()) return;
    offered = true;
    showUpdate(() => {
      // Reload once the new worker has taken over, so the new page comes from the new version.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  };
  // A new version is installed and waiting (now, or left from an earlier visit): offer it at the
  // next moment nothing is in progress.
  wb.addEventListener('waiting', () => {
    offer();
    onBusyChange(offer);
  });
  wb.register().catch((e: unknown) => console.warn('[offline] the service worker was not registered', e));
}

// ------------------------------------------------------------------------- the update prompt

function showUpdate(reload: () => void): void {
  const now = h('button', { type: 'button', class: 'btn primary' }, 'Reload');
  now.addEventListener('click', () => {
    now.disabled = true;
    reload();
  });
  const box = h(
    'aside',
    { class: 'pwa-toast', 'aria-label': 'New version' },
    h('p', { role: 'status', text: 'A new version is ready — reload' }),
    h('p', { class: 'pwa-actions' }, now, h('button', { type: 'button', class: 'btn quiet', on: { click: () => box.remove() } }, 'Later')),
  );
  document.body.append(box);
  document.body.classList.add('pwa-bar');
}

// ------------------------------------------------------------------------- offline

/** What the network is needed for on each surface, in the player's words. */
const OFFLINE_TEXT: Partial<Record<Surface, string>> = {
  play: 'You are offline. The game and your packs work without a network; a shared pack link (…?pack=) needs one.',
  join: 'You are offline. Joining a live class needs a network connection: connect, then reload this page.',
  host: 'You are offline. Hosting a live class needs a network connection. Presenter mode works without one.',
  studio: 'You are offline. The studio works without a network, and your work is kept in this browser.',
};

/** A bar while the browser is offline. Not on the presenter's screen, which belongs to the class. */
function watchConnection(surface: Surface): void {
  const text = OFFLINE_TEXT[surface];
  if (!text) return;
  let bar: HTMLElement | null = null;
  const update = () => {
    if (navigator.onLine) {
      bar?.remove();
      bar = null;
      document.body.classList.toggle('pwa-bar', !!document.querySelector('.pwa-toast'));
      return;
    }
    if (bar) return;
    bar = h('aside', { class: 'pwa-offline', 'aria-label': 'Connection' }, h('p', { role: 'status', text }));
    document.body.append(bar);
    document.body.classList.add('pwa-bar');
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

/**
 * The page frame every surface shares: the top bar (brand, the surface's own actions), the
 * notices, the main region and a polite live region for announcements.
 */
import { h, icon } from './dom';
import { errorScreen } from './screens/error';

export interface Shell {
  main: HTMLElement;
  notices: HTMLElement;
  announcer: HTMLElement;
  /** The top bar's navigation, where a surface puts its own buttons and links. */
  actions: HTMLElement;
  stage: HTMLElement;
}

export interface ShellOptions {
  /** The accessible name of the top bar's navigation ("Game", "Studio", …). */
  navLabel: string;
  /** When set, the brand links back to the solo game at this address. */
  homeHref?: string;
  /** A class on <body> for the surface's own layout (e.g. `surface-studio`). */
  surfaceClass?: string;
}

export function buildShell(opts: ShellOptions): Shell {
  const root = document.getElementById('app') ?? document.body.appendChild(h('div', { id: 'app' }));
  let stage = document.getElementById('stage');
  if (!stage) {
    stage = h('div', { id: 'stage', 'aria-hidden': 'true' });
    document.body.prepend(stage);
  }
  if (opts.surfaceClass) document.body.classList.add(opts.surfaceClass);
  root.replaceChildren();
  const actions = h('nav', { class: 'topbar-actions', 'aria-label': opts.navLabel });
  const notices = h('section', { class: 'notices', 'aria-label': 'Notices' });
  notices.hidden = true;
  const main = h('main', { id: 'main', class: 'wrap', tabindex: '-1' });
  const announcer = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const brandParts = [h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '“'), 'Sourced'];
  const brand = opts.homeHref
    ? h('a', { class: 'brand', href: opts.homeHref, 'aria-label': 'Sourced: back to the game' }, ...brandParts)
    : h('span', { class: 'brand' }, ...brandParts);
  root.append(
    h('header', { class: 'topbar' }, h('div', { class: 'wrap' }, brand, actions)),
    h('div', { class: 'wrap' }, notices),
    main,
    announcer,
  );
  return { main, notices, announcer, actions, stage };
}

/** Replaces the main region with the error screen (for failures before a surface is running). */
export function showCrash(main: HTMLElement, e: unknown): void {
  const s = errorScreen(e, () => location.reload(), null);
  main.replaceChildren(s.root);
  s.heading.focus();
}

/**
 * One notice for the shell's notices region: its message and a Dismiss button. `onDismiss`
 * removes it (from a store, or from the page); focus then stays in place for keyboard users,
 * on the next notice's button or the main region.
 */
export function noticeBox(shell: Pick<Shell, 'notices' | 'main'>, message: string, level: 'info' | 'warning' | 'error', onDismiss: () => void): HTMLElement {
  return h(
    'div',
    { class: `notice ${level}`, role: level === 'error' ? 'alert' : 'status' },
    h('p', null, icon(level === 'error' ? 'cross' : 'info'), h('span', { text: message })),
    h(
      'button',
      {
        type: 'button',
        class: 'btn quiet',
        'aria-label': 'Dismiss this notice',
        on: {
          click: () => {
            onDismiss();
            // No empty "Notices" landmark for screen readers to land on.
            shell.notices.hidden = shell.notices.childElementCount === 0;
            (shell.notices.querySelector<HTMLElement>('.notice button') ?? shell.main).focus();
          },
        },
      },
      'Dismiss',
    ),
  );
}

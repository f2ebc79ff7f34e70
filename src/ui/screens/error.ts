/** Shown when something unexpected throws: never a blank page. */
import { h, icon, nextId } from '../dom';
import type { Screen } from './types';

export function errorScreen(error: unknown, onReload: () => void, onHome: (() => void) | null): Screen {
  const id = nextId('err');
  const heading = h('h1', { id, tabindex: '-1', text: 'Something went wrong' });
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const root = h(
    'section',
    { class: 'screen', 'data-screen': 'error', 'aria-labelledby': id },
    h(
      'div',
      { class: 'crash card', role: 'alert' },
      h('p', { class: 'eyebrow' }, icon('cross'), ' Error'),
      heading,
      h('p', { text: 'Sourced hit an unexpected problem. Your progress and settings are kept in this browser.' }),
      h(
        'div',
        { class: 'actions' },
        onHome ? h('button', { type: 'button', class: 'btn primary', on: { click: onHome } }, 'Back to packs') : null,
        h('button', { type: 'button', class: 'btn', on: { click: onReload } }, 'Reload the page'),
      ),
      h('details', null, h('summary', null, 'Technical details'), h('pre', { text: detail.slice(0, 2000) })),
    ),
  );
  return { root, heading };
}

/** The studio's first screen: start a pack, open one, or go on with a draft kept in this browser. */
import { h, icon, nextId } from '../dom';
import { plural } from '../labels';
import type { Screen } from '../screens/types';
import { fileButton } from './bits';
import type { DraftSummary } from './drafts';

export interface HomeProps {
  drafts: DraftSummary[];
  persistent: boolean;
  onNew(): void;
  onOpen(id: string): void;
  onDelete(id: string, title: string): void;
  onFile(file: File): void;
  onBuiltin(): void;
}

export function homeScreen(p: HomeProps): Screen {
  const headingId = nextId('home');
  const heading = h('h1', { id: headingId, tabindex: '-1', text: 'Make a pack' });
  const draftsId = nextId('drafts');
  const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  const root = h(
    'section',
    { class: 'screen studio-home', 'data-screen': 'studio-home', 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'hero' },
      heading,
      h('p', { class: 'tagline', text: 'Turn your own articles into a question pack: select the words of a quote and of its evidence in the articles, so every quote stays word for word; the studio checks the answer key as you go.' }),
    ),
    h(
      'div',
      { class: 'home-grid' },
      h(
        'section',
        { class: 'panel card', 'aria-label': 'Start' },
        h('h2', { text: 'Start' }),
        h('p', { class: 'row' }, h('button', { type: 'button', class: 'btn primary big', on: { click: p.onNew } }, 'New pack'), fileButton('Open a pack file…', '.json,application/json', false, (f) => p.onFile(f[0]!), 'home-open')),
        h('p', null, h('button', { type: 'button', class: 'btn', on: { click: p.onBuiltin } }, 'Edit a copy of the built-in pack')),
        h('p', { class: 'muted', text: 'No account, nothing sent anywhere: the studio works in this browser. Download your pack file when you stop — it is the real copy.' }),
      ),
      h(
        'section',
        { class: 'panel card', 'aria-labelledby': draftsId },
        h('h2', { id: draftsId, text: 'Your drafts in this browser' }),
        p.persistent ? null : h('p', { class: 'bad', text: 'This browser does not let the studio save (storage is blocked or this is a private window): drafts last only until the tab is closed. Download your pack often.' }),
        p.drafts.length
          ? h(
              'ul',
              { class: 'draft-list' },
              p.drafts.map((d) =>
                h(
                  'li',
                  null,
                  h('div', null, h('strong', { text: d.title }), h('p', { class: 'muted', text: `${plural(d.items, 'item')} · ${plural(d.sources, 'source')} · saved ${when(d.savedAt)}${d.downloadedAt ? ` · downloaded ${when(d.downloadedAt)}` : ' · never downloaded'}` })),
                  h('div', { class: 'row' },
                    h('button', { type: 'button', class: 'btn', 'aria-label': `Open ${d.title}`, on: { click: () => p.onOpen(d.id) } }, 'Open'),
                    h('button', { type: 'button', class: 'btn quiet danger', 'aria-label': `Delete the draft ${d.title}`, on: { click: () => p.onDelete(d.id, d.title) } }, icon('trash'), 'Delete'),
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted', text: 'No drafts yet.' }),
        h('p', { class: 'hint', text: 'Browsers may clear what sites store (storage full, “clear browsing data”, a shared computer reset). A draft here is a convenience, not a copy.' }),
      ),
    ),
  );
  return { root, heading };
}

/** The Coverage view: per source, which passages are used, by which items and how. */
import type { Source } from '../../core/pack/types';
import { spanOf } from '../../core/studio/selection';
import { h, nextId } from '../dom';
import { shortQuote, STANCE_LABEL } from '../labels';
import type { Studio, UpdateReason, View } from './app';
import { oneLine } from './bits';

interface Use {
  start: number;
  end: number;
  text: string;
  item: number;
  key: string;
  role: 'quote' | 'supports' | 'contradicts' | 'context';
}

export class CoverageView implements View {
  readonly root = h('div', { class: 'coverage-view' });

  constructor(private studio: Studio) {}

  update(reason: UpdateReason): void {
    if (reason === 'check') return;
    const s = this.studio;
    const id = nextId('cov');
    this.root.replaceChildren(
      h('div', { class: 'panel card' }, h('h2', { id, text: 'Coverage' }), h('p', { class: 'muted', text: 'Which passages of each source the items use, in the order of the text. A source no item uses is left out of the game’s evidence; one used by every item may be carrying the pack alone.' })),
      ...(s.doc.sources.length ? s.doc.sources.map((src) => this.source(src)) : [h('p', { class: 'muted', text: 'No sources yet.' })]),
    );
  }

  private source(src: Source): HTMLElement {
    const s = this.studio;
    const uses: Use[] = [];
    s.doc.items.forEach((it, i) => {
      if (it.quote?.source === src.id) {
        const sp = spanOf(src, it.quote.text);
        if (sp) uses.push({ ...sp, text: it.quote.text, item: i + 1, key: it.key, role: 'quote' });
      }
      for (const e of it.evidence) {
        if (e.source !== src.id) continue;
        const sp = spanOf(src, e.text);
        if (sp) uses.push({ ...sp, text: e.text, item: i + 1, key: it.key, role: e.stance });
      }
    });
    uses.sort((a, b) => a.start - b.start || a.item - b.item);
    // Characters covered by at least one use.
    let covered = 0;
    let reach = 0;
    for (const u of uses) {
      if (u.end > reach) {
        covered += u.end - Math.max(u.start, reach);
        reach = u.end;
      }
    }
    const pct = src.text.length ? Math.round((covered / src.text.length) * 100) : 0;
    const items = new Set(uses.map((u) => u.key)).size;
    const headId = nextId('cs');
    const bar = h('div', { class: 'cov-bar', 'aria-hidden': 'true' }, uses.map((u) => h('span', { class: `u-${u.role}`, style: `left:${(u.start / src.text.length) * 100}%;width:${Math.max(0.4, ((u.end - u.start) / src.text.length) * 100)}%` })));
    // One row per passage: the same words used by several items are listed once.
    const rows = new Map<string, Use[]>();
    for (const u of uses) rows.set(`${u.start}:${u.end}`, [...(rows.get(`${u.start}:${u.end}`) ?? []), u]);
    return h(
      'section',
      { class: 'panel card cov-source', 'aria-labelledby': headId },
      h('h3', { id: headId, text: src.title || src.id }),
      h('p', { class: uses.length ? 'muted' : 'bad', text: uses.length ? `${pct}% of the text used, by ${items} item${items === 1 ? '' : 's'}.` : 'Not used by any item yet.' }),
      bar,
      uses.length
        ? h(
            'table',
            { class: 'cov-table' },
            h('caption', { class: 'sr-only', text: `Passages of “${src.title}” used by items` }),
            h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'Passage' }), h('th', { scope: 'col', text: 'Used by' }))),
            h(
              'tbody',
              null,
              [...rows.values()].map((group) =>
                h(
                  'tr',
                  null,
                  h('td', { text: shortQuote(oneLine(group[0]!.text, 400), 160) }),
                  h(
                    'td',
                    null,
                    group.map((u) =>
                      h(
                        'button',
                        { type: 'button', class: `btn small use-link u-${u.role}`, on: { click: () => this.open(u.key, src.id) } },
                        `Item ${u.item}: ${u.role === 'quote' ? 'quote' : STANCE_LABEL[u.role].toLowerCase()}`,
                      ),
                    ),
                  ),
                ),
              ),
            ),
          )
        : null,
    );
  }

  private open(key: string, sourceId: string): void {
    this.studio.setUi({ itemKey: key, sourceId });
    this.studio.go('write', () => document.querySelector<HTMLElement>('.editor h2')?.focus());
  }
}

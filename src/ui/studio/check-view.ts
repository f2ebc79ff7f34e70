/** The Check view: the live check of the whole pack, in sentences, and its balance. */
import { VERDICTS } from '../../core/pack/types';
import type { Message } from '../../core/studio/messages';
import { h, icon, nextId } from '../dom';
import { plural, shortQuote, VERDICT_LABEL } from '../labels';
import type { Studio, UpdateReason, View } from './app';
import { oneLine } from './bits';

export class CheckView implements View {
  readonly root = h('div', { class: 'check-view' });

  constructor(private studio: Studio) {}

  update(reason: UpdateReason): void {
    if (reason === 'typing') return;
    const s = this.studio;
    const r = s.result;
    const focused = (document.activeElement as HTMLElement | null)?.dataset.fk;
    if (!r) {
      this.root.replaceChildren(h('p', { role: 'status', text: 'Checking…' }));
      return;
    }
    const sumId = nextId('chk');
    const byPlace = (m: Message) => (m.target.kind === 'item' ? `item:${m.target.key}` : m.target.kind === 'source' ? `source:${m.target.id}` : 'pack');
    const groups = new Map<string, Message[]>();
    for (const m of r.messages) groups.set(byPlace(m), [...(groups.get(byPlace(m)) ?? []), m]);
    const list: HTMLElement[] = [];
    for (const [place, msgs] of groups) {
      let title = 'The pack';
      let go: (() => void) | null = null;
      if (place.startsWith('item:')) {
        const key = place.slice(5);
        const i = s.doc.items.findIndex((it) => it.key === key);
        const it = s.doc.items[i];
        title = `Item ${i + 1}: ${it?.quote ? shortQuote(oneLine(it.quote.text, 400), 70) : 'no quote yet'}`;
        go = () => {
          s.setUi({ itemKey: key, ...(it?.quote ? { sourceId: it.quote.source } : {}) });
          s.go('write', () => document.querySelector<HTMLElement>('.editor h2')?.focus());
        };
      } else if (place.startsWith('source:')) {
        const id = place.slice(7);
        title = `Source “${s.doc.sources.find((x) => x.id === id)?.title || id}”`;
        go = () => s.go('sources', () => document.querySelector<HTMLElement>(`[data-source="${CSS.escape(id)}"] h3`)?.focus());
      } else {
        go = () => s.go('share', () => document.querySelector<HTMLElement>('[data-fk="meta:description"]')?.focus());
      }
      const gid = nextId('grp');
      list.push(
        h(
          'section',
          { class: 'check-group', 'aria-labelledby': gid },
          h('div', { class: 'panel-head' }, h('h3', { id: gid, text: title }), go ? h('button', { type: 'button', class: 'btn small', 'data-fk': `go:${place}`, on: { click: go } }, 'Go there') : null),
          h(
            'ul',
            { class: 'msgs' },
            msgs.map((m) =>
              h(
                'li',
                { class: `msg ${m.severity}` },
                icon(m.severity === 'error' ? 'cross' : 'info'),
                h('span', null, h('span', { class: 'sr-only', text: m.severity === 'error' ? 'Problem: ' : 'Note: ' }), m.text),
                m.fixes.length ? h('span', { class: 'fixes' }, m.fixes.map((f) => h('button', { type: 'button', class: 'btn small', on: { click: () => s.applyFix(f) } }, f.label))) : null,
              ),
            ),
          ),
        ),
      );
    }
    const b = r.balance;
    const decided = VERDICTS.reduce((n, v) => n + b.verdicts[v], 0);
    const balId = nextId('bal');
    this.root.replaceChildren(
      h(
        'section',
        { class: 'panel card', 'aria-labelledby': sumId },
        h('h2', { id: sumId, text: 'Check' }),
        h('p', { class: r.errors ? 'bad' : 'good', role: 'status' }, icon(r.errors ? 'cross' : 'check'), r.errors ? `${plural(r.errors, 'problem')} to fix before the game accepts the pack.` : 'The game accepts this pack.', r.warnings ? ` ${plural(r.warnings, 'note')} worth a look.` : ''),
        h('p', { class: 'muted', text: 'The same checks as the game and the content tools run, as you work.' }),
      ),
      h(
        'section',
        { class: 'panel card balance', 'aria-labelledby': balId },
        h('h2', { id: balId, text: 'Balance' }),
        h(
          'ul',
          { class: 'bars', 'aria-label': 'Items by verdict' },
          VERDICTS.map((v) =>
            h(
              'li',
              { class: `bar-row v-${v}` },
              h('span', { class: 'top' }, h('strong', { text: VERDICT_LABEL[v] }), h('span', { text: `${b.verdicts[v]}` })),
              h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: `width:${decided ? (b.verdicts[v] / decided) * 100 : 0}%` })),
            ),
          ),
        ),
        b.undecided ? h('p', { class: 'muted', text: `${plural(b.undecided, 'item')} without a verdict yet.` }) : null,
        b.warnings.length ? h('ul', { class: 'msgs' }, b.warnings.map((w) => h('li', { class: 'msg warning' }, icon('info'), h('span', { text: w.text })))) : h('p', { class: 'good' }, icon('check'), 'No imbalance found.'),
        h(
          'div',
          { class: 'balance-tables' },
          h(
            'table',
            null,
            h('caption', { text: 'Quotes by source' }),
            h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'Source' }), h('th', { scope: 'col', text: 'Quotes' }), h('th', { scope: 'col', text: 'Passages' }))),
            h('tbody', null, b.sources.map((x) => h('tr', null, h('th', { scope: 'row', text: x.title }), h('td', { text: String(x.quotes) }), h('td', { text: String(x.passages) })))),
          ),
          h(
            'table',
            null,
            h('caption', { text: 'Quotes by speaker' }),
            h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'Speaker' }), ...VERDICTS.map((v) => h('th', { scope: 'col', text: VERDICT_LABEL[v] })))),
            h('tbody', null, b.speakers.map((x) => h('tr', null, h('th', { scope: 'row', text: x.speaker }), ...VERDICTS.map((v) => h('td', { text: String(x.verdicts[v]) }))))),
          ),
        ),
      ),
      ...(list.length ? list : [h('p', { class: 'good' }, icon('check'), 'Nothing to fix.')]),
    );
    if (focused) this.root.querySelector<HTMLElement>(`[data-fk="${CSS.escape(focused)}"]`)?.focus();
  }
}

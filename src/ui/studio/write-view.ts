/**
 * The Write view: the items (listed by their quote), a source's reading view with the
 * selection's actions, and the item editor.
 */
import type { Source, Stance } from '../../core/pack/types';
import { addEvidence, moveItem, newEmptyItem, newItemFromQuote, setQuote } from '../../core/studio/commands';
import type { ExcerptResult } from '../../core/studio/selection';
import type { StudioItem } from '../../core/studio/types';
import { spanOf } from '../../core/studio/selection';
import { suggestSpeakers } from '../../core/studio/speakers';
import { h, icon, nextId } from '../dom';
import { formatDate, plural, shortQuote, STANCE_LABEL, VERDICT_LABEL } from '../labels';
import type { Studio, UpdateReason, View } from './app';
import { oneLine, fill } from './bits';
import { ItemEditor } from './editor';
import { highlightLabel, ReadingView, type Highlight, type ReadingAction } from './reading';

export class WriteView implements View {
  readonly root: HTMLElement;
  private list = h('ol', { class: 'item-list', 'aria-label': 'Items, in the pack’s order' });
  private listCount = h('span', { class: 'muted' });
  private balanceBox = h('div', { class: 'mini-balance' });
  private sourcePicker = h('div', { class: 'source-picker', role: 'group', 'aria-label': 'Source to read' });
  private readHeading = h('h2', { id: nextId('read') });
  private readMeta = h('p', { class: 'muted read-meta' });
  private selStatus = h('p', { class: 'sel-status', id: nextId('sel') });
  private quoteBtn: HTMLButtonElement;
  private quoteWhere = h('span', { class: 'where' });
  private stanceBtns = new Map<Stance, HTMLButtonElement>();
  private reading: ReadingView;
  private editor: ItemEditor;
  private selEvidence: ExcerptResult | null = null;
  private rows = new Map<string, { li: HTMLElement; signature: string }>();
  private selQuote: ExcerptResult | null = null;

  constructor(private studio: Studio) {
    this.reading = new ReadingView({
      onSelection: (ev, q) => {
        this.selEvidence = ev;
        this.selQuote = q;
        this.updateSelectionBar();
        this.editor.selectionChanged(q);
      },
      onAction: (a) => this.act(a),
      announce: (t) => studio.announce(t),
    });
    this.editor = new ItemEditor(studio, {
      reveal: (sourceId, text) => this.revealPassage(sourceId, text),
      quoteSelection: () => this.selQuote,
      useSelectionAsQuote: () => this.act('quote', true),
    });
    this.quoteBtn = h(
      'button',
      { type: 'button', class: 'btn primary', 'aria-keyshortcuts': 'Q', 'aria-describedby': this.selStatus.id, on: { click: () => this.act('quote') } },
      'Make this the quote',
      this.quoteWhere,
      h('kbd', { 'aria-hidden': 'true', text: 'Q' }),
    );
    const stances = h('div', { class: 'stance-buttons', role: 'group', 'aria-label': 'Add as evidence' }, h('span', { class: 'label', 'aria-hidden': 'true', text: 'Add as evidence:' }));
    (['supports', 'contradicts', 'context'] as const).forEach((s, i) => {
      const b = h(
        'button',
        { type: 'button', class: `btn stance-btn s-${s}`, 'aria-keyshortcuts': String(i + 1), 'aria-describedby': this.selStatus.id, 'aria-label': `Add as evidence: ${STANCE_LABEL[s].toLowerCase()}`, on: { click: () => this.act(s) } },
        icon(s === 'context' ? 'info' : s),
        STANCE_LABEL[s],
        h('kbd', { 'aria-hidden': 'true', text: String(i + 1) }),
      );
      this.stanceBtns.set(s, b);
      stances.appendChild(b);
    });
    const listId = nextId('items');
    const readId = this.readHeading.id;
    this.root = h(
      'div',
      { class: 'write' },
      h(
        'section',
        { class: 'col items-col scroll', 'aria-labelledby': listId },
        h(
          'div',
          { class: 'col-head' },
          h('h2', { id: listId, text: 'Items' }),
          this.listCount,
        ),
        this.balanceBox,
        h('p', { class: 'hint', text: 'Alt + ↑ ↓ on an item moves it.' }),
        this.list,
        h('p', null, h('button', { type: 'button', class: 'btn quiet small', on: { click: () => this.newEmpty() } }, '+ An item without a quote yet')),
      ),
      h(
        'section',
        { class: 'col read-col scroll', 'aria-labelledby': readId },
        h('div', { class: 'read-head' }, this.sourcePicker, this.readHeading, this.readMeta,
        h(
          'p',
          { class: 'legend-uses', 'aria-hidden': 'true' },
          'Marked: ',
          h('mark', { class: 'use u-quote cur', text: 'quote' }),
          ' ',
          h('mark', { class: 'use u-supports cur', text: 'supports' }),
          ' ',
          h('mark', { class: 'use u-contradicts cur', text: 'contradicts' }),
          ' ',
          h('mark', { class: 'use u-context cur', text: 'context' }),
          ' — of this item; ',
          h('mark', { class: 'use u-context', text: 'lighter' }),
          ' for the other items.',
        )
        ),
        h('div', { class: 'sel-bar' }, this.selStatus, h('div', { class: 'sel-actions' }, this.quoteBtn, stances)),
        this.reading.root,
      ),
      h('section', { class: 'col edit-col scroll', 'aria-label': 'Item editor' }, this.editor.root),
    );
    this.updateSelectionBar();
    window.addEventListener('resize', () => this.fit());
    // A notice above the page moves the view down.
    new ResizeObserver(() => this.fit()).observe(studio.shell.notices);
  }

  /** The columns reach down to the bottom of the window, wherever the view starts. */
  private fit(): void {
    if (this.root.hidden || !this.root.isConnected) return;
    const top = this.root.getBoundingClientRect().top + window.scrollY;
    this.root.style.setProperty('--write-top', `${Math.round(top)}px`);
  }

  update(reason: UpdateReason): void {
    const s = this.studio;
    this.renderList();
    if (reason !== 'typing') this.renderBalance();
    this.renderSources();
    this.reading.show(this.source(), this.highlights());
    this.editor.update(reason);
    this.updateSelectionBar();
    if (reason === 'show' && !s.doc.sources.length) this.selStatus.textContent = 'No source yet: add articles in the Sources view first.';
    if (reason === 'show' || reason === 'ui') requestAnimationFrame(() => this.fit());
  }

  private source(): Source | null {
    const s = this.studio;
    return s.doc.sources.find((x) => x.id === s.ui.sourceId) ?? s.doc.sources[0] ?? null;
  }

  // ---------------------------------------------------------------------------- list

  private renderList(): void {
    const s = this.studio;
    const result = s.result;
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.fk;
    this.listCount.textContent = plural(s.doc.items.length, 'item');
    if (s.doc.items.length === 0) {
      this.rows.clear();
      this.list.replaceChildren(h('li', { class: 'muted empty', text: 'No items yet.' }));
      return;
    }
    // A row is rebuilt only when what it shows changed: typing an explanation rebuilds none,
    // a check result only the rows whose problems changed (a pack may have 2000 items).
    const seen = new Set<string>();
    // One Tab stop for the whole list (the current item's row; ↑ ↓ move between rows), so a
    // keyboard author reaches the reading view without tabbing through every item.
    const anyCurrent = s.doc.items.some((it) => it.key === s.ui.itemKey);
    const next = s.doc.items.map((it, i) => {
      const msgs = result?.byItem[it.key] ?? [];
      const errors = msgs.filter((m) => m.severity === 'error').length;
      const unreviewed = msgs.some((m) => m.fixes.some((f) => f.kind === 'mark-reviewed'));
      const current = it.key === s.ui.itemKey;
      const tabbable = current || (!anyCurrent && i === 0);
      const signature = `${i}|${current}|${tabbable}|${it.quote?.text ?? ''}|${it.quote?.speaker ?? ''}|${it.verdict ?? ''}|${result ? errors : '?'}|${unreviewed}`;
      seen.add(it.key);
      const had = this.rows.get(it.key);
      if (had && had.signature === signature) return had.li;
      const li = h('li', null, this.row(it, i, current, tabbable, result ? errors : null, unreviewed));
      had?.li.replaceWith(li); // in place: the rows after it do not move
      this.rows.set(it.key, { li, signature });
      return li;
    });
    for (const key of [...this.rows.keys()]) if (!seen.has(key)) this.rows.delete(key);
    // Put the rows in order, moving only those out of place.
    const list = this.list;
    if (list.firstElementChild?.classList.contains('empty')) list.replaceChildren();
    next.forEach((li, i) => {
      if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
    });
    while (list.children.length > next.length) list.lastElementChild!.remove();
    if (focusKey?.startsWith('item:') && (document.activeElement as HTMLElement | null)?.dataset?.fk !== focusKey) {
      list.querySelector<HTMLElement>(`[data-fk="${CSS.escape(focusKey)}"]`)?.focus();
    }
  }

  private row(it: StudioItem, i: number, current: boolean, tabbable: boolean, errors: number | null, unreviewed: boolean): HTMLElement {
    const status = errors ? plural(errors, 'problem') : errors === 0 ? 'ready' : '';
    return h(
      'button',
      {
        type: 'button',
        class: 'item-row',
        'data-fk': `item:${it.key}`,
        'aria-current': current ? 'true' : undefined,
        tabindex: tabbable ? '0' : '-1',
        'aria-keyshortcuts': 'ArrowUp ArrowDown Alt+ArrowUp Alt+ArrowDown',
        on: {
          click: () => this.selectItem(it.key),
          keydown: (e: KeyboardEvent) => this.onRowKey(e, it.key),
        },
      },
      h('span', { class: 'num', text: String(i + 1) }),
      h(
        'span',
        { class: 'row-body' },
        h('span', { class: 'q', text: it.quote ? shortQuote(oneLine(it.quote.text, 200), 80) : 'No quote yet' }),
        h(
          'span',
          { class: 'row-meta' },
          it.verdict ? h('span', { class: `mini-chip v-${it.verdict}`, text: VERDICT_LABEL[it.verdict] }) : h('span', { class: 'mini-chip none', text: 'No verdict' }),
          it.quote?.speaker ? h('span', { class: 'muted', text: it.quote.speaker }) : null,
          status ? h('span', { class: errors ? 'bad' : 'good' }, icon(errors ? 'cross' : 'check'), status) : null,
          unreviewed ? h('span', { class: 'tag unreviewed', text: 'not reviewed' }) : null,
        ),
      ),
    );
  }

  /** The balance as the pack grows: verdicts, and the warnings (one speaker, one verdict…). */
  private renderBalance(): void {
    const b = this.studio.result?.balance;
    if (!b) return;
    const n = this.studio.doc.items.length;
    fill(
      this.balanceBox,
      h('p', { class: 'verdict-counts', 'aria-label': 'Items by verdict' }, (['claim', 'verified-fact', 'disputed'] as const).map((v) => h('span', { class: `mini-chip v-${v}`, text: `${VERDICT_LABEL[v]} ${b.verdicts[v]}` }))),
      n >= 1600 ? h('p', { class: 'near', text: `${n} of the 2000 items a pack may hold.` }) : null,
      b.warnings.length ? h('ul', { class: 'msgs' }, b.warnings.map((w) => h('li', { class: 'msg warning' }, icon('info'), h('span', { text: w.text })))) : null,
    );
  }

  private onRowKey(e: KeyboardEvent, key: string): void {
    const items = this.studio.doc.items;
    const i = items.findIndex((it) => it.key === key);
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const to = i + (e.key === 'ArrowUp' ? -1 : 1);
      if (to < 0 || to >= items.length) return;
      this.studio.exec(moveItem(key, to), { announce: `Moved to position ${to + 1} of ${items.length}.` });
      return;
    }
    if (!e.altKey && !e.ctrlKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const next = items[i + (e.key === 'ArrowUp' ? -1 : 1)];
      if (next) this.list.querySelector<HTMLElement>(`[data-fk="item:${CSS.escape(next.key)}"]`)?.focus();
    }
  }

  selectItem(key: string): void {
    const s = this.studio;
    const it = s.doc.items.find((x) => x.key === key);
    const sourceId = it?.quote?.source && s.doc.sources.some((x) => x.id === it.quote!.source) ? it.quote.source : s.ui.sourceId;
    s.setUi({ itemKey: key, sourceId });
    if (it?.quote) {
      const src = s.doc.sources.find((x) => x.id === it.quote!.source);
      const span = src ? spanOf(src, it.quote.text) : null;
      if (span) this.reading.reveal(span, false);
    }
  }

  private newEmpty(): void {
    const cmd = newEmptyItem();
    const key = cmd.key(this.studio.doc);
    this.studio.exec(cmd, { announce: 'New empty item. Select its quote in the text.' });
    this.studio.setUi({ itemKey: key });
  }

  // ---------------------------------------------------------------------------- sources

  private renderSources(): void {
    const s = this.studio;
    const current = this.source();
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.fk;
    this.sourcePicker.replaceChildren(
      ...s.doc.sources.map((src) =>
        h(
          'button',
          {
            type: 'button',
            class: 'btn small source-btn',
            'aria-pressed': String(src === current),
            'data-fk': `src:${src.id}`,
            on: { click: () => s.setUi({ sourceId: src.id }) },
          },
          `${src.outlet || src.title || src.id}${/^\d{4}/.test(src.published) ? ` ${src.published.slice(0, 4)}` : ''}`,
        ),
      ),
    );
    if (focusKey?.startsWith('src:')) this.sourcePicker.querySelector<HTMLElement>(`[data-fk="${CSS.escape(focusKey)}"]`)?.focus();
    this.readHeading.textContent = current ? current.title || current.id : 'No source yet';
    this.readMeta.textContent = current ? [current.outlet, current.author, current.published ? formatDate(current.published) : ''].filter(Boolean).join(' · ') : 'Add articles in the Sources view.';
  }

  private highlights(): Highlight[] {
    const s = this.studio;
    const src = this.source();
    if (!src) return [];
    const out: Highlight[] = [];
    s.doc.items.forEach((it, i) => {
      const current = it.key === s.ui.itemKey;
      if (it.quote?.source === src.id) {
        const span = spanOf(src, it.quote.text);
        if (span) out.push({ ...span, kind: 'quote', current, label: highlightLabel('quote', i + 1) });
      }
      for (const e of it.evidence) {
        if (e.source !== src.id) continue;
        const span = spanOf(src, e.text);
        if (span) out.push({ ...span, kind: e.stance, current, label: highlightLabel(e.stance, i + 1) });
      }
    });
    return out;
  }

  /** Shows a passage in its source (from the editor). */
  private revealPassage(sourceId: string, text: string): void {
    const s = this.studio;
    const src = s.doc.sources.find((x) => x.id === sourceId);
    if (!src) return;
    if (s.ui.sourceId !== sourceId) s.setUi({ sourceId });
    const span = spanOf(src, text);
    if (span) {
      this.reading.reveal(span, true);
      s.announce('The passage is selected in the text.');
    }
  }

  // ---------------------------------------------------------------------------- actions

  private updateSelectionBar(): void {
    const s = this.studio;
    const item = s.doc.items.find((it) => it.key === s.ui.itemKey);
    const ev = this.selEvidence;
    const fillsCurrent = !!item && !item.quote;
    this.quoteWhere.textContent = fillsCurrent ? ` of item ${s.doc.items.indexOf(item!) + 1}` : ' of a new item';
    if (!ev) {
      this.selStatus.replaceChildren('Nothing selected: select words in the text with the mouse, or focus the text and use the arrow keys (Shift to select, Enter for a sentence).');
    } else if (!ev.ok) {
      this.selStatus.replaceChildren(h('span', { class: 'bad', text: ev.message }));
    } else {
      const q = this.selQuote;
      fill(
        this.selStatus,
        h('strong', { text: `Selected, ${ev.length} characters: ` }),
        shortQuote(oneLine(ev.excerpt.text, 400), 140),
        q && !q.ok ? h('span', { class: 'bad', text: ` ${q.message.replace('A quote', 'As a quote it')}` }) : null,
        ev.earlierAt !== undefined ? h('span', { class: 'muted', text: ' The same words occur earlier in this source: the game will show that first occurrence.' }) : null,
      );
    }
    this.quoteBtn.disabled = !this.selQuote?.ok;
    for (const b of this.stanceBtns.values()) b.disabled = !ev?.ok || !item;
  }

  /** Q, 1, 2, 3 in the text, or the buttons. `replace`: the editor's "use the selection as the quote". */
  private act(a: ReadingAction, replace = false): void {
    const s = this.studio;
    const item = s.doc.items.find((it) => it.key === s.ui.itemKey);
    if (a === 'quote') {
      const r = this.selQuote;
      if (!r) return s.announce('Select the words of the quote first.');
      if (!r.ok) return s.announce(r.message);
      const src = s.doc.sources.find((x) => x.id === r.excerpt.source)!;
      if (item && (!item.quote || replace)) {
        s.exec(setQuote(item.key, r.excerpt), { announce: `Quote set for item ${s.doc.items.indexOf(item) + 1}.` });
      } else {
        const at = item ? s.doc.items.indexOf(item) + 1 : s.doc.items.length;
        const cmd = newItemFromQuote(r.excerpt, '', at);
        const key = cmd.key(s.doc);
        s.exec(cmd);
        s.setUi({ itemKey: key });
        const speakers = suggestSpeakers(src, r.excerpt, s.doc.items.map((it) => it.quote?.speaker ?? '').filter(Boolean));
        s.announce(`Item ${at + 1} made with this quote. Suggested speakers: ${speakers.join(', ')}. Now add evidence.`);
      }
      this.reading.clear();
      return;
    }
    const r = this.selEvidence;
    if (!item) return s.announce('Make a quote first: the evidence goes with an item.');
    if (!r) return s.announce('Select the words of the passage first.');
    if (!r.ok) return s.announce(r.message);
    s.exec(addEvidence(item.key, r.excerpt, a), { announce: `Added as evidence (${STANCE_LABEL[a].toLowerCase()}) for item ${s.doc.items.indexOf(item) + 1}.` });
    this.reading.clear();
  }
}

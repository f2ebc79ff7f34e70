/**
 * The Suggestions view: the draft generator's candidates as cards to accept or dismiss, each
 * with why it was proposed; for a suspected conflict, both figures side by side.
 */
import { addItems, dismissSuggestion } from '../../core/studio/commands';
import { itemFromSuggestion, type Suggestion } from '../../core/studio/suggestions';
import { h, icon, nextId } from '../dom';
import { plural, STANCE_LABEL } from '../labels';
import type { Studio, UpdateReason, View } from './app';
import { oneLine, today } from './bits';

export class SuggestView implements View {
  readonly root: HTMLElement;
  private cards = h('div', { class: 'cards' });
  private status = h('p', { class: 'suggest-status', role: 'status' });
  private runBtn: HTMLButtonElement;
  private suggestions: Suggestion[] = [];
  private busy = false;

  constructor(private studio: Studio) {
    const id = nextId('sug');
    this.runBtn = h('button', { type: 'button', class: 'btn primary', 'data-fk': 'suggest', on: { click: () => void this.run() } }, 'Suggest items');
    this.root = h(
      'section',
      { class: 'suggest-view', 'aria-labelledby': id },
      h('div', { class: 'panel card' },
        h('h2', { id, text: 'Suggestions from the draft generator' }),
        h('p', { text: 'It reads your sources and proposes statements worth checking: numbers, dates, superlatives, denials, attributed claims, and where two sources seem to disagree. It never decides. An accepted card becomes an item with no verdict and no explanation, marked “not reviewed” until you have checked it.' }),
        h('p', { class: 'row' }, this.runBtn),
        this.status,
      ),
      this.cards,
    );
  }

  update(reason: UpdateReason): void {
    if (reason === 'typing' || reason === 'check') return;
    this.runBtn.disabled = this.busy || this.studio.doc.sources.length === 0;
    if (this.studio.doc.sources.length === 0) this.status.textContent = 'Add sources first: suggestions come from them.';
    // Items accepted or dismissed elsewhere (undo included) change which cards are offered.
    const dismissed = new Set(this.studio.doc.dismissed);
    const have = new Set(this.studio.doc.items.map((it) => (it.quote ? `${it.quote.source}\u0000${it.quote.text}` : '')));
    this.render(this.suggestions.filter((s) => !dismissed.has(s.key) && !have.has(`${s.quote.source}\u0000${s.quote.text}`)));
  }

  private async run(): Promise<void> {
    const s = this.studio;
    this.busy = true;
    this.runBtn.disabled = true;
    this.status.textContent = `Reading ${plural(s.doc.sources.length, 'source')}… this takes a few seconds.`;
    try {
      this.suggestions = await s.checker.suggest(s.doc, today());
      this.status.textContent = this.suggestions.length
        ? `${plural(this.suggestions.length, 'suggestion')}, the most promising first.`
        : 'No new suggestions: the sources have no more checkable statements that the pack does not have already.';
    } catch (e) {
      this.status.textContent = `The draft generator failed: ${e instanceof Error ? e.message : String(e)}.`;
    } finally {
      this.busy = false;
      this.runBtn.disabled = false;
      this.runBtn.textContent = 'Suggest again';
    }
    this.update('doc');
  }

  private render(list: Suggestion[]): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset.fk;
    this.cards.replaceChildren(...list.map((sg, i) => this.card(sg, i)));
    if (focused?.startsWith('card:')) this.cards.querySelector<HTMLElement>(`[data-fk="${CSS.escape(focused)}"]`)?.focus();
  }

  private card(sg: Suggestion, i: number): HTMLElement {
    const s = this.studio;
    const src = s.doc.sources.find((x) => x.id === sg.quote.source);
    const name = (id: string) => {
      const x = s.doc.sources.find((y) => y.id === id);
      return x ? `${x.outlet || x.title}${x.published ? ` (${x.published.slice(0, 4)})` : ''}` : id;
    };
    const other = sg.evidence.find((e) => e.stance === 'contradicts')?.source;
    const headId = nextId('card');
    return h(
      'article',
      { class: 'suggestion card', 'aria-labelledby': headId },
      h('h3', { id: headId, class: 'sr-only', text: `Suggestion ${i + 1}: ${oneLine(sg.quote.text, 60)}` }),
      h('blockquote', { class: 'sg-quote', text: sg.quote.text }),
      h('p', { class: 'muted', text: `in ${src ? name(src.id) : sg.quote.source} · speaker guessed: ${sg.quote.speaker}` }),
      sg.conflicts.length
        ? h(
            'div',
            { class: 'conflicts' },
            sg.conflicts.map((c) =>
              h(
                'div',
                { class: 'conflict' },
                h('div', { class: 'fig' }, h('span', { class: 'muted', text: `Here, ${c.hereSource ?? (src ? name(src.id) : '')}` }), h('strong', { text: c.here })),
                h('div', { class: 'vs', 'aria-hidden': 'true', text: '≠' }),
                h('div', { class: 'fig' }, h('span', { class: 'muted', text: `There${c.thereSource ? `, ${c.thereSource}` : other ? `, ${name(other)}` : ''}` }), h('strong', { text: c.there })),
                h('p', { class: 'question', text: c.question }),
              ),
            ),
          )
        : null,
      h('h4', { text: 'Why it was proposed' }),
      h('ul', { class: 'reasons' }, sg.reasons.map((r) => h('li', { text: r.text }))),
      sg.evidence.length
        ? h(
            'details',
            { class: 'sg-evidence' },
            h('summary', { text: `${plural(sg.evidence.length, 'passage')} it found (the stances are guesses too)` }),
            h('ul', null, sg.evidence.map((e) => h('li', null, h('strong', { text: `${STANCE_LABEL[e.stance]} · ${name(e.source)}: ` }), oneLine(e.text, 220)))),
          )
        : null,
      h(
        'p',
        { class: 'row' },
        h('button', { type: 'button', class: 'btn primary small', 'data-fk': `card:accept:${sg.key}`, on: { click: () => this.accept(sg) } }, icon('check'), 'Accept'),
        h('button', { type: 'button', class: 'btn small', 'data-fk': `card:dismiss:${sg.key}`, on: { click: () => this.dismiss(sg) } }, icon('cross'), 'Dismiss'),
      ),
    );
  }

  private nextFocus(sg: Suggestion): void {
    // Keep the keyboard on the cards: the next card's Accept, or the run button.
    const all = [...this.cards.querySelectorAll<HTMLElement>('[data-fk^="card:accept:"]')];
    const i = all.findIndex((b) => b.dataset.fk === `card:accept:${sg.key}`);
    requestAnimationFrame(() => {
      const list = [...this.cards.querySelectorAll<HTMLElement>('[data-fk^="card:accept:"]')];
      (list[Math.min(i, list.length - 1)] ?? this.runBtn).focus();
    });
  }

  private accept(sg: Suggestion): void {
    const s = this.studio;
    const cmd = addItems([itemFromSuggestion(sg)], 'accept a suggestion');
    const [key] = cmd.keys(s.doc);
    this.nextFocus(sg);
    s.exec(cmd, { announce: `Accepted as item ${s.doc.items.length + 1}, with no verdict yet. It stays “not reviewed” until you check it.` });
    if (key && !s.ui.itemKey) s.setUi({ itemKey: key });
  }

  private dismiss(sg: Suggestion): void {
    this.nextFocus(sg);
    this.studio.exec(dismissSuggestion(sg.key), { announce: 'Dismissed.' });
  }
}

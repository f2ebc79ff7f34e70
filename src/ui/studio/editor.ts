/**
 * The item editor: quote (never typed: taken from a selection), speaker with suggestions,
 * verdict, the passages with their stance and note, the explanation with its length, skill
 * with suggestions, difficulty, and under "More" the group, the discussion question and the
 * item's id. The live check's messages sit under the field they concern, with their fixes.
 *
 * Changes made in a field the author is using do not rebuild the editor (focus, caret and
 * what a screen reader is reading stay put); structural changes (a passage added, an undo,
 * another item) rebuild it and put the focus back where it was.
 */
import type { Stance, Verdict } from '../../core/pack/types';
import { deleteItem, duplicateItem, movePassage, moveItem, removePassage, updateItem, updatePassage } from '../../core/studio/commands';
import type { Message } from '../../core/studio/messages';
import type { ExcerptResult } from '../../core/studio/selection';
import { LIMITS, spanOf } from '../../core/studio/selection';
import { suggestSkills } from '../../core/studio/skills';
import { suggestSpeakers } from '../../core/studio/speakers';
import type { StudioItem } from '../../core/studio/types';
import { h, icon, nextId } from '../dom';
import { formatDate, plural, skillLabel, STANCE_LABEL, VERDICT_ICON, VERDICT_LABEL, VERDICT_MEANING, VERDICT_ORDER } from '../labels';
import type { Studio, UpdateReason } from './app';
import { field, fill } from './bits';

export interface EditorHooks {
  reveal(sourceId: string, text: string): void;
  quoteSelection(): ExcerptResult | null;
  useSelectionAsQuote(): void;
}

type Box = { el: HTMLElement; match(m: Message): boolean };

export class ItemEditor {
  readonly root = h('div', { class: 'editor' });
  private shownKey: string | null = null;
  private boxes: Box[] = [];
  private useSelBtn: HTMLButtonElement | null = null;
  /** Suggests skills anew (the verdict changed without a rebuild). */
  private refreshSkills: (() => void) | null = null;

  constructor(
    private studio: Studio,
    private hooks: EditorHooks,
  ) {}

  private item(): StudioItem | undefined {
    return this.studio.doc.items.find((it) => it.key === this.studio.ui.itemKey);
  }

  update(reason: UpdateReason): void {
    const it = this.item();
    const key = it?.key ?? null;
    if (reason === 'typing' && key === this.shownKey) return;
    if (reason === 'check' && key === this.shownKey) return this.renderMessages();
    if (reason === 'ui' && key === this.shownKey) return;
    this.rebuild();
  }

  selectionChanged(q: ExcerptResult | null): void {
    if (this.useSelBtn) this.useSelBtn.disabled = !q?.ok;
  }

  private rebuild(): void {
    const active = document.activeElement as HTMLElement | null;
    const fk = this.root.contains(active) ? active?.dataset.fk : undefined;
    const caret = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : null;
    const it = this.item();
    this.shownKey = it?.key ?? null;
    this.boxes = [];
    this.useSelBtn = null;
    this.refreshSkills = null;
    this.root.replaceChildren(...(it ? this.build(it) : this.empty()));
    this.renderMessages();
    if (fk) {
      const el = this.root.querySelector<HTMLElement>(`[data-fk="${CSS.escape(fk)}"]`);
      if (el) {
        el.focus({ preventScroll: true });
        if (caret && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.type !== 'radio') el.setSelectionRange(caret[0], caret[1]);
      }
    }
  }

  private empty(): HTMLElement[] {
    const n = this.studio.doc.items.length;
    return [
      h('h2', { text: 'Item editor' }),
      h('p', { class: 'muted', text: n ? 'Choose an item in the list to edit it.' : 'No item yet. Select words in the source text and choose “Make this the quote”: the item starts there.' }),
    ];
  }

  /** A list that shows the messages matching `match`; returns its id for aria-describedby. */
  private box(match: (m: Message) => boolean): HTMLElement {
    const el = h('ul', { class: 'msgs', id: nextId('msgs') });
    this.boxes.push({ el, match });
    return el;
  }

  private renderMessages(): void {
    const it = this.item();
    const msgs = it ? (this.studio.result?.byItem[it.key] ?? []) : [];
    const used = new Set<Message>();
    for (const b of this.boxes) {
      const mine = msgs.filter((m) => !used.has(m) && b.match(m));
      mine.forEach((m) => used.add(m));
      b.el.replaceChildren(...mine.map((m) => this.message(m)));
      b.el.hidden = mine.length === 0;
      // The field the messages are about says it is invalid.
      const owner = this.root.querySelector<HTMLElement>(`[aria-describedby~="${b.el.id}"]`);
      if (owner && owner.tagName !== 'FIELDSET') owner.setAttribute('aria-invalid', String(mine.some((m) => m.severity === 'error')));
    }
    const summary = this.root.querySelector<HTMLElement>('.ed-summary');
    if (summary) {
      const errors = msgs.filter((m) => m.severity === 'error').length;
      const warnings = msgs.length - errors;
      summary.className = `ed-summary ${errors ? 'bad' : 'good'}`;
      fill(
        summary,
        icon(errors ? 'cross' : 'check'),
        this.studio.result ? (errors ? `${plural(errors, 'problem')} to fix` : 'Ready to play') + (warnings ? `, ${plural(warnings, 'note')}` : '') : 'Checking…',
      );
    }
  }

  private message(m: Message): HTMLElement {
    return h(
      'li',
      { class: `msg ${m.severity}` },
      icon(m.severity === 'error' ? 'cross' : 'info'),
      h('span', null, h('span', { class: 'sr-only', text: m.severity === 'error' ? 'Problem: ' : 'Note: ' }), m.text),
      m.fixes.length
        ? h(
            'span',
            { class: 'fixes' },
            m.fixes.map((f) => h('button', { type: 'button', class: 'btn small', 'data-fk': `fix:${f.kind}:${f.label}`, on: { click: () => this.studio.applyFix(f) } }, f.label)),
          )
        : null,
    );
  }

  // ---------------------------------------------------------------------------- the form

  private build(item: StudioItem): HTMLElement[] {
    let it = item;
    const s = this.studio;
    const doc = s.doc;
    const index = doc.items.indexOf(it);
    const exec = (patch: Parameters<typeof updateItem>[1], typing = true) => s.exec(updateItem(it.key, patch), { typing });
    const headId = nextId('ed');
    const out: HTMLElement[] = [];

    out.push(
      h(
        'div',
        { class: 'ed-head' },
        h('h2', { id: headId, tabindex: '-1', text: `Item ${index + 1} of ${doc.items.length}` }),
        h('p', { class: 'ed-summary', role: 'status' }),
        h(
          'div',
          { class: 'ed-actions' },
          h('button', { type: 'button', class: 'btn small', 'data-fk': 'preview-item', on: { click: () => s.startPreview(it.key) } }, icon('arrow'), 'Preview'),
          h('button', { type: 'button', class: 'btn small quiet', 'data-fk': 'dup', on: { click: () => this.duplicate(it.key) } }, 'Duplicate'),
          h('button', { type: 'button', class: 'btn small quiet', 'data-fk': 'up', disabled: index === 0, 'aria-label': 'Move up', on: { click: () => s.exec(moveItem(it.key, index - 1), { announce: `Moved to position ${index}.` }) } }, '↑'),
          h('button', { type: 'button', class: 'btn small quiet', 'data-fk': 'down', disabled: index === doc.items.length - 1, 'aria-label': 'Move down', on: { click: () => s.exec(moveItem(it.key, index + 1), { announce: `Moved to position ${index + 2}.` }) } }, '↓'),
          h('button', { type: 'button', class: 'btn small quiet danger', 'data-fk': 'delete', on: { click: () => this.remove(it.key, index) } }, icon('trash'), 'Delete'),
        ),
      ),
    );
    out.push(this.box((m) => m.target.kind === 'item' && !m.target.field));

    // Quote
    const qsrc = it.quote ? doc.sources.find((x) => x.id === it.quote!.source) : undefined;
    const quoteMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'quote');
    this.useSelBtn = h('button', { type: 'button', class: 'btn small', 'data-fk': 'use-sel', disabled: !this.hooks.quoteSelection()?.ok, on: { click: () => this.hooks.useSelectionAsQuote() } }, 'Use the selection instead');
    out.push(
      h(
        'section',
        { class: 'ed-quote', 'aria-label': 'Quote', 'aria-describedby': quoteMsgs.id },
        h('h3', { text: 'Quote' }),
        it.quote
          ? h('figure', { class: 'quote-mini' }, h('blockquote', { text: it.quote.text }), h('figcaption', { class: 'muted', text: qsrc ? `from ${qsrc.outlet || qsrc.title}${qsrc.published ? `, ${formatDate(qsrc.published)}` : ''}` : `from “${it.quote.source}”, not in this pack` }))
          : h('p', { class: 'muted', text: 'No quote yet: select words in the text and choose “Make this the quote”.' }),
        h(
          'p',
          { class: 'row' },
          it.quote ? h('button', { type: 'button', class: 'btn small', 'data-fk': 'show-quote', on: { click: () => this.hooks.reveal(it.quote!.source, it.quote!.text) } }, 'Show in the text') : null,
          this.useSelBtn,
        ),
        quoteMsgs,
      ),
    );

    // Speaker
    if (it.quote) {
      const spMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'speaker');
      const sp = field({
        label: 'Speaker: who says this?',
        value: it.quote.speaker,
        max: 200,
        fk: 'speaker',
        hint: 'A person, an organisation, or “the reporter” when the writer says it. “X claims Y”: the speaker is X.',
        describedBy: spMsgs.id,
        onInput: (v) => exec({ speaker: v }),
        attrs: { autocomplete: 'off' },
      });
      sp.input.addEventListener('blur', () => s.sealTyping());
      const span = qsrc ? spanOf(qsrc, it.quote.text) : null;
      const known = [...new Set(doc.items.map((x) => x.quote?.speaker ?? '').filter(Boolean))];
      const names = qsrc && span ? suggestSpeakers(qsrc, span, known) : ['the reporter'];
      const chips = h(
        'p',
        { class: 'chips', role: 'group', 'aria-label': 'Suggested speakers' },
        h('span', { class: 'muted', 'aria-hidden': 'true', text: 'Suggested: ' }),
        names.map((n) =>
          h('button', { type: 'button', class: 'chip', 'data-fk': `sp:${n}`, 'aria-pressed': String(n === it.quote!.speaker), on: { click: () => exec({ speaker: n }, false) } }, n),
        ),
      );
      out.push(h('div', { class: 'ed-speaker' }, sp.root, chips, spMsgs));
    }

    // Verdict
    const vMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'verdict');
    const vName = nextId('verdict');
    out.push(
      h(
        'fieldset',
        { class: 'ed-verdict', 'aria-describedby': vMsgs.id },
        h('legend', { text: 'Verdict' }),
        h(
          'div',
          { class: 'verdict-options' },
          VERDICT_ORDER.map((v: Verdict) => {
            const id = nextId('v');
            const input = h('input', { type: 'radio', name: vName, id, value: v, 'data-fk': `verdict:${v}`, on: { change: () => (exec({ verdict: v }), this.refreshSkills?.()) } }); // the skills suggested follow the verdict
            input.checked = it.verdict === v;
            return h('label', { class: `verdict-option v-${v}`, for: id }, input, icon(VERDICT_ICON[v]), h('span', null, h('strong', { text: VERDICT_LABEL[v] }), h('span', { class: 'meaning', text: VERDICT_MEANING[v] })));
          }),
        ),
        vMsgs,
      ),
    );

    // Evidence
    const evMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'evidence' && !m.target.passage);
    const list = h('ol', { class: 'passages' });
    it.evidence.forEach((e, k) => {
      const src = doc.sources.find((x) => x.id === e.source);
      const pMsgs = this.box((m) => m.target.kind === 'item' && m.target.passage === e.key);
      const stanceName = nextId('stance');
      const stances = h(
        'div',
        { class: 'stance-choice', role: 'radiogroup', 'aria-label': `Stance of passage ${k + 1}` },
        (['supports', 'contradicts', 'context'] as Stance[]).map((st) => {
          const id = nextId('st');
          const input = h('input', { type: 'radio', name: stanceName, id, value: st, 'data-fk': `stance:${e.key}:${st}`, on: { change: () => s.exec(updatePassage(it.key, e.key, { stance: st }), { typing: true }) } });
          input.checked = e.stance === st;
          return h('label', { for: id, class: `st s-${st}` }, input, STANCE_LABEL[st]);
        }),
      );
      const note = field({
        label: `Note on passage ${k + 1} (optional, shown to players)`,
        value: e.note ?? '',
        max: LIMITS.note,
        fk: `note:${e.key}`,
        onInput: (v) => s.exec(updatePassage(it.key, e.key, { note: v }), { typing: true }),
      });
      note.input.addEventListener('blur', () => s.sealTyping());
      list.appendChild(
        h(
          'li',
          { class: `passage s-${e.stance}`, 'aria-describedby': pMsgs.id },
          h('p', { class: 'passage-head' }, h('strong', { text: `Passage ${k + 1}` }), h('span', { class: 'muted', text: ` · ${src ? `${src.outlet || src.title}${src.published ? `, ${src.published}` : ''}` : `“${e.source}”, not in this pack`}` })),
          stances,
          h('blockquote', { text: e.text }),
          pMsgs,
          note.root,
          h(
            'p',
            { class: 'row' },
            h('button', { type: 'button', class: 'btn small', 'data-fk': `show:${e.key}`, 'aria-label': `Show passage ${k + 1} in the text`, on: { click: () => this.hooks.reveal(e.source, e.text) } }, 'Show in the text'),
            h('button', { type: 'button', class: 'btn small quiet', 'data-fk': `pup:${e.key}`, disabled: k === 0, 'aria-label': `Move passage ${k + 1} up`, on: { click: () => s.exec(movePassage(it.key, e.key, -1)) } }, '↑'),
            h('button', { type: 'button', class: 'btn small quiet', 'data-fk': `pdown:${e.key}`, disabled: k === it.evidence.length - 1, 'aria-label': `Move passage ${k + 1} down`, on: { click: () => s.exec(movePassage(it.key, e.key, 1)) } }, '↓'),
            h('button', { type: 'button', class: 'btn small quiet danger', 'data-fk': `prm:${e.key}`, 'aria-label': `Remove passage ${k + 1}`, on: { click: () => this.removePassage(it.key, e.key, k) } }, icon('trash'), 'Remove'),
          ),
        ),
      );
    });
    out.push(
      h(
        'section',
        { class: 'ed-evidence', 'aria-label': 'Evidence', 'aria-describedby': evMsgs.id },
        h('h3', { text: `Evidence (${it.evidence.length} of at most 12)` }),
        it.evidence.length ? list : h('p', { class: 'muted', text: 'No passage yet.' }),
        h('p', { class: 'hint', text: 'Select a passage in any source, then Supports, Contradicts or Context (keys 1, 2, 3 in the text).' }),
        evMsgs,
      ),
    );

    // Explanation
    const exMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'explanation');
    const ex = field({
      label: 'Explanation (shown at the reveal)',
      type: 'textarea',
      value: it.explanation,
      max: LIMITS.explanation,
      fk: 'explanation',
      hint: 'Why this verdict, from these passages, in plain words.',
      describedBy: exMsgs.id,
      onInput: (v) => exec({ explanation: v }),
    });
    ex.input.addEventListener('blur', () => s.sealTyping());
    out.push(h('div', { class: 'ed-explanation' }, ex.root, exMsgs));

    // Skill
    const skMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'skill');
    const chips = h('p', { class: 'chips', role: 'group', 'aria-label': 'Suggested skills' });
    const fillChips = (typed: string) => {
      fill(
        chips,
        h('span', { class: 'muted', 'aria-hidden': 'true', text: 'Suggested: ' }),
        suggestSkills(this.studio.doc, typed === it.skill ? '' : typed, it.key, 6).map((x) =>
          h(
            'button',
            { type: 'button', class: 'chip', 'data-fk': `skill:${x.skill}`, 'aria-pressed': String(x.skill === it.skill), title: x.uses ? `used by ${plural(x.uses, 'item')}` : 'one of the game’s skills', on: { click: () => exec({ skill: x.skill }, false) } },
            skillLabel(x.skill),
            x.uses ? h('span', { class: 'uses', text: ` ${x.uses}` }) : null,
          ),
        ),
      );
    };
    fillChips(it.skill ?? '');
    this.refreshSkills = () => {
      it = this.item() ?? it;
      fillChips(it.skill ?? '');
    };
    const sk = field({
      label: 'Skill it trains (a tag)',
      value: it.skill ?? '',
      fk: 'skill',
      hint: 'Shown after the answer and in the summary, e.g. compare-numbers.',
      describedBy: skMsgs.id,
      onInput: (v) => {
        exec({ skill: v });
        fillChips(v);
      },
      attrs: { autocomplete: 'off', spellcheck: 'false' },
    });
    sk.input.addEventListener('blur', () => s.sealTyping());
    out.push(h('div', { class: 'ed-skill' }, sk.root, chips, skMsgs));

    // Difficulty
    const dName = nextId('diff');
    out.push(
      h(
        'fieldset',
        { class: 'ed-difficulty' },
        h('legend', { text: 'Difficulty' }),
        h(
          'div',
          { class: 'inline-options' },
          ([0, 1, 2, 3] as const).map((d) => {
            const id = nextId('d');
            const input = h('input', { type: 'radio', name: dName, id, 'data-fk': `diff:${d}`, on: { change: () => exec({ difficulty: d === 0 ? undefined : d }) } });
            input.checked = (it.difficulty ?? 0) === d;
            return h('label', { for: id }, input, d === 0 ? 'Not set' : d === 1 ? '1 (easy)' : d === 3 ? '3 (hard)' : '2');
          }),
        ),
      ),
    );

    // More
    const grMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'group');
    const diMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'discussion');
    const idMsgs = this.box((m) => m.target.kind === 'item' && m.target.field === 'id');
    const gr = field({ label: 'Group (items that give each other away)', value: it.group ?? '', fk: 'group', hint: 'Items with the same group tag never share a round, e.g. two tellings of one figure.', describedBy: grMsgs.id, onInput: (v) => exec({ group: v }), attrs: { autocomplete: 'off', spellcheck: 'false' } });
    const di = field({ label: 'Discussion question for the class (optional)', type: 'textarea', value: it.discussion ?? '', max: LIMITS.discussion, fk: 'discussion', describedBy: diMsgs.id, onInput: (v) => exec({ discussion: v }) });
    const id = field({ label: 'Item id (in the file; progress is kept by it)', value: it.id, fk: 'item-id', describedBy: idMsgs.id, onInput: (v) => exec({ id: v }), attrs: { autocomplete: 'off', spellcheck: 'false' } });
    for (const f of [gr, di, id]) f.input.addEventListener('blur', () => s.sealTyping());
    const anyMore = !!(it.group || it.discussion) || (this.studio.result?.byItem[it.key] ?? []).some((m) => m.target.kind === 'item' && ['group', 'discussion', 'id'].includes(m.target.field ?? ''));
    const more = h('details', { class: 'ed-more' }, h('summary', { text: 'More: group, discussion question, id' }), gr.root, grMsgs, di.root, diMsgs, id.root, idMsgs);
    more.open = anyMore;
    out.push(more);
    return out;
  }

  private duplicate(key: string): void {
    const cmd = duplicateItem(key);
    const copy = cmd.key(this.studio.doc);
    this.studio.exec(cmd, { announce: 'Duplicated: you are editing the copy.' });
    this.studio.setUi({ itemKey: copy });
  }

  private remove(key: string, index: number): void {
    const s = this.studio;
    const next = s.doc.items[index + 1] ?? s.doc.items[index - 1];
    s.exec(deleteItem(key), { announce: `Deleted item ${index + 1}. Undo (Ctrl+Z) brings it back.` });
    s.setUi({ itemKey: next?.key ?? null });
    (this.root.querySelector<HTMLElement>('h2') ?? this.root).focus();
  }

  private removePassage(itemKey: string, passageKey: string, k: number): void {
    this.studio.exec(removePassage(itemKey, passageKey), { announce: `Removed passage ${k + 1}. Undo (Ctrl+Z) brings it back.` });
    this.root.querySelector<HTMLElement>('.ed-evidence h3')?.setAttribute('tabindex', '-1');
    this.root.querySelector<HTMLElement>('.ed-evidence h3')?.focus();
  }

}

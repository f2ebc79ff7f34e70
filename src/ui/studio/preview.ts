/**
 * Preview: an item, or the whole pack, in the game's own round and reveal screens (and its
 * summary), driven by the real session engine. Nothing is recorded. "Back to the studio" (or
 * Esc) returns to the same place: the studio's page was only hidden.
 */
import { validatePack } from '../../core/pack/index';
import type { CompiledItem, CompiledPack, Pack, Verdict } from '../../core/pack/types';
import { createSession, currentItem, progressOf, step, summarize, type SessionState } from '../../core/session/index';
import { packFromDoc } from '../../core/studio/doc';
import type { StudioDoc } from '../../core/studio/types';
import { openContext } from '../context';
import { closeDialog, isDialogOpen, openDialog } from '../dialog';
import { h } from '../dom';
import { plural } from '../labels';
import { revealBody, revealScreen } from '../screens/reveal';
import { roundScreen } from '../screens/round';
import { summaryScreen } from '../screens/summary';
import type { Screen } from '../screens/types';

/** A pack the game accepts, made from the document: the items that pass, with placeholders for missing details. */
function previewPack(doc: StudioDoc, itemKey: string | null): { pack: CompiledPack; left: number } | { error: string } {
  const base = packFromDoc(doc);
  const keys = itemKey ? [itemKey] : doc.items.map((it) => it.key);
  const index = new Map(doc.items.map((it, i) => [it.key, i]));
  const sanitized: Pack = {
    ...base,
    id: 'studio-preview',
    title: base.title || 'Untitled pack',
    language: /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(base.language) ? base.language : 'en',
    updated: /^\d{4}-\d{2}-\d{2}$/.test(base.updated) ? base.updated : new Date().toISOString().slice(0, 10),
    sources: base.sources.map((s) => ({
      ...s,
      title: s.title || '(untitled source)',
      outlet: s.outlet || '(outlet not given)',
      published: /^\d{4}(-\d{2}){0,2}$/.test(s.published) ? s.published : '2000',
      ...(s.url && !/^https?:\/\/\S+$/i.test(s.url) ? { url: undefined } : {}),
    })),
    // What is not written yet shows as such, so a half-made item can be seen already.
    items: keys.map((k) => {
      const it = base.items[index.get(k)!]!;
      return {
        ...it,
        explanation: it.explanation || '(No explanation yet.)',
        ...(it.quote ? { quote: { ...it.quote, speaker: it.quote.speaker || '(speaker not given yet)' } } : {}),
      };
    }),
  };
  delete (sanitized as { extensions?: unknown }).extensions;
  let r = validatePack(sanitized);
  if (!r.ok) {
    const bad = new Set(r.errors.map((e) => /^items\[(\d+)\]/.exec(e.path)?.[1]).filter(Boolean).map(Number));
    const kept = sanitized.items.filter((_, i) => !bad.has(i));
    if (kept.length === 0) return { error: itemKey ? 'This item cannot be previewed yet: fix its problems first (they are listed in the editor).' : 'No item can be previewed yet: every item still has problems to fix.' };
    r = validatePack({ ...sanitized, items: kept });
    if (!r.ok) return { error: `The preview could not be made: ${r.errors[0]?.message ?? 'unknown problem'}.` };
    return { pack: r.pack, left: sanitized.items.length - kept.length };
  }
  return { pack: r.pack, left: 0 };
}

export class Preview {
  readonly root = h('section', { class: 'preview', 'aria-label': 'Preview' });
  readonly ok: boolean;
  readonly message: string = '';
  private pack!: CompiledPack;
  private state!: SessionState;
  private screen: Screen | null = null;
  private holder = h('div', { class: 'preview-screen' });

  constructor(
    doc: StudioDoc,
    itemKey: string | null,
    private exit: () => void,
  ) {
    const made = previewPack(doc, itemKey);
    if ('error' in made) {
      this.ok = false;
      this.message = made.error;
      return;
    }
    this.ok = true;
    this.pack = made.pack;
    const back = h('button', { type: 'button', class: 'btn primary', 'aria-keyshortcuts': 'Escape', on: { click: () => this.leave() } }, 'Back to the studio');
    this.root.append(
      h(
        'div',
        { class: 'preview-bar' },
        h(
          'p',
          null,
          h('strong', { text: itemKey ? 'Preview of one item' : `Preview of the pack (${plural(made.pack.items.length, 'item')})` }),
          ' — as players see it; nothing is recorded.',
          made.left ? ` ${plural(made.left, 'item')} with problems ${made.left === 1 ? 'is' : 'are'} left out.` : '',
        ),
        back,
      ),
      this.holder,
    );
    this.restart();
  }

  private restart(itemIds?: readonly string[]): void {
    this.state = createSession(this.pack, itemIds ? 'misses' : 'whole', { seed: Math.floor(Math.random() * 2 ** 31), askConfidence: false, ...(itemIds ? { itemIds } : {}) });
    this.render();
  }

  focus(): void {
    this.screen?.heading.focus();
  }

  private leave(): void {
    closeDialog();
    this.screen?.dispose?.();
    this.exit();
  }

  private act(action: { type: 'answer'; verdict: Verdict } | { type: 'next' } | { type: 'end' }): void {
    const r = step(this.pack, this.state, action);
    if (!r.ok) return;
    this.state = r.state;
    this.render();
    this.focus();
    window.scrollTo(0, 0);
  }

  private render(): void {
    const st = this.state;
    const { position, total } = progressOf(st);
    const item = currentItem(this.pack, st);
    this.screen?.dispose?.();
    if (st.phase === 'question' && item) {
      this.screen = roundScreen({
        pack: this.pack,
        item,
        position,
        total,
        points: st.score.points,
        askConfidence: false,
        shortcuts: true,
        onAnswer: (verdict) => this.act({ type: 'answer', verdict }),
        onQuit: () => this.act({ type: 'end' }),
      });
    } else if (st.phase === 'reveal' && item) {
      const answer = st.answers[st.answers.length - 1]!;
      this.screen = revealScreen({
        pack: this.pack,
        item,
        answer,
        position,
        total,
        isLast: st.index >= st.order.length - 1,
        shortcuts: true,
        onNext: () => (total === 1 ? this.leave() : this.act({ type: 'next' })),
        onContext: (i, opener) => {
          const ev = item.evidence[i];
          if (ev) openContext(this.pack, ev.source, ev.span, opener);
        },
      });
    } else {
      const summary = summarize(st);
      this.screen = summaryScreen({
        pack: this.pack,
        summary,
        newBest: false,
        onReview: (it: CompiledItem, opener) => {
          const { body } = openDialog({ title: 'A question you missed', opener, className: 'review-dialog' });
          for (const el of revealBody(this.pack, it, (i) => {
            const ev = it.evidence[i];
            closeDialog();
            if (ev) openContext(this.pack, ev.source, ev.span, opener);
          }))
            body.appendChild(el);
        },
        onReplayMisses: () => this.restart(summary.stats.missedItemIds),
        onPlayAgain: () => this.restart(),
        onBack: () => this.leave(),
      });
    }
    this.holder.replaceChildren(this.screen.root);
  }

  onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || isDialogOpen() || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.leave();
      return;
    }
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (this.screen?.key?.(e)) e.preventDefault();
  }
}

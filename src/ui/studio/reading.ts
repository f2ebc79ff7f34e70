/**
 * A source's reading view: its text as paragraphs, the passages the pack uses highlighted by
 * stance, and a selection made by mouse or keyboard that becomes a quote or a passage.
 *
 * Every piece of text sits in an element that knows its offset in the source (`data-o`), so a
 * DOM selection maps back to exact offsets and the excerpt is the source's own slice.
 *
 * Keyboard (the text is focusable): ←/→ move word by word, Shift+←/→ grow or shrink the
 * selection by a word; ↑/↓ and Shift+↑/↓ the same by sentence; Home/End and Shift+Home/End to
 * the paragraph's edges; Enter selects the sentence, Shift+Enter the paragraph; Esc clears;
 * Q makes the selection the quote; 1, 2, 3 add it as evidence that supports, contradicts, or
 * gives context. The selection is the page's own (it shows and reads as selected text).
 */
import type { Source, Stance } from '../../core/pack/types';
import { excerptOf, moveCaret, paragraphs, unitAt, words, type ExcerptResult, type Unit } from '../../core/studio/selection';
import { h, nextId } from '../dom';

export interface Highlight {
  start: number;
  end: number;
  kind: 'quote' | Stance;
  /** Used by the item being edited (drawn strongly); others are drawn lightly. */
  current: boolean;
  label: string;
}

export type ReadingAction = 'quote' | Stance;

export interface ReadingOptions {
  onSelection(result: ExcerptResult | null, forQuote: ExcerptResult | null): void;
  onAction(action: ReadingAction): void;
  announce(text: string): void;
}

interface Piece {
  start: number;
  end: number;
  node: Text;
}

const KIND_ORDER: Record<Highlight['kind'], number> = { quote: 0, contradicts: 1, supports: 2, context: 3 };
const KIND_WORD: Record<Highlight['kind'], string> = { quote: 'quote', supports: 'supports', contradicts: 'contradicts', context: 'context' };

export class ReadingView {
  readonly root: HTMLElement;
  readonly text: HTMLElement;
  private source: Source | null = null;
  private signature = '';
  private pieces: Piece[] = [];
  private byNode = new Map<Text, Piece>();
  /** The selection in source offsets: anchor stays, focus moves. */
  private sel: { anchor: number; focus: number } | null = null;
  private applying = false;
  /** A pointer is down in the text: focus came from it, and the selection is the pointer's. */
  private pointing = false;
  private scrolls = new Map<string, number>();

  constructor(private opts: ReadingOptions) {
    const helpId = nextId('read-help');
    this.text = h('div', {
      class: 'reading-text',
      tabindex: '0',
      role: 'textbox',
      'aria-readonly': 'true',
      'aria-multiline': 'true',
      'aria-describedby': helpId,
      'data-fk': 'reading',
      on: {
        keydown: (e: KeyboardEvent) => this.onKey(e),
        pointerdown: () => (this.pointing = true),
        pointerup: () => {
          this.pointing = false;
          requestAnimationFrame(() => this.fromDom(true));
        },
        focus: () => this.onFocus(),
      },
    });
    this.root = h(
      'div',
      { class: 'reading' },
      h(
        'p',
        { id: helpId, class: 'sr-only' },
        'Select words with the mouse, or with the keyboard: arrows move word by word, Shift with an arrow selects, Enter selects the sentence. Then press Q to make it the quote, or 1, 2 or 3 to add it as evidence that supports, contradicts or gives context.',
      ),
      this.text,
    );
    document.addEventListener('selectionchange', () => {
      if (!this.applying && this.text.isConnected) this.fromDom(false);
    });
  }

  /** Shows a source with its highlights; re-renders only when either changed. */
  show(source: Source | null, highlights: Highlight[]): void {
    const signature = source ? `${source.id}\u0000${source.text.length}\u0000${highlights.map((x) => `${x.start}-${x.end}-${x.kind}-${x.current ? 1 : 0}-${x.label}`).join('|')}` : '';
    if (source === this.source && signature === this.signature) return;
    const sameSource = source === this.source;
    const box = this.root.closest('.scroll') as HTMLElement | null;
    // Each source keeps its place: coming back to an article shows where one was reading.
    if (!sameSource && this.source && box) this.scrolls.set(this.source.id, box.scrollTop);
    this.source = source;
    this.signature = signature;
    if (!sameSource) this.sel = null;
    this.render(highlights);
    if (!sameSource && box) box.scrollTop = (source && this.scrolls.get(source.id)) || 0;
    if (this.sel) this.applySelection(false);
    this.text.setAttribute('aria-label', source ? `Text of “${source.title || source.id}”` : 'No source');
  }

  private render(highlights: Highlight[]): void {
    this.pieces = [];
    this.byNode.clear();
    const src = this.source;
    if (!src) {
      this.text.replaceChildren(h('p', { class: 'muted', text: 'Add a source to read it here.' }));
      return;
    }
    const out: HTMLElement[] = [];
    for (const para of paragraphs(src)) {
      const p = h('p', { 'data-o': String(para.start) });
      const cuts = new Set([para.start, para.end]);
      for (const x of highlights) {
        if (x.end <= para.start || x.start >= para.end) continue;
        cuts.add(Math.max(x.start, para.start));
        cuts.add(Math.min(x.end, para.end));
      }
      const bounds = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i + 1 < bounds.length; i++) {
        const a = bounds[i]!;
        const b = bounds[i + 1]!;
        const over = highlights.filter((x) => x.start < b && x.end > a);
        const node = document.createTextNode(src.text.slice(a, b));
        let el: HTMLElement;
        if (over.length === 0) el = h('span', { 'data-o': String(a) });
        else {
          const top = [...over].sort((x, y) => Number(y.current) - Number(x.current) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind])[0]!;
          el = h('mark', {
            'data-o': String(a),
            class: `use u-${top.kind}${top.current ? ' cur' : ''}`,
            title: over.map((x) => x.label).join(' · '),
          });
        }
        el.appendChild(node);
        p.appendChild(el);
        const piece = { start: a, end: b, node };
        this.pieces.push(piece);
        this.byNode.set(node, piece);
      }
      out.push(p);
    }
    this.text.replaceChildren(...out);
  }

  // ---------------------------------------------------------------------------- selection

  /** The current selection as an excerpt result for evidence (null when nothing is selected). */
  current(role: 'quote' | 'evidence'): ExcerptResult | null {
    if (!this.source || !this.sel || this.sel.anchor === this.sel.focus) return null;
    return excerptOf(this.source, this.sel.anchor, this.sel.focus, role);
  }

  clear(): void {
    this.sel = null;
    if (this.text.contains(document.getSelection()?.anchorNode ?? null)) document.getSelection()?.removeAllRanges();
    this.notify();
  }

  /** Scrolls to a span and selects it (a passage's "Show in the text"). */
  reveal(span: { start: number; end: number }, focus = true): void {
    this.sel = { anchor: span.start, focus: span.end };
    this.applySelection(true);
    if (focus) this.text.focus({ preventScroll: true });
    this.notify();
  }

  private notify(): void {
    this.opts.onSelection(this.current('evidence'), this.current('quote'));
  }

  /** Offsets of a DOM point, or null when it is not in the text. */
  private offsetOf(node: Node, off: number): number | null {
    if (node.nodeType === 3) {
      const piece = this.byNode.get(node as Text);
      return piece ? piece.start + Math.min(off, piece.end - piece.start) : null;
    }
    const el = node as Element;
    if (el === this.text) {
      const p = this.text.children[off] as HTMLElement | undefined;
      if (p) return Number(p.dataset.o);
      return this.pieces.length ? this.pieces[this.pieces.length - 1]!.end : 0;
    }
    if (!this.text.contains(el)) return null;
    const child = el.childNodes[off];
    if (child) {
      const first = child.nodeType === 3 ? child : (child as Element).querySelector('[data-o]')?.firstChild ?? child.firstChild;
      const piece = first ? this.byNode.get(first as Text) : undefined;
      if (piece) return piece.start;
    }
    // After the last child: the end of the element's last piece.
    const texts = [...el.querySelectorAll('[data-o]')].map((x) => x.firstChild).filter((t): t is Text => !!t && t.nodeType === 3);
    const last = texts.length ? this.byNode.get(texts[texts.length - 1]!) : el.firstChild ? this.byNode.get(el.firstChild as Text) : undefined;
    return last ? last.end : null;
  }

  private pointOf(offset: number, preferNext: boolean): { node: Text; off: number } | null {
    const list = this.pieces;
    if (!list.length) return null;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end < offset || (preferNext && list[mid]!.end === offset && mid + 1 < list.length && list[mid + 1]!.start === offset)) lo = mid + 1;
      else hi = mid;
    }
    const p = list[lo]!;
    const o = Math.max(p.start, Math.min(offset, p.end));
    return { node: p.node, off: o - p.start };
  }

  /** Reads the page's selection; on pointer release, widens it to whole words on screen too. */
  private fromDom(snap: boolean): void {
    const s = document.getSelection();
    if (!s || s.rangeCount === 0 || !this.source) return;
    const inside = this.text.contains(s.anchorNode) && this.text.contains(s.focusNode);
    if (!inside) return;
    const a = this.offsetOf(s.anchorNode!, s.anchorOffset);
    const f = this.offsetOf(s.focusNode!, s.focusOffset);
    if (a === null || f === null) return;
    if (a === f) {
      // A click: the caret is there (the keyboard goes on from it).
      this.sel = { anchor: a, focus: a };
      this.notify();
      return;
    }
    this.sel = { anchor: a, focus: f };
    if (snap) {
      const r = excerptOf(this.source, a, f, 'evidence');
      if (r.ok || r.reason !== 'empty') {
        const start = r.ok ? r.excerpt.start : Math.min(a, f);
        const end = r.ok ? r.excerpt.end : Math.max(a, f);
        this.sel = f >= a ? { anchor: start, focus: end } : { anchor: end, focus: start };
        this.applySelection(false);
      }
    }
    this.notify();
  }

  private applySelection(scroll: boolean): void {
    if (!this.sel) return;
    const a = this.pointOf(this.sel.anchor, this.sel.anchor <= this.sel.focus);
    const f = this.pointOf(this.sel.focus, this.sel.focus < this.sel.anchor);
    if (!a || !f) return;
    this.applying = true;
    try {
      document.getSelection()?.setBaseAndExtent(a.node, a.off, f.node, f.off);
    } finally {
      // selectionchange fires later, as a task: ignore the one this caused.
      setTimeout(() => (this.applying = false), 0);
    }
    if (scroll) this.scrollTo(f.node.parentElement ?? this.text);
  }

  /** Scrolls the reading column (only it, not the page) so that `el` is in view below the sticky bar. */
  private scrollTo(el: Element): void {
    const box = this.root.closest('.scroll') as HTMLElement | null;
    if (!box) return;
    const bar = box.querySelector('.sel-bar')?.getBoundingClientRect().height ?? 0;
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top + bar) box.scrollTop -= b.top + bar - r.top + 24;
    else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom + 24;
  }

  private onFocus(): void {
    if (!this.source || this.pointing) return;
    if (this.sel) {
      this.applySelection(false);
      return;
    }
    // The first word on screen becomes the caret, so the arrows start where the eye is.
    const box = this.text.getBoundingClientRect();
    const visible = [...this.text.children].find((p) => p.getBoundingClientRect().bottom > Math.max(box.top, 0)) as HTMLElement | undefined;
    const at = visible ? Number(visible.dataset.o) : 0;
    const w = unitAt(this.source, at, 'word');
    if (w) {
      this.sel = { anchor: w.start, focus: w.end };
      this.applySelection(false);
      this.notify();
    }
  }

  private onKey(e: KeyboardEvent): void {
    const src = this.source;
    if (!src || e.altKey || e.ctrlKey || e.metaKey) return;
    // A click just before the key: its caret may not be read yet (that waits for a frame).
    if (!this.applying) this.fromDom(false);
    const sel = this.sel ?? { anchor: 0, focus: 0 };
    const move = (unit: Unit, dir: 1 | -1) => {
      e.preventDefault();
      if (e.shiftKey) {
        // Grow or shrink from the focus end, keeping whole words.
        const edge = sel.focus > sel.anchor || (sel.focus === sel.anchor && dir === 1) ? 'end' : 'start';
        let focus = moveCaret(src, sel.focus, unit, dir, edge);
        if (edge === 'end' && focus <= sel.anchor) focus = sel.anchor; // shrunk to nothing: stop at the anchor
        this.sel = { anchor: sel.anchor, focus };
      } else {
        // The caret moves to the next word (shown selected, so it can be seen and heard).
        const from = dir === 1 ? Math.max(sel.anchor, sel.focus) : Math.min(sel.anchor, sel.focus);
        const to = unit === 'word' ? (dir === 1 ? moveCaret(src, from, 'word', 1, 'start') : moveCaret(src, from, 'word', -1, 'start')) : moveCaret(src, from, unit, dir, 'start');
        const w = unitAt(src, to, 'word');
        this.sel = w ? { anchor: w.start, focus: w.end } : { anchor: to, focus: to };
      }
      this.applySelection(true);
      this.notify();
      this.speak();
    };
    switch (e.key) {
      case 'ArrowRight':
        return move('word', 1);
      case 'ArrowLeft':
        return move('word', -1);
      case 'ArrowDown':
        return move('sentence', 1);
      case 'ArrowUp':
        return move('sentence', -1);
      case 'PageDown':
        return move('paragraph', 1);
      case 'PageUp':
        return move('paragraph', -1);
      case 'Home':
      case 'End': {
        e.preventDefault();
        const para = unitAt(src, Math.min(sel.anchor, sel.focus), 'paragraph');
        if (!para) return;
        const target = e.key === 'Home' ? para.start : para.end;
        if (e.shiftKey) this.sel = { anchor: sel.anchor, focus: target };
        else {
          const w = unitAt(src, e.key === 'Home' ? para.start : Math.max(para.start, para.end - 1), 'word');
          this.sel = w ? { anchor: w.start, focus: w.end } : { anchor: target, focus: target };
        }
        this.applySelection(true);
        this.notify();
        this.speak();
        return;
      }
      case 'Enter': {
        e.preventDefault();
        const unit = unitAt(src, Math.min(sel.anchor, sel.focus), e.shiftKey ? 'paragraph' : 'sentence');
        if (!unit) return;
        this.sel = { anchor: unit.start, focus: unit.end };
        this.applySelection(true);
        this.notify();
        this.speak();
        return;
      }
      case 'Escape':
        if (!this.sel) return;
        e.preventDefault();
        this.clear();
        this.opts.announce('Selection cleared.');
        return;
    }
    const action: Record<string, ReadingAction> = { q: 'quote', Q: 'quote', '1': 'supports', '2': 'contradicts', '3': 'context' };
    const a = action[e.key];
    if (a) {
      e.preventDefault();
      this.opts.onAction(a);
    }
  }

  /** Says what is selected now (screen readers do not always follow a selection set by script). */
  private speak(): void {
    const r = this.current('evidence');
    if (!r || !this.source || !this.sel) return;
    const start = Math.min(this.sel.anchor, this.sel.focus);
    const end = Math.max(this.sel.anchor, this.sel.focus);
    const n = words(this.source).filter((w) => w.start >= start && w.end <= end).length;
    const text = this.source.text.slice(start, end).replace(/\s+/g, ' ');
    this.opts.announce(n <= 1 ? text : `${n} words selected: ${text.length > 160 ? `${text.slice(0, 80)} … ${text.slice(-60)}` : text}`);
  }
}

/** How a highlight is described in the legend and in its tooltip. */
export function highlightLabel(kind: Highlight['kind'], item: number): string {
  return kind === 'quote' ? `Quote of item ${item}` : `Evidence (${KIND_WORD[kind]}) for item ${item}`;
}

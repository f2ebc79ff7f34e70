/**
 * A source's text as a student's device may read it at a reveal: the passages that later
 * questions quote or cite are cut out and marked "[…]", so reading one article in context
 * never shows what is still to be asked or revealed. The revealed excerpts keep their place.
 */
import type { Span } from '../pack/types.ts';

export const ELISION = '[…]';

export interface Elided<K> {
  text: string;
  /** The kept excerpts, moved to where they now sit in `text`. */
  kept: Array<{ key: K; span: Span }>;
}

/** Intervals of `hidden` minus those of `kept`, sorted and merged. */
function cutOut(hidden: readonly Span[], kept: readonly Span[]): Span[] {
  let parts = [...hidden].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  for (const k of kept) {
    parts = parts.flatMap((s) => {
      if (k.end <= s.start || k.start >= s.end) return [s];
      const out: Span[] = [];
      if (s.start < k.start) out.push({ start: s.start, end: k.start });
      if (k.end < s.end) out.push({ start: k.end, end: s.end });
      return out;
    });
  }
  const merged: Span[] = [];
  for (const s of parts) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export function elide<K>(text: string, hidden: readonly Span[], kept: ReadonlyArray<{ key: K; span: Span }>): Elided<K> {
  const cuts = cutOut(hidden, kept.map((k) => k.span));
  let out = '';
  let at = 0;
  for (const c of cuts) {
    out += text.slice(at, c.start) + ELISION;
    at = c.end;
  }
  out += text.slice(at);
  /** Where an offset outside every cut lands in `out`. */
  const move = (offset: number): number => {
    let shift = 0;
    for (const c of cuts) {
      if (c.end <= offset) shift += ELISION.length - (c.end - c.start);
      else break;
    }
    return offset + shift;
  };
  return { text: out, kept: kept.map((k) => ({ key: k.key, span: { start: move(k.span.start), end: move(k.span.end) } })) };
}

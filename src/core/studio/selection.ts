/**
 * From a selection in a source's reading view to an excerpt. The excerpt's text is always
 * `source.text.slice(start, end)`: verbatim by construction, never retyped. A selection that
 * cuts a word is widened to the whole word, and white space at either end is left out.
 *
 * Also the moves of the reading view's keyboard caret: word by word, sentence by sentence,
 * paragraph by paragraph (Intl.Segmenter: no DOM).
 */
import { codePoints, findExcerpt, normalizeWithMap, type NormalizedText } from '../pack/index.ts';
import type { Source } from '../pack/types.ts';
import type { Excerpt } from './types.ts';

/** The format's lengths for excerpts, in code points. */
export const LIMITS = {
  quote: { min: 8, max: 600 },
  evidence: { min: 8, max: 1200 },
  explanation: 800,
  note: 400,
  discussion: 300,
  title: 120,
  description: 1000,
  sourceBytes: 1_000_000,
  sources: 200,
  items: 2000,
  evidence_per_item: 12,
} as const;

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’-]/u;

export type ExcerptResult =
  | { ok: true; excerpt: Excerpt; length: number; earlierAt?: number }
  | { ok: false; reason: 'empty' | 'short' | 'long'; message: string; length: number };

/**
 * The excerpt of `source` between two offsets (in either order), widened to whole words and
 * trimmed. `role` decides the length limits checked. `earlierAt` is set when the same words
 * occur earlier in the source: the game then shows that first occurrence (the format's rule).
 */
export function excerptOf(source: Source, a: number, b: number, role: 'quote' | 'evidence'): ExcerptResult {
  const text = source.text;
  let start = Math.max(0, Math.min(a, b, text.length));
  let end = Math.min(text.length, Math.max(a, b, 0));
  while (start > 0 && start < end && WORD_CHAR.test(text[start - 1]!) && WORD_CHAR.test(text[start]!)) start--;
  while (end < text.length && end > start && WORD_CHAR.test(text[end]!) && WORD_CHAR.test(text[end - 1]!)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  ({ start, end } = balanced(text, start, end));
  const slice = text.slice(start, end);
  const length = codePoints(slice);
  const { min, max } = LIMITS[role];
  const what = role === 'quote' ? 'A quote' : 'A passage of evidence';
  if (length === 0) return { ok: false, reason: 'empty', length, message: 'Select some words of the text first.' };
  if (length < min) return { ok: false, reason: 'short', length, message: `${what} needs at least ${min} characters: this selection has ${length}. Select more words.` };
  if (length > max) return { ok: false, reason: 'long', length, message: `${what} may be at most ${max} characters: this selection has ${length}. Select less.` };
  const excerpt: Excerpt = { source: source.id, start, end, text: slice };
  const first = findExcerpt(normalized(source), slice);
  return first && first.start < start ? { ok: true, excerpt, length, earlierAt: first.start } : { ok: true, excerpt, length };
}

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['(', ')'],
  ['[', ']'],
  ['«', '»'],
];

/**
 * A selection that opens a quotation mark or a bracket and stops just before its closing one
 * takes the closing one too (and the other way round): “is empty most Sunday afternoons”, not
 * “is empty most Sunday afternoons. Straight double quotes are paired by count.
 */
function balanced(text: string, start: number, end: number): { start: number; end: number } {
  const count = (s: string, c: string) => s.split(c).length - 1;
  const slice = text.slice(start, end);
  for (const [open, close] of PAIRS) {
    const opens = count(slice, open);
    const closes = close === '’' ? 0 : count(slice, close); // ’ is also an apostrophe: only add it, never count it
    if (opens > closes && text[end] === close) return { start, end: end + 1 };
    if (closes > opens && close !== '’' && text[start - 1] === open) return { start: start - 1, end };
  }
  if (count(slice, '"') % 2 === 1) {
    if (text[end] === '"') return { start, end: end + 1 };
    if (text[start - 1] === '"') return { start: start - 1, end };
  }
  return { start, end };
}

const cache = new Map<string, NormalizedText>();
/** A source's normalised text, kept for the few sources being worked on. */
export function normalized(source: Pick<Source, 'text'>): NormalizedText {
  let n = cache.get(source.text);
  if (!n) {
    if (cache.size > 64) cache.clear();
    n = normalizeWithMap(source.text);
    cache.set(source.text, n);
  }
  return n;
}

const spans = new WeakMap<NormalizedText, Map<string, { start: number; end: number } | null>>();

/**
 * Where an excerpt's text sits in its source (first occurrence, as the game shows it), or null.
 * Remembered per source text: the reading view asks for every passage after every keystroke.
 */
export function spanOf(source: Pick<Source, 'text'>, text: string): { start: number; end: number } | null {
  const n = normalized(source);
  let known = spans.get(n);
  if (!known) spans.set(n, (known = new Map()));
  let span = known.get(text);
  if (span === undefined) {
    span = findExcerpt(n, text);
    if (known.size > 5000) known.clear();
    known.set(text, span);
  }
  return span;
}

// ------------------------------------------------------------------------------ caret moves

export interface Segment {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(granularity: 'word' | 'sentence'): Intl.Segmenter {
  let s = segmenters.get(granularity);
  if (!s) {
    s = new Intl.Segmenter('en', { granularity });
    segmenters.set(granularity, s);
  }
  return s;
}

const wordCache = new WeakMap<object, Segment[]>();
const sentenceCache = new WeakMap<object, Segment[]>();

/** The words of a text (letters and digits; punctuation and spaces are not words). */
export function words(source: Pick<Source, 'text'>): Segment[] {
  let w = wordCache.get(source);
  if (!w) {
    w = [];
    for (const s of segmenter('word').segment(source.text)) {
      if (s.isWordLike) w.push({ start: s.index, end: s.index + s.segment.length });
    }
    wordCache.set(source, w);
  }
  return w;
}

/** The sentences of a text, trimmed; a paragraph break always ends one. */
export function sentences(source: Pick<Source, 'text'>): Segment[] {
  let out = sentenceCache.get(source);
  if (!out) {
    out = [];
    const text = source.text;
    for (const para of paragraphs(source)) {
      for (const s of segmenter('sentence').segment(text.slice(para.start, para.end))) {
        let start = para.start + s.index;
        let end = start + s.segment.length;
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
        if (end > start) out.push({ start, end });
      }
    }
    sentenceCache.set(source, out);
  }
  return out;
}

/** Paragraphs: the text between blank lines, trimmed (the reading view shows these). */
export function paragraphs(source: Pick<Source, 'text'>): Segment[] {
  const text = source.text;
  const out: Segment[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let at = 0;
  for (const m of text.matchAll(/\n[^\S\n]*\n\s*/g)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return out;
}

/** The index of the first segment for which `past(segment)` holds (segments are in order). */
function firstWhere(list: Segment[], past: (s: Segment) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export type Unit = 'word' | 'sentence' | 'paragraph';

function listOf(source: Pick<Source, 'text'>, unit: Unit): Segment[] {
  return unit === 'word' ? words(source) : unit === 'sentence' ? sentences(source) : paragraphs(source);
}

/**
 * The caret moved by one unit to the next `edge` (start or end of a word, sentence or
 * paragraph) in direction `dir`; it stays put when there is none. The reading view grows a
 * selection by ends going forward and by starts going back, so it always holds whole words.
 */
export function moveCaret(source: Pick<Source, 'text'>, offset: number, unit: Unit, dir: 1 | -1, edge: 'start' | 'end'): number {
  const list = listOf(source, unit);
  const at = (s: Segment) => (edge === 'start' ? s.start : s.end);
  if (dir === 1) {
    const i = firstWhere(list, (s) => at(s) > offset);
    return i < list.length ? at(list[i]!) : offset;
  }
  const i = firstWhere(list, (s) => at(s) >= offset) - 1;
  return i >= 0 ? at(list[i]!) : offset;
}

/** The unit (word, sentence or paragraph) at `offset`, or the next one after it. */
export function unitAt(source: Pick<Source, 'text'>, offset: number, unit: Unit): Segment | null {
  const list = listOf(source, unit);
  const i = firstWhere(list, (s) => s.end > offset);
  return list[Math.min(i, list.length - 1)] ?? null;
}

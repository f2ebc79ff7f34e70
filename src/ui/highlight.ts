/**
 * Which words of an evidence passage to highlight: the words it shares with the
 * quote (ignoring short and common words) and every number. Pure functions, no DOM.
 */

export interface Segment {
  text: string;
  mark: boolean;
}

const STOP = new Set(
  (
    'that this with from have has had were was are is been being they them their there these those ' +
    'which what when where who whom whose will would could should about into than then also just ' +
    'more most some such very only over your yours ours said says the and for not but all any our ' +
    'its his her him she you can may one out own per via upon does did each other being after before ' +
    'because while very much many even like well still here made make'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function norm(word: string): string {
  return word.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '').replace(/[.,]/g, '');
}

function isNumber(word: string): boolean {
  return /\d/.test(word);
}

function isKey(word: string): boolean {
  return isNumber(word) || (word.length >= 4 && !STOP.has(word));
}

/** Ranges `[start, end)` of the passage's key words. */
export function keyWordRanges(passage: string, quote: string): Array<[number, number]> {
  const quoteWords = new Set<string>();
  for (const m of quote.matchAll(WORD)) {
    const w = norm(m[0]);
    if (isKey(w)) quoteWords.add(w);
  }
  const ranges: Array<[number, number]> = [];
  for (const m of passage.matchAll(WORD)) {
    let word = m[0];
    // Trailing punctuation inside the match (e.g. "2013," or "members.") is not part of the word.
    word = word.replace(/[.,'’-]+$/, '');
    const w = norm(word);
    if (isNumber(w) || (isKey(w) && quoteWords.has(w))) {
      ranges.push([m.index!, m.index! + word.length]);
    }
  }
  return ranges;
}

/** Splits text into plain and marked segments from sorted, non-overlapping ranges. */
export function segments(text: string, ranges: Array<[number, number]>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return mergeAdjacent(out);
}

function mergeAdjacent(segs: Segment[]): Segment[] {
  // Join "10,000 members" style neighbours separated by a single space into one mark.
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const prev = out[out.length - 1];
    const next = segs[i + 1];
    if (!s.mark && prev?.mark && next?.mark && /^\s$/.test(s.text)) {
      prev.text += s.text + next.text;
      i += 1;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

export interface Paragraph {
  segments: Segment[];
  /** True when the paragraph contains part of the highlighted span. */
  hasMark: boolean;
}

/**
 * A source's text as paragraphs (split on blank lines), with `span` marked.
 * The span may cross paragraph breaks; each paragraph gets its own part.
 */
export function paragraphsWithSpan(text: string, span: { start: number; end: number } | null): Paragraph[] {
  const paras: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) return;
    const body = text.slice(s, e);
    let ranges: Array<[number, number]> = [];
    if (span && span.end > s && span.start < e) {
      ranges = [[Math.max(span.start, s) - s, Math.min(span.end, e) - s]];
    }
    paras.push({ segments: segments(body, ranges), hasMark: ranges.length > 0 });
  };
  for (const m of text.matchAll(re)) {
    push(at, m.index!);
    at = m.index! + m[0].length;
  }
  push(at, text.length);
  return paras;
}

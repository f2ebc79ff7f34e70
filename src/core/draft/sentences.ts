/**
 * Paragraph and sentence segmentation with offsets into the source text.
 * Every sentence's `text` is exactly `source.slice(start, end)`, so a quote
 * taken from it is verbatim by construction.
 *
 * Rules:
 * - paragraphs are separated by blank lines; inside one, a line break ends a
 *   "block" unless the line looks hard-wrapped (long, no closing punctuation);
 * - inside a block, `Intl.Segmenter` finds the sentences (so the browser, the
 *   studio's worker and Node agree), rejoined after abbreviations and initials;
 * - a very short sentence ("Near 13,000.") is merged with the next one of its
 *   block, so that it carries its own topic words.
 */

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface Sentence {
  /** Position in the source's sentence list. */
  index: number;
  paragraph: number;
  /** Index of the line-level block inside the source (interview turns are blocks). */
  block: number;
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st jr sr vs etc e.g i.e eg ie no gen col lt sgt capt rev inc ltd co corp jan feb mar apr jun jul aug
  sep sept oct nov dec u.s u.k u.n u.s.a p.m a.m fig approx dept est govt mt ft vol`.split(/\s+/).filter(Boolean),
);

/** Minimum length of a sentence that stands alone; shorter ones merge with the next. */
const MIN_SENTENCE = 20;

export function segmentParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t\r\u00A0]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number) => {
    // Trim white space off both ends.
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Splits a paragraph into blocks at line breaks, joining hard-wrapped lines. */
function blocksOf(text: string, p: Paragraph): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let blockStart = p.start;
  let lineStart = p.start;
  for (let i = p.start; i <= p.end; i++) {
    if (i < p.end && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i).trim();
    const hardWrapped = line.length >= 60 && !/[.!?:;"\u201D\u2019)\]…]$/.test(line);
    if (i === p.end || !hardWrapped) {
      let s = blockStart;
      let e = i;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e });
      blockStart = i + 1;
    }
    lineStart = i + 1;
  }
  return out;
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  // The word before the period, including inner periods (U.S, e.g).
  let s = dotIndex;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dotIndex).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // An initial ("B." in "B. R. Myers") or a dotted acronym ("B.R").
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[dotIndex - 1]!)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits one block (a line, or hard-wrapped lines) into raw sentence spans: the
 * platform's sentence segmenter (Unicode's rules: closing quotes and brackets,
 * "U.S. last", "p.m., when", ellipses), then rejoined where it broke after a
 * title or an initial ("Dr. Smith", "B. R. Myers"), which the rules cannot know.
 */
function splitBlock(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
    const s = start + index;
    const e = s + segment.length;
    const previous = spans.at(-1);
    if (previous && endsWithAbbreviation(text, previous.start, previous.end)) previous.end = e;
    else spans.push({ start: s, end: e });
  }
  return spans;
}

/** The span ends with a period that belongs to an abbreviation or an initial. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return text[e - 1] === '.' && isAbbreviation(text, e - 1);
}

/** Sentences of a text, with offsets; short ones merged into their neighbour in the same block. */
export function segmentSentences(text: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs = segmentParagraphs(text);
  const sentences: Sentence[] = [];
  let blockIndex = 0;
  for (const p of paragraphs) {
    for (const b of blocksOf(text, p)) {
      const raw = splitBlock(text, b.start, b.end);
      const merged: Array<{ start: number; end: number }> = [];
      for (let i = 0; i < raw.length; i++) {
        const span = { ...raw[i]! };
        while (span.end - span.start < MIN_SENTENCE && i + 1 < raw.length) span.end = raw[++i]!.end;
        merged.push(span);
      }
      // A short tail joins the sentence before it.
      if (merged.length > 1 && merged[merged.length - 1]!.end - merged[merged.length - 1]!.start < MIN_SENTENCE / 2) {
        const tail = merged.pop()!;
        merged[merged.length - 1]!.end = tail.end;
      }
      for (const s of merged) {
        let e = s.end;
        while (e > s.start && /\s/.test(text[e - 1]!)) e--;
        sentences.push({ index: sentences.length, paragraph: p.index, block: blockIndex, start: s.start, end: e, text: text.slice(s.start, e) });
      }
      blockIndex++;
    }
  }
  return { paragraphs, sentences };
}

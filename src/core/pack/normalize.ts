/**
 * Verbatim matching, as defined under "Matching" in the pack format:
 * NFC; curly quotes, en/em dashes and the ellipsis folded to ASCII; every Unicode
 * white-space character made a space and runs collapsed to one. Zero-width
 * characters are not white space (U+200B, U+FEFF are not `White_Space`).
 *
 * A normalised source keeps, for every character it holds, the range of the
 * original text it came from, so a match found in normalised text can be
 * reported as offsets into the source as the author wrote it.
 */

import type { Span } from './types.ts';

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
};

const WHITE_SPACE = /\p{White_Space}/u;
// A cluster is a starter followed by the marks (and Hangul vowel/final jamo) NFC may compose with it.
const CLUSTER = /[^]\p{M}*[\u1160-\u11FF]*\p{M}*/gu;

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For each character of `text`, where its cluster starts in the original. */
  starts: Uint32Array;
  /** For each character of `text`, where its cluster ends in the original (exclusive). */
  ends: Uint32Array;
}

/** Normalises a whole source, keeping the map back to original offsets. */
export function normalizeWithMap(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let inSpace = false;
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(original); m !== null; m = CLUSTER.exec(original)) {
    const cluster = m[0];
    const start = m.index;
    const end = start + cluster.length;
    if (WHITE_SPACE.test(cluster[0]!)) {
      // Extend the current space instead of adding another.
      if (inSpace) ends[ends.length - 1] = end;
      else {
        out.push(' ');
        starts.push(start);
        ends.push(end);
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    const piece = foldChars(cluster.length === 1 ? cluster : cluster.normalize('NFC'));
    for (let i = 0; i < piece.length; i++) {
      out.push(piece[i]!);
      starts.push(start);
      ends.push(end);
    }
  }
  return { text: out.join(''), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

function foldChars(s: string): string {
  let r = '';
  for (const ch of s) r += FOLD[ch] ?? ch;
  return r;
}

/** Normalises an excerpt for lookup: the same folding, with leading and trailing white space dropped. */
export function normalizeExcerpt(excerpt: string): string {
  return normalizeWithMap(excerpt).text.trim();
}

/**
 * Finds the first occurrence of `excerpt` in a normalised source and returns
 * its span in the original text, or `null` when it does not occur (or is empty).
 */
export function findExcerpt(source: NormalizedText, excerpt: string): Span | null {
  const needle = normalizeExcerpt(excerpt);
  if (needle.length === 0) return null;
  const at = source.text.indexOf(needle);
  if (at < 0) return null;
  return { start: source.starts[at]!, end: source.ends[at + needle.length - 1]! };
}

/**
 * When a quote does not match its source, the author needs to see what the
 * source actually says there: the closest passage, and where the two part ways.
 */

import { normalizeExcerpt, type NormalizedText } from './normalize.ts';

export interface ClosestPassage {
  /** The passage as it stands in the source (original characters). */
  passage: string;
  /** Where the excerpt and the passage first differ, when they share a beginning. */
  difference?: { excerpt: string; source: string };
}

const MAX_PASSAGE = 300;
const WORD = /[\p{L}\p{N}]+/gu;

export function closestPassage(original: string, source: NormalizedText, excerpt: string): ClosestPassage {
  const needle = normalizeExcerpt(excerpt);
  const prefix = longestPrefixFound(source.text, needle);
  if (prefix.length >= Math.min(20, needle.length / 3) && prefix.length > 0) {
    const at = source.text.indexOf(prefix);
    const last = Math.min(at + needle.length, source.text.length) - 1;
    let end = source.ends[last]!;
    while (end < original.length && /[\p{L}\p{N}]/u.test(original[end]!)) end++; // finish the last word
    return {
      passage: clip(original.slice(source.starts[at], end)),
      difference: {
        excerpt: wordsAround(needle, prefix.length),
        source: wordsAround(source.text, at + prefix.length),
      },
    };
  }
  return { passage: clip(bestWordWindow(original, needle)) };
}

/** The longest beginning of `needle` that occurs in `hay` (binary search: every shorter prefix occurs too). */
function longestPrefixFound(hay: string, needle: string): string {
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (hay.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return needle.slice(0, lo);
}

/** The word at `at` and the next few, to show a difference in context. */
function wordsAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && text[start - 1] !== ' ') start--;
  const rest = text.slice(start, start + 60);
  const words = rest.split(' ').slice(0, 4).join(' ');
  return words === '' ? '(the end of the text)' : words;
}

/** The run of source words, as long as the excerpt, that shares the most words with it. */
function bestWordWindow(original: string, needle: string): string {
  const wanted = new Map<string, number>();
  for (const w of needle.match(WORD) ?? []) wanted.set(wordKey(w), (wanted.get(wordKey(w)) ?? 0) + 1);
  const k = Math.max(1, [...wanted.values()].reduce((a, b) => a + b, 0));
  const words = [...original.matchAll(WORD)].map((m) => ({ w: wordKey(m[0]), start: m.index, end: m.index + m[0].length }));
  if (words.length <= k) return original;
  const have = new Map<string, number>();
  let score = 0;
  const add = (w: string, d: number) => {
    const before = have.get(w) ?? 0;
    const after = before + d;
    have.set(w, after);
    const cap = wanted.get(w) ?? 0;
    score += Math.min(after, cap) - Math.min(before, cap);
  };
  let best = -1;
  let bestAt = 0;
  for (let i = 0; i < words.length; i++) {
    add(words[i]!.w, 1);
    if (i >= k) add(words[i - k]!.w, -1);
    if (i >= k - 1 && score > best) {
      best = score;
      bestAt = i - k + 1;
    }
  }
  // Trim the window to the words it shares with the excerpt.
  let first = bestAt;
  let last = bestAt + k - 1;
  while (first < last && !wanted.has(words[first]!.w)) first++;
  while (last > first && !wanted.has(words[last]!.w)) last--;
  return original.slice(words[first]!.start, words[last]!.end);
}

/** Words compare without case and without a plural "s", so "Tuesdays" finds "Tuesday". */
function wordKey(word: string): string {
  const w = word.toLowerCase();
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= MAX_PASSAGE ? flat : `${chars.slice(0, MAX_PASSAGE).join('')}…`;
}

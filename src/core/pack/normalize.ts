/**
 * Verbatim matching, as defined under "Matching" in the pack format:
 * NFC; curly quotes, en/em dashes and the ellipsis folded to ASCII; every Unicode
 * white-space character made a space and runs collapsed to one. Zero-width
 * characters are not white space (U+200B, U+FEFF are not `White_Space`).
 *
 * A normalised source keeps, for every character it holds, the range of the
 * original text it came from, so a match found in normalised text can be
 * reported as offsets into the source as the author wrote it.
 *
 * Speed (a pack at the format's limits holds 4 MB of sources): most of a text is left as it
 * is, so the normalised text is built from slices of the original between the few places
 * that change (found by one native regular expression), and the map back is kept as those
 * places rather than two numbers per character.
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
const CLUSTER = /[^]\p{M}*[\u1160-\u11FF]*\p{M}*/uy;

/** `\p{White_Space}` other than U+0020, as UTF-16 code units. */
const WS_NOT_SPACE = '\\t\\n\\v\\f\\r\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/**
 * Where the text may not stay as it is: white space other than a lone U+0020, a character
 * that is folded, a surrogate, or any character followed by one that might be a mark or a
 * jamo (everything from U+0300 up but the general punctuation, U+2000–U+206F, which has
 * none). Everything between two such places is copied unchanged.
 */
/**
 * Characters NFC replaces even when they stand alone (singleton decompositions: OHM SIGN → Ω,
 * ANGSTROM SIGN → Å, Greek oxia vowels, CJK compatibility ideographs…), as UTF-16 code units.
 */
const NFC_SINGLETONS = '\\u0340\\u0341\\u0343\\u0374\\u037e\\u0387\\u1f71-\\u1ffd\\u2126\\u212a\\u212b\\u2329\\u232a\\uf900-\\ufaff';

const SPECIAL = new RegExp(`[${WS_NOT_SPACE}${NFC_SINGLETONS}\\u2013\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\ud800-\\udfff]| (?=[ ${WS_NOT_SPACE}])|[^](?=[\\u0300-\\u1fff\\u2070-\\uffff])`, 'g');

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** Where the cluster of character `k` of `text` starts in the original. */
  startOf(k: number): number;
  /** Where the cluster of character `k` of `text` ends in the original (exclusive). */
  endOf(k: number): number;
  /** `startOf` for every character (made on first use). */
  readonly starts: Uint32Array;
  /** `endOf` for every character (made on first use). */
  readonly ends: Uint32Array;
}

/**
 * The map back to the original, as segments of the normalised text in order. Segment `s`
 * covers text from `at[s]` to `at[s + 1]`: a copied run when `end[s]` is -1 (character k
 * comes from `from[s] + k - at[s]`), otherwise one replaced cluster, original [from, end).
 */
class SegmentMap {
  at: number[] = [];
  from: number[] = [];
  end: number[] = [];
  constructor(readonly length: number) {}

  private find(k: number): number {
    const at = this.at;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  startOf(k: number): number {
    const s = this.find(k);
    return this.end[s]! < 0 ? this.from[s]! + k - this.at[s]! : this.from[s]!;
  }

  endOf(k: number): number {
    const s = this.find(k);
    return this.end[s]! < 0 ? this.from[s]! + k - this.at[s]! + 1 : this.end[s]!;
  }

  fill(which: 'start' | 'end'): Uint32Array {
    const out = new Uint32Array(this.length);
    for (let s = 0; s < this.at.length; s++) {
      const stop = s + 1 < this.at.length ? this.at[s + 1]! : this.length;
      for (let k = this.at[s]!; k < stop; k++) {
        if (this.end[s]! < 0) out[k] = this.from[s]! + k - this.at[s]! + (which === 'end' ? 1 : 0);
        else out[k] = which === 'end' ? this.end[s]! : this.from[s]!;
      }
    }
    return out;
  }
}

function normalize(original: string): { text: string; map: SegmentMap } {
  const n = original.length;
  const parts: string[] = [];
  const at: number[] = [];
  const from: number[] = [];
  const end: number[] = [];
  let len = 0; // of the normalised text so far
  let inSpace = false;
  let i = 0;
  const copy = (stop: number) => {
    const last = at.length - 1;
    // Extend the previous copied run when this one follows it directly.
    if (last >= 0 && end[last]! < 0 && from[last]! + (len - at[last]!) === i) {
      /* contiguous */
    } else {
      at.push(len);
      from.push(i);
      end.push(-1);
    }
    parts.push(original.slice(i, stop));
    len += stop - i;
    inSpace = original.charCodeAt(stop - 1) === 0x20;
    i = stop;
  };
  const replace = (s: string, start: number, stop: number) => {
    at.push(len);
    from.push(start);
    end.push(stop);
    parts.push(s);
    len += s.length;
  };
  while (i < n) {
    if (!inSpace) {
      SPECIAL.lastIndex = i;
      const m = SPECIAL.exec(original);
      const j = m ? m.index : n;
      if (j > i) {
        copy(j);
        continue;
      }
    }
    // One cluster, as the definition says.
    CLUSTER.lastIndex = i;
    const cluster = CLUSTER.exec(original)![0];
    const start = i;
    const stop = start + cluster.length;
    if (WHITE_SPACE.test(cluster[0]!)) {
      if (!inSpace) {
        replace(' ', start, stop);
        inSpace = true;
      } else {
        // Collapsed into the space before it, which now ends here.
        const last = at.length - 1;
        if (end[last]! >= 0) end[last] = stop;
        else {
          // That space is the last character of a copied run: it becomes a segment of its own.
          at.push(len - 1);
          from.push(start - 1);
          end.push(stop);
        }
      }
      i = stop;
      continue;
    }
    inSpace = false;
    const piece = foldChars(cluster.length === 1 && cluster < '\u0300' ? cluster : cluster.normalize('NFC'));
    if (cluster.length === 1 && piece === cluster) copy(stop);
    else {
      replace(piece, start, stop);
      i = stop;
    }
  }
  const map = new SegmentMap(len);
  map.at = at;
  map.from = from;
  map.end = end;
  return { text: parts.length === 1 ? parts[0]! : parts.join(''), map };
}

/** Normalises a whole source, keeping the map back to original offsets. */
export function normalizeWithMap(original: string): NormalizedText {
  const { text, map } = normalize(original);
  let starts: Uint32Array | undefined;
  let ends: Uint32Array | undefined;
  return {
    text,
    startOf: (k) => map.startOf(k),
    endOf: (k) => map.endOf(k),
    get starts() {
      return (starts ??= map.fill('start'));
    },
    get ends() {
      return (ends ??= map.fill('end'));
    },
  };
}

function foldChars(s: string): string {
  let r = '';
  for (const ch of s) r += FOLD[ch] ?? ch;
  return r;
}

/** Normalises an excerpt for lookup: the same folding, with leading and trailing white space dropped. */
export function normalizeExcerpt(excerpt: string): string {
  // Only spaces are trimmed: every white-space character is a space by now, and a zero-width
  // character (U+FEFF, which String.prototype.trim would drop) is not white space.
  return normalize(excerpt).text.replace(/^ +| +$/g, '');
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
  return { start: source.startOf(at), end: source.endOf(at + needle.length - 1) };
}

/**
 * Numbers and years in a sentence: "more than 10,000 members", "nearly 13,000
 * people", "a few hundred people", "38-year-old", "in 2002". Each quantity keeps
 * what it counts (its unit) and the range its wording allows, so two reports of
 * the same thing can be compared.
 */

import { fold, isPersonUnit, isStopWord, stem } from './text';

export type QuantityKind = 'count' | 'percent' | 'age' | 'ordinal';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  /** The range the wording allows: "more than 10,000" is (10,000, ∞). */
  low: number;
  high: number;
  /** The words as written, e.g. "more than 10,000 members". */
  text: string;
  start: number;
  end: number;
  /** Stems of the words naming what is counted; empty when nothing follows the number. */
  unit: string[];
  /** The unit counts persons (members, people, defectors, ...). */
  persons: boolean;
}

export interface YearMention {
  year: number;
  start: number;
  end: number;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e8],
};

const WORD_NUM = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?![\\p{L}])';
const QUALIFIER = '(?:(?:way |well |far )?(?:more than|over|above|at least|upwards of|in excess of|nearly|almost|near|about|around|roughly|approximately|some|up to|close to|under|fewer than|less than|just over|just under|a few|several)\\s+)?';
const CORE =
  `(?:(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(hundred|thousand|million|billion))?` +
  `|(?:a |an )?(${WORD_NUM}|a|an)\\s+(hundred|thousand|million|billion|dozen)` +
  `|(${WORD_NUM})` +
  `|(dozens|scores|hundreds|thousands|millions)(?: of (thousands|millions))?` +
  `|(?<=(?:a few|several)\\s+)(hundred|thousand|million))`;
const SUFFIX = `(%| per ?cent|-year-old|st|nd|rd|th)?`;
const QUANTITY_RE = new RegExp(`\\b(${QUALIFIER})${CORE}${SUFFIX}`, 'giu');

function parseWordNumber(w: string): number | undefined {
  const parts = fold(w).split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = SMALL[p];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

function rangeFor(qualifier: string, value: number, vague?: [number, number]): [number, number] {
  const q = fold(qualifier).trim();
  if (vague) return vague;
  if (/more than|over|above|at least|upwards of|in excess of/.test(q)) return [value, Infinity];
  if (/nearly|almost|just under|close to/.test(q)) return [value * 0.85, value];
  if (/near|about|around|roughly|approximately|some/.test(q)) return [value * 0.85, value * 1.15];
  if (/up to|under|fewer than|less than/.test(q)) return [0, value];
  if (/a few|several/.test(q)) return [value * 2, value * 9.99];
  return [value, value];
}

const UNIT_SKIP = new Set(['of', 'more', 'other', 'new', 'different', 'own']);

/** Up to three words after the number, stopping at punctuation or a function word. */
function unitAfter(text: string, from: number): string[] {
  const rest = text.slice(from, from + 60);
  const words: string[] = [];
  const re = /^[\s\u00A0]*([\p{L}'\u2019-]+)/u;
  let pos = 0;
  for (let n = 0; n < 3; n++) {
    const m = re.exec(rest.slice(pos));
    if (!m) break;
    const w = fold(m[1]!).replace(/['\u2019]s?$/, '');
    if (n === 0 && w === 'of') {
      pos += m[0].length;
      continue;
    }
    if (isStopWord(w) && !UNIT_SKIP.has(w)) {
      // "years" and "times" are stop words for retrieval, but are units here.
      if (!/^(year|years|time|times)$/.test(w)) break;
    }
    if (UNIT_SKIP.has(w)) break;
    words.push(stem(w));
    pos += m[0].length;
  }
  return words;
}

/** A 4-digit number that reads as a year (1800–2100, not followed by what it counts). */
function looksLikeYear(text: string, start: number, end: number, value: number, raw: string): boolean {
  if (!/^\d{4}$/.test(raw) || value < 1800 || value > 2100) return false;
  const after = /^[\s\u00A0]*([\p{L}'\u2019]+)?/u.exec(text.slice(end, end + 30));
  const next = after?.[1] ? fold(after[1]) : '';
  const before = fold(text.slice(Math.max(0, start - 12), start));
  if (/(in|since|from|until|till|by|of|to|and|early|late|mid|circa|c\.|year|–|-)\s*$/.test(before)) return true;
  return !next || isStopWord(next) || /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.test(next);
}

export function extractYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  const re = /(?<![\d,.])(1[89]\d\d|20\d\d)(?!\d|,\d{3}|\.\d)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = Number(m[1]);
    if (looksLikeYear(text, m.index, m.index + 4, value, m[1]!)) out.push({ year: value, start: m.index, end: m.index + 4 });
  }
  return out;
}

export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY_RE.lastIndex = 0;
  for (let m = QUANTITY_RE.exec(text); m !== null; m = QUANTITY_RE.exec(text)) {
    const [whole, qualifier = '', digits, digitScale, wordHead, wordScale, wordAlone, vagueWord, vagueOf, scaleAlone, suffixRaw] = m;
    if (!whole.trim()) continue;
    let value: number | undefined;
    let vague: [number, number] | undefined;
    if (digits !== undefined) {
      value = Number(digits.replace(/,/g, ''));
      if (digitScale) value *= SCALE[fold(digitScale)]!;
    } else if (wordHead !== undefined && wordScale !== undefined) {
      const head = /^an?$/i.test(wordHead) ? 1 : parseWordNumber(wordHead);
      if (head === undefined) continue;
      value = head * (fold(wordScale) === 'dozen' ? 12 : SCALE[fold(wordScale)]!);
    } else if (wordAlone !== undefined) {
      value = parseWordNumber(wordAlone);
    } else if (scaleAlone !== undefined) {
      value = SCALE[fold(scaleAlone)]!;
    } else if (vagueWord !== undefined) {
      const base = VAGUE[fold(vagueWord)]!;
      const mult = vagueOf ? (fold(vagueOf) === 'thousands' ? 1000 : 1e6) : 1;
      vague = [base[0] * mult, base[1] * mult];
      value = vague[0];
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    const start = m.index + (whole.length - whole.trimStart().length);
    const end = m.index + whole.length;
    const suffix = fold(suffixRaw ?? '');
    if (digits !== undefined && !digitScale && !suffix && looksLikeYear(text, m.index + qualifier.length, end, value, digits)) continue;
    // Bare small word numbers ("one of", "two systems") are too noisy unless a unit follows.
    let kind: QuantityKind = 'count';
    if (suffix === '%' || suffix.includes('per')) kind = 'percent';
    else if (suffix.includes('year')) kind = 'age';
    else if (/^(st|nd|rd|th)$/.test(suffix)) {
      if (digits === undefined) continue;
      kind = 'ordinal';
    }
    const unit = kind === 'count' || kind === 'ordinal' ? unitAfter(text, end) : [kind];
    if (wordAlone !== undefined && (unit.length === 0 || value <= 1)) continue;
    if (kind === 'count' && digits === undefined && value <= 1) continue;
    const [low, high] = rangeFor(qualifier, value, vague);
    // "hundreds of thousands have died": an uncounted noun that then dies, flees or lives is people.
    const impliedPersons = kind === 'count' && !unit.length && /^[\s\u00A0]*(have|had|were|are|died|fled|left|live|lived|remain|remained|who|perished|starved)\b/i.test(text.slice(end, end + 20));
    out.push({
      kind,
      value,
      low,
      high,
      text: text.slice(start, end),
      start,
      end,
      unit,
      persons: impliedPersons || unit.some(isPersonUnit),
    });
  }
  return out;
}

const GENERIC_UNITS = new Set(['year', 'time', 'day', 'month', 'week', 'hour', 'old', 'minute']);

/** Whether two quantities count the same kind of thing. */
export function sameUnit(a: Quantity, aTerms: ReadonlySet<string>, b: Quantity, bTerms: ReadonlySet<string>): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'count' && a.kind !== 'ordinal') return true;
  if (a.unit.length && b.unit.length) {
    const shared = a.unit.filter((u) => b.unit.includes(u));
    if (shared.some((u) => !GENERIC_UNITS.has(u))) return true;
    // "15 years" and "ten years" compare; "16 years old" and "15 years' hard labour" do not.
    if (shared.length && a.unit.every((u) => GENERIC_UNITS.has(u)) && b.unit.every((u) => GENERIC_UNITS.has(u))) return true;
    return a.persons && b.persons;
  }
  // A bare number ("Near 13,000.") counts whatever its sentence is about.
  if (!a.unit.length && !b.unit.length) return a.persons && b.persons;
  if (!a.unit.length && a.persons && b.persons) return true;
  if (!b.unit.length && b.persons && a.persons) return true;
  if (!a.unit.length && b.unit.length) return b.unit.some((u) => aTerms.has(u)) || (b.persons && [...aTerms].some(isPersonUnit));
  if (a.unit.length && !b.unit.length) return a.unit.some((u) => bTerms.has(u)) || (a.persons && [...bTerms].some(isPersonUnit));
  return false;
}

/** Values compare as equal within 2 %. */
export function sameValue(a: Quantity, b: Quantity): boolean {
  return Math.abs(a.value - b.value) <= 0.02 * Math.max(a.value, b.value);
}

/** The ranges allowed by the wording overlap. */
export function rangesOverlap(a: Quantity, b: Quantity): boolean {
  return a.low <= b.high && b.low <= a.high;
}

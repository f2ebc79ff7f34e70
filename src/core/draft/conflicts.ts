/**
 * Comparing a candidate with an evidence unit on the same topic:
 * - number-conflict / number-mismatch: different figures for the same kind of
 *   thing ("more than 10,000 members" vs "over 17,000 members"); a mismatch is
 *   when the wording leaves room for both ("more than 10,000" vs "nearly 13,000");
 * - age-conflict: ages that imply different birth years, given publication dates;
 * - date-conflict: different years for the same event;
 * - denial: one side denies what the other asserts ("there aren't any
 *   concentration camps" vs "people are still held in concentration camps");
 * and corroborations: same-number, same-date, same-claim.
 */

import type { Unit } from './candidates';
import type { EvidenceIndex } from './relevance';
import { rangesOverlap, sameUnit, sameValue, type Quantity } from './numbers';
import { conceptOf } from './text';

export type SignalKind =
  | 'number-conflict'
  | 'number-mismatch'
  | 'age-conflict'
  | 'date-conflict'
  | 'denial'
  | 'same-number'
  | 'same-date'
  | 'same-claim'
  | 'same-denial'
  | 'same-superlative'
  | 'same-topic';

export interface Signal {
  kind: SignalKind;
  /** Contradiction or corroboration. */
  polarity: 'conflict' | 'agreement';
  /** 0–1: how sure the rule is. */
  weight: number;
  /** Human-readable, e.g. `number-conflict: more than 10,000 members vs over 17,000 members`. */
  detail: string;
}

const SUPERLATIVE_WORDS = /\b(only|first|sole|largest|biggest|most|never before|unique)\b/i;

export interface PairContext {
  index: EvidenceIndex;
  /** Publication year of each source (index by `Unit.source`), when known. */
  years: ReadonlyArray<number | undefined>;
}

export interface Overlap {
  /** Shared discriminative terms (no numbers). */
  keys: string[];
  /** Shared idf mass over the smaller side's idf mass, 0–1. */
  ratio: number;
}

function idfMass(index: EvidenceIndex, terms: Iterable<string>): number {
  let m = 0;
  for (const t of terms) if (!t.startsWith('#')) m += index.idf(t);
  return m;
}

const massCache = new WeakMap<Unit, { all: Set<string>; mass: number }>();

/** A unit's terms with its question's, and their idf mass, computed once per unit. */
function termsWithMass(u: Unit, index: EvidenceIndex): { all: Set<string>; mass: number } {
  let c = massCache.get(u);
  if (!c) {
    const all = u.questionTerms.length ? new Set([...u.termSet, ...u.questionTerms]) : u.termSet;
    c = { all, mass: idfMass(index, all) };
    massCache.set(u, c);
  }
  return c;
}

export function overlapOf(a: Unit, b: Unit, index: EvidenceIndex): Overlap {
  const shared: string[] = [];
  const ta = termsWithMass(a, index);
  const tb = termsWithMass(b, index);
  for (const t of b.termSet) if (ta.all.has(t) && !t.startsWith('#') && !t.startsWith('$')) shared.push(t);
  const mass = idfMass(index, shared);
  const denom = Math.min(ta.mass, tb.mass) || 1;
  return { keys: shared.filter((t) => index.isKey(t)), ratio: Math.min(1, mass / denom) };
}

/** The words after the number, as written, for a readable signal. */
function withUnit(u: Unit, q: Quantity): string {
  if (q.kind !== 'count' || !q.unit.length) return q.text;
  const after = u.sentence.text.slice(q.end, q.end + 40).match(/^[\s\u00A0]*([\p{L}'\u2019-]+)/u);
  return after ? `${q.text} ${after[1]}` : q.text;
}

function namesNear(u: Unit, q: Quantity): Set<string> {
  const near = u.tokens.filter((t) => t.capital && !t.isNumber && t.end <= q.start && q.start - t.end < 30);
  return new Set(near.map((t) => t.stem));
}

function agesOfSamePerson(a: Unit, qa: Quantity, b: Unit): boolean {
  const na = namesNear(a, qa);
  return b.quantities.some((qb) => qb.kind === 'age' && [...namesNear(b, qb)].some((n) => na.has(n)));
}

function dist2(x: Quantity, y: Quantity): number {
  return Math.abs(Math.log((x.value + 1) / (y.value + 1)));
}

/** Proper names both sentences mention (capitalised words past the first). */
function sharedNames(a: Unit, b: Unit): string[] {
  const names = (u: Unit) => new Set(u.tokens.filter((t, i) => i > 0 && t.capital && !t.isNumber && t.word.length > 2).map((t) => t.stem));
  const na = names(a);
  return [...names(b)].filter((n) => na.has(n));
}

function compareNumbers(a: Unit, b: Unit, ctx: PairContext, overlap: Overlap): Signal[] {
  const out: Signal[] = [];
  const aTerms = new Set([...a.termSet, ...a.questionTerms]);
  const bTerms = new Set([...b.termSet, ...b.questionTerms]);
  // Units that already agree on a figure: other figures with that unit count something else.
  const agreed = new Set<string>();
  for (const qa of a.quantities)
    for (const qb of b.quantities) if (sameUnit(qa, aTerms, qb, bTerms) && sameValue(qa, qb)) for (const u of [...qa.unit, ...qb.unit]) agreed.add(u);
  const topical = overlap.keys.filter((k) => !k.startsWith('@') && !k.startsWith('$')).length;
  for (const qa of a.quantities) {
    const matches = b.quantities.filter((qb) => sameUnit(qa, aTerms, qb, bTerms));
    if (!matches.length) continue;
    if (qa.kind === 'age') {
      // Ages are compared only between sentences naming the same person and within 3 words of the age.
      if (!agesOfSamePerson(a, qa, b)) continue;
      const ya = ctx.years[a.source];
      const yb = ctx.years[b.source];
      if (ya === undefined || yb === undefined || !sharedNames(a, b).length) continue;
      for (const qb of matches) {
        const diff = Math.abs(ya - qa.value - (yb - qb.value));
        if (diff > 1) out.push({ kind: 'age-conflict', polarity: 'conflict', weight: 0.6, detail: `age-conflict: ${qa.text} in ${ya} vs ${qb.text} in ${yb}` });
      }
      continue;
    }
    // A figure needs a shared topic beyond its unit, or both must count persons on the same scale.
    const unitStems = new Set([...qa.unit, ...matches.flatMap((q) => q.unit)]);
    const topicalBeyondUnit = overlap.keys.filter((k) => !unitStems.has(k) && !k.startsWith('@') && !k.startsWith('$')).length;
    const sameScalePersons = matches.some((qb) => qa.persons && qb.persons && Math.floor(Math.log10(qa.value + 1)) === Math.floor(Math.log10(qb.value + 1)));
    if (topicalBeyondUnit < 1 && overlap.ratio < 0.3 && !sameScalePersons) continue;
    const same = matches.find((qb) => sameValue(qa, qb));
    if (same) {
      out.push({ kind: 'same-number', polarity: 'agreement', weight: 0.55 + Math.min(0.3, overlap.ratio), detail: `same-number: ${withUnit(a, qa)} / ${withUnit(b, same)}` });
      continue;
    }
    if (qa.unit.some((u) => agreed.has(u))) continue;
    // The closest figure on the other side is the one that speaks of the same thing.
    const dist = (q: Quantity) => Math.abs(Math.log((q.value + 1) / (qa.value + 1)));
    const qb = matches.reduce((best, q) => (dist(q) < dist(best) ? q : best));
    // Figures far apart are two reports of one thing only when the sentences clearly share a topic.
    if (dist(qb) > Math.log(3) && topicalBeyondUnit < 2 && overlap.ratio < 0.25) continue;
    if (!topicalBeyondUnit && overlap.ratio < 0.3 && dist(qb) > Math.log(2)) continue;
    const hard = !rangesOverlap(qa, qb);
    const weight = (hard ? 0.7 : 0.5) + Math.min(0.2, overlap.ratio / 2) + (topical >= 2 ? 0.05 : 0);
    // Of several figures for one thing on this side, only the closest to the other side's speaks of it.
    const closer = a.quantities.some((other) => other !== qa && sameUnit(other, aTerms, qb, bTerms) && dist2(other, qb) < dist2(qa, qb));
    if (closer) continue;
    out.push({
      kind: hard ? 'number-conflict' : 'number-mismatch',
      polarity: 'conflict',
      weight,
      detail: `${hard ? 'number-conflict' : 'number-mismatch'}: ${withUnit(a, qa)} vs ${withUnit(b, qb)}`,
    });
  }
  return out;
}

function compareYears(a: Unit, b: Unit, overlap: Overlap): Signal[] {
  if (!a.years.length || !b.years.length) return [];
  const ya = new Set(a.years.map((y) => y.year));
  const yb = new Set(b.years.map((y) => y.year));
  const shared = [...ya].filter((y) => yb.has(y));
  const keys = overlap.keys.filter((k) => !k.startsWith('#'));
  if (shared.length) {
    if (keys.length >= 1 && overlap.ratio >= 0.15)
      return [{ kind: 'same-date', polarity: 'agreement', weight: 0.5 + Math.min(0.3, overlap.ratio), detail: `same-date: ${shared.join(', ')} (${keys.slice(0, 3).join(', ')})` }];
    return [];
  }
  // Different years: only a conflict when the sentences clearly speak of the same event.
  if (keys.length >= 2 && overlap.ratio >= 0.25)
    return [{ kind: 'date-conflict', polarity: 'conflict', weight: 0.45 + Math.min(0.35, overlap.ratio / 2), detail: `date-conflict: ${[...ya].join('/')} vs ${[...yb].join('/')} (${keys.slice(0, 3).join(', ')})` }];
  return [];
}

/** The concept class of a stem, looked up through the unit's own tokens. */
function conceptOfStem(u: Unit, stemmed: string): string | undefined {
  for (const t of u.tokens) if (t.stem === stemmed) return conceptOf(t.word);
  return undefined;
}

/** Distinct topics: a word and the concept class it belongs to count once. */
function distinctTopics(topics: Set<string>, a: Unit): number {
  let n = 0;
  const concepts = new Set<string>();
  for (const t of topics) {
    if (t.startsWith('$') || t.startsWith('#')) continue;
    if (t.startsWith('@')) concepts.add(t);
    else n++;
  }
  // A concept adds a topic only when none of the shared words belongs to it.
  for (const c of concepts) {
    const wordsOfConcept = a.tokens.filter((tok) => topics.has(tok.stem) && `@${conceptOf(tok.word) ?? ''}` === c).length;
    if (!wordsOfConcept) n++;
  }
  return n;
}

function compareDenial(a: Unit, b: Unit, index: EvidenceIndex, overlap: Overlap): Signal[] {
  // Denial and assertion must be about the same thing: a telling shared word or concept.
  const topics = new Set(overlap.keys);
  for (const t of a.termSet) if (t.startsWith('@') && b.termSet.has(t)) topics.add(t);
  const distinct = distinctTopics(topics, a);
  if (!distinct || overlap.ratio < 0.08) return [];
  let best: { term: string; weight: number; aDenies: boolean; strong: boolean } | undefined;
  for (const t of topics) {
    if (t.startsWith('$') || t.startsWith('#')) continue;
    const aNeg = a.negated.has(t) && !a.affirmed.has(t);
    const bNeg = b.negated.has(t) && !b.affirmed.has(t);
    const aPos = a.affirmed.has(t) && !a.negated.has(t);
    const bPos = b.affirmed.has(t) && !b.negated.has(t);
    if (!((aNeg && bPos) || (aPos && bNeg))) continue;
    if (!t.startsWith('@') && !index.isKey(t)) continue;
    const strong = aNeg ? a.stronglyNegated.has(t) : b.stronglyNegated.has(t);
    const w = (t.startsWith('@') ? 0.8 : Math.min(1, index.idf(t) / 6)) + (strong ? 0.5 : 0);
    if (!best || w > best.weight) best = { term: t, weight: w, aDenies: aNeg, strong };
  }
  if (!best) {
    // Both deny the same thing ("I haven't received a single cent" / "doesn't generate income"): they agree.
    for (const t of topics) {
      if (t.startsWith('$') || t.startsWith('#')) continue;
      if (a.negated.has(t) && !a.affirmed.has(t) && b.negated.has(t) && !b.affirmed.has(t))
        return [{ kind: 'same-denial', polarity: 'agreement', weight: Math.min(0.7, 0.3 + overlap.ratio), detail: `same-denial: both deny "${t.replace(/^@/, '')}"` }];
    }
    return [];
  }
  // An outright denial ("there are no X") of what the other asserts needs one shared topic;
  // a weaker negation needs two topics and a closer overlap.
  const conceptDenied = best.term.startsWith('@') || conceptOfStem(a, best.term) !== undefined;
  if (!(best.strong && conceptDenied && overlap.ratio >= 0.08) && (distinct < 3 || overlap.ratio < 0.25)) return [];
  const weight = Math.min(0.75, 0.2 + overlap.ratio / 2 + best.weight / 5 + (distinct >= 2 ? 0.1 : 0));
  const word = best.term.replace(/^@/, '');
  return [{ kind: 'denial', polarity: 'conflict', weight, detail: `denial: ${best.aDenies ? 'this denies' : 'the other passage denies'} "${word}", ${best.aDenies ? 'the other passage asserts it' : 'this asserts it'}` }];
}

/** Everything a pair of units says about each other; empty when nothing is found. */
export function compareUnits(a: Unit, b: Unit, ctx: PairContext): { signals: Signal[]; overlap: Overlap } {
  const overlap = overlapOf(a, b, ctx.index);
  const signals = [...compareNumbers(a, b, ctx, overlap), ...compareYears(a, b, overlap), ...compareDenial(a, b, ctx.index, overlap)];
  const conflicts = signals.some((s) => s.polarity === 'conflict');
  // Proper names (Kim, Jong, Un) say who, not what: they do not make two claims the same.
  const names = new Set([...a.tokens, ...b.tokens].filter((t) => t.capital).map((t) => t.stem));
  const wordKeys = overlap.keys.filter((k) => !k.startsWith('@') && !k.startsWith('$') && !names.has(k));
  if (!conflicts && !signals.length && overlap.ratio >= 0.45 && wordKeys.length >= 3)
    signals.push({ kind: 'same-claim', polarity: 'agreement', weight: Math.min(0.7, overlap.ratio), detail: `same-claim: shares ${overlap.keys.slice(0, 4).join(', ')}` });
  if (!conflicts && !signals.length) {
    // Both single something out ("the only foreigner ever appointed") on a shared topic.
    const sup = (u: Unit) => SUPERLATIVE_WORDS.test(u.sentence.text);
    const shared = overlap.keys.filter((k) => !k.startsWith('$'));
    if (sup(a) && sup(b) && shared.length >= 2 && overlap.ratio >= 0.15)
      signals.push({ kind: 'same-superlative', polarity: 'agreement', weight: 0.4, detail: `same-superlative: both single out ${shared.slice(0, 3).join(', ')}` });
    else {
      // A rare concept both affirm ("Spanish nobility" / "a family with aristocratic roots"): a possible corroboration.
      const rare = [...a.affirmed].filter((t) => t.startsWith('@') && b.affirmed.has(t) && !a.negated.has(t) && !b.negated.has(t) && ctx.index.df(t) <= Math.max(3, ctx.index.size * 0.02));
      if (rare.length) signals.push({ kind: 'same-topic', polarity: 'agreement', weight: 0.3, detail: `same-topic: both say "${rare[0]!.slice(1)}"` });
    }
  }
  return { signals, overlap };
}

/**
 * Assembles a draft `sourced-pack@1` from sources: candidates from every
 * source, evidence retrieved from the other sources, conflicts and
 * corroborations detected, a suggested verdict whose evidence satisfies the
 * format's verdict rules, then ranked and capped. Everything it decides is a
 * suggestion, and the pack says so in its `extensions`.
 */

import { PACK_FORMAT, type Evidence, type Item, type Pack, type Source, type Verdict } from '../pack/types';
import { REVIEW_KEY, withUnreviewedMark } from '../pack/review';
import { analyseSource, type SourceAnalysis, type Unit } from './candidates';
import { compareUnits, type PairContext, type Signal } from './conflicts';
import { EvidenceIndex, queryOf, type Hit } from './relevance';
import { sameSpeaker } from './speakers';

export interface DraftOptions {
  /** Pack id; default `draft`. */
  id?: string;
  /** Pack title; default from the first source. */
  title?: string;
  /** `YYYY-MM-DD`; default today (UTC). */
  updated?: string;
  language?: string;
  /** Cap on items; default 150. */
  maxItems?: number;
  /** Cap on evidence passages per item (1–12); default 8. */
  maxEvidence?: number;
  /** Context passages added after the flagged ones; default 6. */
  contextEvidence?: number;
  /** Evidence units retrieved per candidate before comparing; default 20. */
  retrieve?: number;
  /** Called with progress messages (for a CLI). */
  log?: (message: string) => void;
}

export interface DraftStats {
  sources: number;
  sentences: number;
  candidates: number;
  items: number;
  byVerdict: Record<Verdict, number>;
  /** Flagged conflicts over the kept items (a pair seen from both sides counts twice). */
  conflicts: number;
  /** Flagged corroborations (same figure, same date, same claim, same denial). */
  corroborations: number;
  /** Weak agreements (a shared rare topic, both singling something out), shown as context. */
  possibleCorroborations: number;
  ms: number;
}

export interface DraftResult {
  pack: Pack;
  stats: DraftStats;
}

export interface DraftItemExtension {
  suggestedVerdict: Verdict;
  confidence: number;
  signals: string[];
  features: string[];
  speakerGuess: string;
  rank: number;
  score: number;
  reviewed: false;
}

const QUOTE_MAX = 600;
const EVIDENCE_MAX = 1200;
const ID_RE = /^[a-z0-9-]{1,64}$/;
/** An interview label such as "Alejandro Cao de Benos: " (capitalised words and name particles only). */
const LABEL_PREFIX = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+(?:(?:de|del|la|le|van|von|y|da|di|al|bin)\s+)*\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,4}:\s+/u;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** A verbatim excerpt of `text` of at most `max` code points, cut at a clause boundary. */
export function excerpt(text: string, max: number, dropLabel = false): string {
  let s = text.trim();
  if (dropLabel) {
    const label = LABEL_PREFIX.exec(s);
    if (label && s.length - label[0].length >= 20) s = s.slice(label[0].length);
  }
  if (codePoints(s) <= max) return s;
  const points = Array.from(s).slice(0, max);
  const head = points.join('');
  const cut = Math.max(head.lastIndexOf('; '), head.lastIndexOf(', '), head.lastIndexOf(' \u2014'), head.lastIndexOf(' - '));
  const end = cut > max / 2 ? cut : head.lastIndexOf(' ');
  return head.slice(0, end > 0 ? end : head.length).trim();
}

function publishedYear(source: Source): number | undefined {
  const m = /^(\d{4})/.exec(source.published ?? '');
  return m ? Number(m[1]) : undefined;
}

function sourceLabel(source: Source): string {
  const year = /^\d{4}/.test(source.published) ? ` (${source.published})` : '';
  return `${source.outlet && source.outlet !== 'unknown' ? source.outlet : source.title}${year}`;
}

interface Flagged {
  hit: Hit;
  signals: Signal[];
}

interface Built {
  item: Item;
  /** Unit ids of the quote and of the evidence taken from other units. */
  quoteUnit: number;
  units: number[];
  score: number;
  conflicts: number;
  corroborations: number;
  possible: number;
}

function skillFor(verdict: Verdict, signals: Signal[], unit: Unit): string {
  if (verdict === 'disputed') {
    const k = signals.find((s) => s.polarity === 'conflict')!.kind;
    if (k === 'number-conflict' || k === 'number-mismatch') return 'compare-numbers';
    if (k === 'date-conflict' || k === 'age-conflict') return 'check-dates';
    return 'weigh-denials';
  }
  if (verdict === 'verified-fact') return 'find-corroboration';
  if (unit.features.includes('number')) return 'self-reported-numbers';
  if (unit.features.includes('attribution')) return 'who-is-speaking';
  return 'claim-or-fact';
}

function buildItem(
  unit: Unit,
  analyses: readonly SourceAnalysis[],
  flagged: Flagged[],
  context: Hit[],
  options: Required<Pick<DraftOptions, 'maxEvidence' | 'contextEvidence'>>,
  bestRatio: number,
): Built | undefined {
  const source = analyses[unit.source]!.source;
  const quoteText = excerpt(unit.text, QUOTE_MAX, unit.start === unit.sentence.start);
  if (codePoints(quoteText) < 8) return undefined;
  const evidence: Evidence[] = [];
  const signals: string[] = [];
  const used = new Set<number>();
  const conflicts = flagged
    .map((f) => ({ ...f, best: f.signals.filter((s) => s.polarity === 'conflict').sort((a, b) => b.weight - a.weight)[0] }))
    .filter((f) => f.best)
    .sort((a, b) => b.best!.weight - a.best!.weight);
  const agreements = flagged
    .map((f) => ({ ...f, best: f.signals.filter((s) => s.polarity === 'agreement').sort((a, b) => b.weight - a.weight)[0] }))
    .filter((f) => f.best && !conflicts.some((c) => c.hit.unit.id === f.hit.unit.id))
    .sort((a, b) => b.best!.weight - a.best!.weight);
  /** Adds a passage unless it is used, too short, or the evidence is full; says whether it did. */
  const add = (u: Unit, stance: Evidence['stance'], note?: string): boolean => {
    if (used.has(u.id) || evidence.length >= options.maxEvidence) return false;
    const text = excerpt(u.text, EVIDENCE_MAX, u.start === u.sentence.start);
    if (codePoints(text) < 8) return false;
    used.add(u.id);
    const e: Evidence = { source: analyses[u.source]!.source.id, text, stance };
    if (note) e.note = note.slice(0, 400);
    evidence.push(e);
    return true;
  };
  let conflictWeight = 0;
  let shownConflict: (typeof conflicts)[number] | undefined;
  for (const c of conflicts.slice(0, 4)) {
    if (!add(c.hit.unit, 'contradicts', `Suggested: ${c.best!.detail}. Speaker: ${c.hit.unit.speaker.speaker}.`)) continue;
    shownConflict ??= c;
    signals.push(c.best!.detail);
    conflictWeight = Math.max(conflictWeight, c.best!.weight);
  }
  let agreementWeight = 0;
  let anyAgreement = 0;
  let supportedBy: (typeof agreements)[number] | undefined;
  const notIndependent: string[] = [];
  for (const a of agreements.slice(0, 3)) {
    const other = a.hit.unit;
    const same = sameSpeaker(unit.speaker.speaker, other.speaker.speaker);
    if (same) {
      add(other, 'context', `Suggested: ${a.best!.detail}, but from the same speaker (${other.speaker.speaker}), so not independent.`);
      signals.push(`${a.best!.detail} (same speaker: not independent)`);
      notIndependent.push(sourceLabel(analyses[other.source]!.source));
      continue;
    }
    // With a conflict present, agreeing passages are shown as context: the verdict is disputed anyway.
    // Weak agreements (a shared topic) are shown as context too, with a note, for the author to judge.
    const weak = a.best!.weight < 0.45;
    const stance = conflicts.length || weak ? 'context' : 'supports';
    anyAgreement = Math.max(anyAgreement, a.best!.weight);
    if (!add(other, stance, `${weak ? 'Possible corroboration' : 'Suggested'}: ${a.best!.detail}. Speaker: ${other.speaker.speaker}.`)) continue;
    signals.push(a.best!.detail);
    // Only a passage actually shown can make the item a verified fact (the format's rule).
    if (stance === 'supports') {
      supportedBy ??= a;
      agreementWeight = Math.max(agreementWeight, a.best!.weight);
    }
  }
  const flaggedIds = new Set(flagged.map((f) => f.hit.unit.id));
  let extra = 0;
  for (const h of context) {
    if (extra >= options.contextEvidence) break;
    if (flaggedIds.has(h.unit.id) || used.has(h.unit.id)) continue;
    add(h.unit, 'context', `Related passage (relevance ${h.score.toFixed(1)}). Speaker: ${h.unit.speaker.speaker}.`);
    extra++;
  }
  if (!evidence.length) {
    // Nothing elsewhere: the quote's own paragraph, for context.
    const analysis = analyses[unit.source]!;
    const p = analysis.paragraphs[unit.sentence.paragraph]!;
    const para = source.text.slice(p.start, p.end);
    const neighbours = analysis.sentences.filter((s) => s.paragraph === unit.sentence.paragraph && s.index !== unit.sentence.index);
    const text = para.length <= EVIDENCE_MAX && para.trim() !== quoteText ? para : neighbours[0]?.text;
    if (!text || codePoints(excerpt(text, EVIDENCE_MAX)) < 8) return undefined;
    evidence.push({ source: source.id, text: excerpt(text, EVIDENCE_MAX), stance: 'context', note: 'The passage around the quote; no related passage was found in the other sources.' });
  }

  const verdict: Verdict = evidence.some((e) => e.stance === 'contradicts') ? 'disputed' : supportedBy ? 'verified-fact' : 'claim';
  const allSignals = [...conflicts.map((c) => c.best!), ...agreements.map((a) => a.best!)];
  const other = (u: Unit) => sourceLabel(analyses[u.source]!.source);
  let explanation: string;
  let confidence: number;
  if (verdict === 'disputed') {
    const c = shownConflict!;
    explanation = `Draft suggestion, to review: the sources disagree. ${other(c.hit.unit)} says otherwise (${c.best!.detail}).`;
    confidence = conflictWeight;
  } else if (verdict === 'verified-fact') {
    const a = supportedBy!;
    explanation = `Draft suggestion, to review: ${other(a.hit.unit)} independently reports the same (${a.best!.detail}).`;
    confidence = agreementWeight;
  } else {
    explanation =
      'Draft suggestion, to review: no other source here confirms or refutes this, so it stays a claim; the passages shown give context only.' +
      (notIndependent.length ? ` ${notIndependent.join(', ')} repeats it, but from the same speaker, so that is not independent confirmation.` : '');
    confidence = allSignals.length ? 0.4 : 0.5;
  }
  if (unit.speaker.how !== 'writer') explanation += ` Speaker guessed as ${unit.speaker.speaker}.`;
  const score = unit.score + 2.5 * conflictWeight + 1.5 * agreementWeight + 0.8 * anyAgreement + (allSignals.length ? 0.3 : 0) + 3 * bestRatio;
  const hardNumber = allSignals.some((s) => s.kind === 'number-conflict');
  const item: Item = {
    id: '',
    quote: { source: source.id, text: quoteText, speaker: unit.speaker.speaker.slice(0, 200) },
    verdict,
    explanation: explanation.slice(0, 800),
    evidence,
    skill: skillFor(verdict, allSignals, unit),
    difficulty: verdict === 'disputed' ? (hardNumber ? 1 : 2) : verdict === 'verified-fact' ? 2 : 3,
  };
  const ext: DraftItemExtension = {
    suggestedVerdict: verdict,
    confidence: Math.round(confidence * 100) / 100,
    signals,
    features: unit.features,
    speakerGuess: unit.speaker.how,
    rank: 0,
    score: Math.round(score * 100) / 100,
    reviewed: false,
  };
  item.extensions = { draft: ext };
  return { item, quoteUnit: unit.id, units: [...used], score, conflicts: conflicts.length, corroborations: agreements.filter((a) => a.best!.weight >= 0.45).length, possible: agreements.filter((a) => a.best!.weight < 0.45).length };
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '') || 'draft';
}

/** Builds the draft pack. Pure: no I/O; the caller reads the sources and writes the result. */
export function draftPack(sources: readonly Source[], options: DraftOptions = {}): DraftResult {
  const t0 = now();
  const log = options.log ?? (() => {});
  const maxItems = options.maxItems ?? 150;
  const maxEvidence = Math.min(12, Math.max(1, options.maxEvidence ?? 8));
  const contextEvidence = Math.max(0, options.contextEvidence ?? 6);
  const retrieve = options.retrieve ?? 20;

  const analyses: SourceAnalysis[] = [];
  const all: Unit[] = [];
  sources.forEach((source, i) => {
    const a = analyseSource(source, i, all.length);
    analyses.push(a);
    all.push(...a.units);
  });
  const pool = all.filter((u) => !u.isQuestion && u.terms.length >= 3 && u.text.length >= 20);
  const index = new EvidenceIndex(pool);
  const ctx: PairContext = { index, years: sources.map(publishedYear) };
  log(`${sources.length} sources, ${all.length} sentences, ${pool.length} indexed`);

  // On a large corpus only the best-scored candidates are compared: the pack keeps maxItems anyway.
  const candidateLimit = Math.max(600, 4 * maxItems);
  const candidates = all.filter((u) => u.score > 0);
  if (candidates.length > candidateLimit) {
    candidates.sort((a, b) => b.score - a.score || a.id - b.id);
    candidates.length = candidateLimit;
    candidates.sort((a, b) => a.id - b.id);
  }
  const built: Built[] = [];
  for (const unit of candidates) {
    const hits = sources.length > 1 ? index.search(queryOf(unit), retrieve, (u) => u.source === unit.source) : [];
    const flagged: Flagged[] = [];
    let bestRatio = 0;
    for (const hit of hits) {
      const { signals, overlap } = compareUnits(unit, hit.unit, ctx);
      if (signals.length) flagged.push({ hit, signals });
      bestRatio = Math.max(bestRatio, overlap.ratio);
    }
    const b = buildItem(unit, analyses, flagged, hits, { maxEvidence, contextEvidence }, bestRatio);
    if (b) built.push(b);
  }
  built.sort((a, b) => b.score - a.score);
  // Coverage first: an item whose quote/evidence pairs are mostly shown by better items already
  // (the same two passages seen from the other side) waits until the new ones are in.
  const seenPairs = new Set<string>();
  const pairKeys = (b: Built) => b.units.map((u) => (u < b.quoteUnit ? `${u}:${b.quoteUnit}` : `${b.quoteUnit}:${u}`));
  const first: Built[] = [];
  const later: Built[] = [];
  for (const b of built) {
    const keys = pairKeys(b);
    const fresh = keys.filter((k) => !seenPairs.has(k)).length;
    if (first.length < maxItems && (keys.length === 0 || fresh / keys.length >= 0.5)) {
      first.push(b);
      for (const k of keys) seenPairs.add(k);
    } else later.push(b);
  }
  const kept = [...first, ...later].slice(0, maxItems).sort((a, b) => b.score - a.score);
  const usedIds = new Set<string>();
  kept.forEach((b, i) => {
    const base = `${b.item.quote.source.slice(0, 48)}-${String(i + 1).padStart(3, '0')}`;
    let id = slug(base);
    while (usedIds.has(id)) id = slug(`${id.slice(0, 60)}-x`);
    usedIds.add(id);
    b.item.id = id;
    (b.item.extensions!.draft as DraftItemExtension).rank = i + 1;
  });

  const byVerdict: Record<Verdict, number> = { claim: 0, 'verified-fact': 0, disputed: 0 };
  for (const b of kept) byVerdict[b.item.verdict]++;
  const stats: DraftStats = {
    sources: sources.length,
    sentences: all.length,
    candidates: candidates.length,
    items: kept.length,
    byVerdict,
    conflicts: kept.reduce((n, b) => n + b.conflicts, 0),
    corroborations: kept.reduce((n, b) => n + b.corroborations, 0),
    possibleCorroborations: kept.reduce((n, b) => n + b.possible, 0),
    ms: 0,
  };
  const updated = options.updated ?? new Date().toISOString().slice(0, 10);
  const id = options.id && ID_RE.test(options.id) ? options.id : slug(options.id ?? 'draft');
  const title = (options.title ?? `Draft: ${sources[0]?.title ?? 'untitled'}`).slice(0, 120) || 'Draft';
  stats.ms = Math.round(now() - t0);
  const pack: Pack = {
    format: PACK_FORMAT,
    id,
    title,
    description: `A machine-made draft from ${sources.length} source${sources.length === 1 ? '' : 's'}. Every verdict, stance, speaker and explanation is a suggestion for the author to review.`,
    language: options.language ?? 'en',
    updated,
    sources: sources.map((s) => ({ ...s })),
    items: kept.map((b) => b.item),
    // The review mark (src/core/pack/review.ts): validate warns, build refuses, the game says so.
    extensions: withUnreviewedMark({
      draft: {
        generator: 'sourced content draft',
        version: 1,
        note: `Verdicts, stances, speakers, explanations and skills are only suggestions made by rules, not judgements. Review every item, edit or delete it, and remove extensions["${REVIEW_KEY}"] when done.`,
        // No timing here: the same sources give the same file.
        stats: { sources: stats.sources, sentences: stats.sentences, candidates: stats.candidates, items: stats.items, byVerdict: stats.byVerdict },
      },
    }, 'sourced draft'),
  };
  return { pack, stats };
}

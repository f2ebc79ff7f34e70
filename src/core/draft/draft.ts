/**
 * Assembles a draft `sourced-pack@1` from sources: candidates from every
 * source (sentences, and the clauses of long ones), evidence retrieved from the
 * other sources (and from the same source: a figure revised or corrected there,
 * an interview answer rejecting the statement before it), conflicts and
 * corroborations detected, a stance per passage that keeps to the one rule for
 * independence (the speaker's own account again, or a reported claim, is
 * context), a suggested verdict whose evidence satisfies the format's verdict
 * rules, then ranked and capped, one item per passage. Everything it decides is a
 * suggestion: the pack carries the review mark, each item's reasons are in
 * `extensions.draft`, and the passages ranked but not shown in
 * `extensions.draft.candidates`, for the author.
 */

import { PACK_FORMAT, type Evidence, type Item, type Pack, type Source, type Stance, type Verdict } from '../pack/types';
import { REVIEW_KEY, withUnreviewedMark } from '../pack/review';
import { analyseSource, type SourceAnalysis, type Unit } from './candidates';
import { compareUnits, type PairContext, type Signal, type SignalKind } from './conflicts';
import { explanationFor, noteFor } from './explain';
import type { DraftCandidate, DraftItemExtension, EvidenceReason, SourceRef } from './extension';
import { EvidenceIndex, queryOf, type Hit } from './relevance';
import { sameSpeaker } from './speakers';
import { escapeRegExp, fold } from './text';

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
  /** Cap on evidence passages shown per item (1–12); default 4: flagged passages first, then related ones; the rest go to the candidates. */
  maxEvidence?: number;
  /** Related passages from other sources shown as context: up to this many when no rule flagged a passage, one fewer beside flagged ones; default 3. */
  contextEvidence?: number;
  /** Passages kept for the author in `extensions.draft.candidates` beyond those shown (ranked; never shown to students); default 6. */
  candidateEvidence?: number;
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
  /** Flagged corroborations (same figure, same date, same statement, same denial), independent or not. */
  corroborations: number;
  /** Weak agreements (a shared topic, both singling something out), for the author to judge. */
  possibleCorroborations: number;
  ms: number;
}

export interface DraftResult {
  pack: Pack;
  stats: DraftStats;
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

/** Publication date in months since year 0 (mid-year or mid-month when less is known). */
function publishedMonths(source: Source): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(source.published ?? '');
  return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 6) : undefined;
}

/** Publication day in days since 1970, when the full date is known. */
function publishedDays(source: Source): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(source.published ?? '');
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : undefined;
}

function sourceRef(source: Source): SourceRef {
  return { id: source.id, outlet: source.outlet, published: source.published };
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

/** Below this weight an agreement is shown as context for the author to judge, never as support. */
const STRONG_AGREEMENT = 0.45;
const best = (signals: Signal[], polarity: Signal['polarity']) =>
  signals.filter((s) => s.polarity === polarity).sort((a, b) => b.weight - a.weight)[0];

/**
 * The passage repeats the quote's speaker's own account: the same person speaks, or the
 * passage attributes what it says to them ("according to Dessane", "Okafor told a podcast").
 */
function sameAccount(quote: Unit, other: Unit, analyses?: readonly SourceAnalysis[]): boolean {
  if (sameSpeaker(quote.speaker.speaker, other.speaker.speaker)) return true;
  return quote.speaker.how !== 'writer' && (mentionsAsSource(other, quote.speaker.speaker) || (!!analyses && citesByTitle(other, titleOf(quote, analyses))));
}

/** The words of the title its source gives the quote's speaker ("Chief Fire Officer Alan Bretherton": chief, fire, officer). */
function titleOf(quote: Unit, analyses: readonly SourceAnalysis[]): string[] {
  const name = quote.speaker.speaker.replace(/, as reported$/, '').trim();
  if (!/\s/.test(name)) return [];
  const source = analyses[quote.source]!.source;
  // The name as written anywhere ("ALAN BRETHERTON:" labels what "Chief Fire Officer Alan Bretherton" says).
  const text = `${source.title ?? ''}\n${source.text}`;
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  const m = at > 0 ? /((?:\p{Lu}[\p{L}-]+\s+){1,4})$/u.exec(text.slice(Math.max(0, at - 60), at)) : null;
  return m ? fold(m[1]!).split(/\s+/).filter((w) => w && !/^(?:mr|mrs|ms|dr|the|and|of)$/.test(w)) : [];
}

/** The passage gives someone of that title as its source: "The Chief said there were five firefighters on duty". */
function citesByTitle(u: Unit, title: readonly string[]): boolean {
  return title.length > 0 && new RegExp(`\\bthe (?:[\\p{L}-]+ ){0,2}?(?:${title.map(escapeRegExp).join('|')}) (?:has |had )?(?:said|says|told|claimed|claims|insisted|insists)\\b`, 'u').test(fold(u.sentence.text));
}

/**
 * One passage describes the other's source, an official document ("the return shows" / the annual
 * return), or cites the other's outlet as where it comes from ("The Ledger reports two residents who
 * say …" / the Ledger's own report): one report told twice, not a second source.
 */
function sameDocument(quote: Unit, other: Unit, analyses: readonly SourceAnalysis[]): boolean {
  return describesDocument(other, quote, analyses) || describesDocument(quote, other, analyses) || citesOutlet(other, quote, analyses) || citesOutlet(quote, other, analyses);
}

/** `u` gives `of`'s outlet as its source: "the Ledger reports", "according to the Ledger", "reported by the Corran Ledger". */
function citesOutlet(u: Unit, of: Unit, analyses: readonly SourceAnalysis[]): boolean {
  if (u.source === of.source) return false;
  const name = fold(analyses[of.source]!.source.outlet ?? '').replace(/^the\s+/, '').trim();
  if (name.length < 3) return false;
  const last = name.split(/\s+/).at(-1)!;
  return citesAsSource(u, [name, ...(last !== name && last.length >= 4 ? [last] : [])], 'reports?|reported|revealed|found|has reported');
}

/** Nouns that name a document a passage can report ("the return shows", "according to the audit"). */
const DOCUMENT = /\b(return|report|filing|filings|accounts|audit|records|minutes|statement|notice|bulletin|register)\b/i;
const SHOWS = /\b(?:shows?|showed|lists?|listed|records?|according to)\b/i;

/**
 * `u` reports what `doc`'s source, an official document, shows: "The return shows that $310,000 …",
 * "It also shows $85,000 paid …" (the return named in its paragraph), beside the annual return itself.
 * A description of a document is that document again, not a second source.
 */
function describesDocument(u: Unit, doc: Unit, analyses: readonly SourceAnalysis[]): boolean {
  const source = analyses[doc.source]!.source;
  if (source.genre !== 'official' || u.source === doc.source || !SHOWS.test(u.sentence.text)) return false;
  const noun = DOCUMENT.exec(`${source.title} ${source.outlet}`)?.[1];
  if (!noun) return false;
  const a = analyses[u.source]!;
  // "It" points back to its paragraph or the one before it.
  const from = a.paragraphs[Math.max(0, u.sentence.paragraph - 1)]!.start;
  const named = new RegExp(`\\b${noun}\\b`, 'i');
  return named.test(u.sentence.text) || (/^\W*(?:it|this|they)\b/i.test(u.sentence.text) && named.test(a.source.text.slice(from, u.sentence.start)));
}

/** A passage that only reports a claim ("it claims to have", "claims to be", "according to him"): it shows who says so, not that it is so. */
const REPORTS_A_CLAIM = /\bclaim(?:s|ed)\b|\baccording to (?:him|her|them|its)\b/i;

/** "according to X", "X says", "X told" in the passage, with X the given speaker. */
function mentionsAsSource(u: Unit, speaker: string): boolean {
  const last = fold(speaker.replace(/, as reported$/, '').split(/\s+/).at(-1) ?? '').replace(/[^\p{L}'-]/gu, '');
  return last.length >= 2 && citesAsSource(u, [last], 'says|said|told|recalls|claims|explains|insists');
}

/** `u` gives one of `names` (folded) as where what it says comes from: "according to (the) X", "reported by X", "X <verb>". */
function citesAsSource(u: Unit, names: readonly string[], verbs: string): boolean {
  const n = names.map(escapeRegExp).join('|');
  return new RegExp(`according to (?:[\\p{L}.]+ ){0,3}(?:${n})\\b|\\breported (?:by|in) (?:the )?(?:${n})\\b|\\b(?:${n})(?:'s)? (?:${verbs})\\b`, 'u').test(fold(u.sentence.text));
}

function skillFor(verdict: Verdict, signal: SignalKind | undefined, unit: Unit, sameAccountShown: boolean): string {
  if (verdict === 'disputed') {
    if (signal === 'figures-differ' || signal === 'figure-revised') return 'compare-numbers';
    if (signal === 'dates-differ' || signal === 'ages-differ') return 'check-dates';
    return 'weigh-denials';
  }
  if (verdict === 'verified-fact') return 'find-corroboration';
  if (sameAccountShown) return 'independent-sources';
  if (unit.features.includes('number')) return 'self-reported-numbers';
  if (unit.features.includes('attribution')) return 'who-is-speaking';
  return 'claim-or-fact';
}

function buildItem(
  unit: Unit,
  analyses: readonly SourceAnalysis[],
  flagged: Flagged[],
  context: Hit[],
  options: Required<Pick<DraftOptions, 'maxEvidence' | 'contextEvidence' | 'candidateEvidence'>>,
  bestRatio: number,
): Built | undefined {
  const source = analyses[unit.source]!.source;
  const quoteText = excerpt(unit.text, QUOTE_MAX, unit.start === unit.sentence.start);
  if (codePoints(quoteText) < 8) return undefined;
  const evidence: Evidence[] = [];
  const reasons: EvidenceReason[] = [];
  const used = new Set<number>();
  const speaker = unit.speaker.speaker.slice(0, 200);
  /** A passage as evidence would show it, with its reason; undefined when too short or landing on the quote. */
  const passage = (u: Unit, stance: Stance, why: EvidenceReason['why'], extra: { signal?: Signal; relevance?: number }, index: number) => {
    const text = excerpt(u.text, EVIDENCE_MAX, u.start === u.sentence.start);
    if (codePoints(text) < 8) return undefined;
    // A passage is found at its first occurrence: in the quote's own source it must not land on the quote.
    if (u.source === unit.source) {
      const at = source.text.indexOf(text);
      const quoteAt = source.text.indexOf(quoteText);
      if (at < quoteAt + quoteText.length && quoteAt < at + text.length) return undefined;
    }
    const other = analyses[u.source]!.source;
    const r: EvidenceReason = { index, stance, why, source: sourceRef(other), speaker: u.speaker.speaker };
    const sig = extra.signal;
    if (sig) {
      r.signal = sig.kind;
      r.weight = Math.round(sig.weight * 100) / 100;
      if (sig.figures)
        r.figures = {
          quote: { ...sig.figures.quote, source: sourceRef(source), speaker },
          other: { ...sig.figures.other, source: sourceRef(other), speaker: u.speaker.speaker },
        };
      if (sig.years) r.years = sig.years;
      if (sig.shared) r.shared = sig.shared.slice(0, 8);
      if (sig.denied) r.denied = sig.denied;
      if (sig.scale) r.scale = sig.scale;
    }
    if (extra.relevance !== undefined) r.relevance = Math.round(extra.relevance * 10) / 10;
    const e: Evidence = { source: other.id, text, stance };
    const note = noteFor(r, speaker);
    if (note) e.note = note;
    return { e, r };
  };
  /** Adds a passage unless it is used, too short, or the evidence is full (then it is offered to the author); says whether it did. */
  const add = (u: Unit, stance: Stance, why: EvidenceReason['why'], extra: { signal?: Signal; relevance?: number } = {}): boolean => {
    if (used.has(u.id)) return false;
    if (evidence.length >= options.maxEvidence) {
      offer(u, stance, why, extra);
      return false;
    }
    const p = passage(u, stance, why, extra, evidence.length);
    if (!p) return false;
    // A source that says the same sentence twice gives it once (the validator warns of the repeat).
    if (evidence.some((e) => e.source === p.e.source && e.text === p.e.text)) return false;
    used.add(u.id);
    evidence.push(p.e);
    reasons.push(p.r);
    return true;
  };
  /** Keeps a passage for the author (extensions.draft.candidates), not shown to students. */
  const offered = new Map<number, DraftCandidate>();
  const offer = (u: Unit, stance: Stance, why: EvidenceReason['why'], extra: { signal?: Signal; relevance?: number } = {}): void => {
    if (used.has(u.id) || offered.has(u.id)) return;
    const p = passage(u, stance, why, extra, -1);
    if (!p) return;
    const { index: _, ...reason } = p.r;
    offered.set(u.id, { ...reason, text: p.e.text, ...(p.e.note ? { note: p.e.note } : {}) });
  };

  const conflicts = flagged
    .map((f) => ({ ...f, best: best(f.signals, 'conflict') }))
    .filter((f): f is Flagged & { best: Signal } => !!f.best)
    .sort((a, b) => b.best.weight - a.best.weight);
  const agreements = flagged
    .map((f) => ({ ...f, best: best(f.signals, 'agreement') }))
    .filter((f): f is Flagged & { best: Signal } => !!f.best && f.hit.unit.source !== unit.source && !conflicts.some((c) => c.hit.unit.id === f.hit.unit.id))
    .sort((a, b) => b.best.weight - a.best.weight);

  let conflictWeight = 0;
  for (const c of conflicts.slice(0, 3)) if (add(c.hit.unit, 'contradicts', 'conflict', { signal: c.best })) conflictWeight = Math.max(conflictWeight, c.best.weight);
  // Conflicts beyond the three shown come first among the author's candidates.
  for (const c of conflicts.slice(3)) offer(c.hit.unit, 'contradicts', 'conflict', { signal: c.best });
  let agreementWeight = 0;
  let weakShown = 0;
  for (const [i, a] of agreements.entries()) {
    if (a.best.weight < STRONG_AGREEMENT) {
      // A shared topic is for the author to judge: one such passage at most, as context.
      if (weakShown++ < 1 && i < 4) add(a.hit.unit, 'context', 'weak-agreement', { signal: a.best });
      else offer(a.hit.unit, 'context', 'weak-agreement', { signal: a.best });
      continue;
    }
    if (i >= 4) {
      offer(a.hit.unit, sameAccount(unit, a.hit.unit, analyses) || sameDocument(unit, a.hit.unit, analyses) || REPORTS_A_CLAIM.test(a.hit.unit.sentence.text) ? 'context' : 'supports', 'agreement', { signal: a.best });
      continue;
    }
    if (sameAccount(unit, a.hit.unit, analyses)) add(a.hit.unit, 'context', 'same-account', { signal: a.best });
    else if (sameDocument(unit, a.hit.unit, analyses)) add(a.hit.unit, 'context', 'same-document', { signal: a.best });
    else if (REPORTS_A_CLAIM.test(a.hit.unit.sentence.text)) add(a.hit.unit, 'context', 'reported-claim', { signal: a.best });
    else if (add(a.hit.unit, 'supports', 'agreement', { signal: a.best })) agreementWeight = Math.max(agreementWeight, a.best.weight);
  }
  // The most related passages of other sources, as context: only close ones, and fewer when rules found some.
  const top = context[0]?.score ?? 0;
  // How many: decided by what the rules found before any context is added (not shrinking as context is added).
  const contextRoom = options.contextEvidence - (evidence.length ? 1 : 0);
  let extra = 0;
  for (const h of rankContext(unit, context, evidence.map((e) => e.source), (u) => analyses[u.source]!.source.id)) {
    // A passage a rule flagged but did not show stays the author's candidate, with the rule's stance, not mere context.
    if (used.has(h.unit.id) || h.unit.source === unit.source || offered.has(h.unit.id)) continue;
    if (extra >= contextRoom || h.score < 0.6 * top) offer(h.unit, 'context', 'related', { relevance: h.score });
    else if (add(h.unit, 'context', 'related', { relevance: h.score })) extra++;
  }

  if (!evidence.length) {
    // Nothing elsewhere: the quote's own paragraph, for context.
    const analysis = analyses[unit.source]!;
    const p = analysis.paragraphs[unit.sentence.paragraph]!;
    const para = source.text.slice(p.start, p.end);
    const neighbours = analysis.sentences.filter((s) => s.paragraph === unit.sentence.paragraph && s.index !== unit.sentence.index);
    const text = para.length <= EVIDENCE_MAX && para.trim() !== quoteText ? para : neighbours[0]?.text;
    if (!text || codePoints(excerpt(text, EVIDENCE_MAX)) < 8) return undefined;
    evidence.push({ source: source.id, text: excerpt(text, EVIDENCE_MAX), stance: 'context' });
    reasons.push({ index: 0, stance: 'context', why: 'surrounding', source: sourceRef(source), speaker });
  }

  const verdict: Verdict = evidence.some((e) => e.stance === 'contradicts') ? 'disputed' : evidence.some((e) => e.stance === 'supports') ? 'verified-fact' : 'claim';
  const confidence = verdict === 'disputed' ? conflictWeight : verdict === 'verified-fact' ? agreementWeight : reasons.some((r) => r.why === 'same-account' || r.why === 'same-document' || r.why === 'reported-claim') ? 0.6 : 0.5;
  const anySignal = conflicts.length + agreements.length > 0;
  const score = unit.score + 2.5 * conflictWeight + 1.5 * agreementWeight + (anySignal ? 0.3 : 0) + 3 * bestRatio;
  const mainSignal = conflicts[0]?.best.kind;
  const item: Item = {
    id: '',
    quote: { source: source.id, text: quoteText, speaker },
    verdict,
    explanation: explanationFor(verdict, reasons, speaker).slice(0, 800),
    evidence,
    skill: skillFor(verdict, mainSignal, unit, reasons.some((r) => r.why === 'same-account' || r.why === 'same-document' || r.why === 'reported-claim')),
    difficulty: verdict === 'disputed' ? (mainSignal === 'figures-differ' ? 1 : 2) : verdict === 'verified-fact' ? 2 : 3,
  };
  const ext: DraftItemExtension = {
    reviewed: false,
    suggestedVerdict: verdict,
    confidence: Math.round(confidence * 100) / 100,
    rank: 0,
    score: Math.round(score * 100) / 100,
    speaker: { name: unit.speaker.speaker, how: unit.speaker.how },
    features: unit.features,
    evidence: reasons,
  };
  // Offered in the order found (conflicts, agreements, then related passages), unless shown after all.
  const candidates = [...offered].filter(([id]) => !used.has(id)).map(([, c]) => c).slice(0, options.candidateEvidence);
  if (candidates.length) ext.candidates = candidates;
  item.extensions = { draft: ext };
  return {
    item,
    quoteUnit: unit.id,
    units: [...used],
    score,
    conflicts: conflicts.length,
    corroborations: agreements.filter((a) => a.best.weight >= STRONG_AGREEMENT).length,
    possible: agreements.filter((a) => a.best.weight < STRONG_AGREEMENT).length,
  };
}

/**
 * The related passages in the order they are shown: by relevance, but another voice before the
 * quote's speaker again (their own account adds no second source), and a source not yet shown
 * before one already shown, so that the few passages shown give the other sides first.
 */
function rankContext(unit: Unit, hits: Hit[], shownSources: string[], sourceId: (u: Unit) => string): Hit[] {
  const left = [...hits];
  const seen = new Set(shownSources);
  const out: Hit[] = [];
  const worth = (h: Hit) => h.score * (sameAccount(unit, h.unit) ? 0.6 : 1) * (seen.has(sourceId(h.unit)) ? 0.8 : 1);
  while (left.length) {
    let bestAt = 0;
    for (let i = 1; i < left.length; i++) if (worth(left[i]!) > worth(left[bestAt]!)) bestAt = i;
    const [h] = left.splice(bestAt, 1);
    out.push(h!);
    seen.add(sourceId(h!.unit));
  }
  return out;
}

function overlaps(a: Unit, b: Unit): boolean {
  return a.source === b.source && a.start < b.end && b.start < a.end;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '') || 'draft';
}

/** Builds the draft pack. Pure: no I/O; the caller reads the sources and writes the result. */
export function draftPack(sources: readonly Source[], options: DraftOptions = {}): DraftResult {
  const t0 = now();
  const log = options.log ?? (() => {});
  const maxItems = options.maxItems ?? 150;
  const maxEvidence = Math.min(12, Math.max(1, options.maxEvidence ?? 4));
  const contextEvidence = Math.max(0, options.contextEvidence ?? 3);
  const candidateEvidence = Math.max(0, options.candidateEvidence ?? 6);
  const retrieve = options.retrieve ?? 20;

  const analyses: SourceAnalysis[] = [];
  const all: Unit[] = [];
  sources.forEach((source, i) => {
    const a = analyseSource(source, i, all.length);
    analyses.push(a);
    all.push(...a.units);
  });
  // Evidence is looked for among sentences, and among the clauses of long sentences instead of the whole.
  const pool = all.filter((u) => !u.isQuestion && !u.clauses && !u.wholeAnswer && u.terms.length >= 3 && u.text.length >= 20);
  const index = new EvidenceIndex(pool);
  const ctx: PairContext = { index, months: sources.map(publishedMonths), days: sources.map(publishedDays) };
  const sentenceCount = analyses.reduce((n, a) => n + a.sentences.length, 0);
  log(`${sources.length} sources, ${sentenceCount} sentences, ${all.length - sentenceCount} clauses of long ones, ${pool.length} indexed`);

  // On a large corpus only the best-scored candidates are compared: the pack keeps maxItems anyway.
  const candidateLimit = Math.max(600, 4 * maxItems);
  const candidates = all.filter((u) => u.score > 0);
  if (candidates.length > candidateLimit) {
    candidates.sort((a, b) => b.score - a.score || a.id - b.id);
    candidates.length = candidateLimit;
    candidates.sort((a, b) => a.id - b.id);
  }
  // Interview answers that reject the statement just before them ("This is false."), both ways.
  const rejectedBy = new Map<number, Unit[]>();
  for (const u of all) for (const id of u.rejects ?? []) if (!u.parent) rejectedBy.set(id, [...(rejectedBy.get(id) ?? []), u]);
  const rejection: Signal = { kind: 'rejected', polarity: 'conflict', weight: 0.7 };
  const built: Built[] = [];
  for (const unit of candidates) {
    const query = queryOf(unit);
    const hits = sources.length > 1 ? index.search(query, retrieve, (u) => u.source === unit.source) : [];
    // In its own source a figure is compared with the other figures: a revision, a typo corrected.
    // And a person's denial with what else the article asserts (compareUnits keeps only a denial there).
    const own = unit.figures.length || (unit.negated.size && unit.speaker.how !== 'writer') ? index.search(query, 5, (u) => u.source !== unit.source || (!u.figures.length && !unit.negated.size) || overlaps(u, unit)) : [];
    const flagged: Flagged[] = [];
    let bestRatio = 0;
    for (const hit of [...hits, ...own]) {
      const { signals, overlap } = compareUnits(unit, hit.unit, ctx);
      if (signals.length) flagged.push({ hit, signals });
      if (hit.unit.source !== unit.source) bestRatio = Math.max(bestRatio, overlap.ratio);
    }
    const opposite = [...(unit.rejects ?? []).map((id) => all[id]!), ...(rejectedBy.get(unit.parent ?? unit.id) ?? [])];
    for (const u of opposite) flagged.push({ hit: { unit: u, score: 0 }, signals: [{ ...rejection, denied: { by: unit.rejects ? 'quote' : 'other', term: '' } }] });
    const b = buildItem(unit, analyses, flagged, hits, { maxEvidence, contextEvidence, candidateEvidence }, bestRatio);
    if (b) built.push(b);
  }
  built.sort((a, b) => b.score - a.score);
  // One item per passage: a sentence and its own clause, or two overlapping quotes, are one statement.
  const quoted: Unit[] = [];
  const distinct = built.filter((b) => {
    const q = all[b.quoteUnit]!;
    if (quoted.some((u) => overlaps(u, q))) return false;
    quoted.push(q);
    return true;
  });
  // Coverage first: an item whose quote/evidence pairs are mostly shown by better items already
  // (the same two passages seen from the other side) waits until the new ones are in.
  const seenPairs = new Set<string>();
  // A clause stands for its sentence here: the pair is the same two passages seen from the other side.
  const sentenceOf = (id: number) => all[id]!.parent ?? id;
  const pairKeys = (b: Built) =>
    b.units.map((id) => {
      const [u, q] = [sentenceOf(id), sentenceOf(b.quoteUnit)];
      return u < q ? `${u}:${q}` : `${q}:${u}`;
    });
  const first: Built[] = [];
  const later: Built[] = [];
  for (const b of distinct) {
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
    sentences: sentenceCount,
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
        note: `Verdicts, stances, speakers, explanations and skills are only suggestions made by rules, not judgements; each item's extensions.draft says why it was proposed. Review every item, edit or delete it, and remove extensions["${REVIEW_KEY}"] when done.`,
        // No timing here: the same sources give the same file.
        stats: { sources: stats.sources, sentences: stats.sentences, candidates: stats.candidates, items: stats.items, byVerdict: stats.byVerdict },
      },
    }, 'sourced draft'),
  };
  return { pack, stats };
}

/**
 * How far a teacher can trust the draft generator's suggestions.
 *
 *   npx tsx tools/bench/draft-quality.ts [--verbose] [--blind ROUNDS]     (also section "draft" of npm run bench)
 *
 * 1. The seed corpus (content/corpus/*.txt) against two hand-made references:
 *    - the reviewed pack (content/packs/dprk-man-in-the-west.pack.json): VERDICT AGREEMENT over
 *      the items both contain (a draft item contains a reviewed item when their quotes come from
 *      the same source and overlap by at least half of the shorter one);
 *    - content/corpus/relations.json: a relation is PAIRED when some item quotes one side and shows
 *      the other as evidence ("half": both overlaps cover half of the shorter span); its stance
 *      AGREES when a contradiction is shown as `contradicts` and a corroboration as `supports`
 *      (or as context marked not independent, where the draft judged both passages one account).
 *      Only passages shown to students count; the passages kept for the author in
 *      extensions.draft.candidates are counted apart, and never toward the target.
 *    - CONFLICT PRECISION (a lower bound): of the draft's contradicting pairs, the share that a
 *      reference lists as a contradiction (the reviewed pack's contradicts passages, the
 *      relations); a true conflict that neither lists counts as false here.
 * 2. Corpora on other topics (tools/bench/draft-corpora/<topic>/: articles written for this bench
 *    and a reviewed key.json; `held-out-*` ones were written before the rules of their round
 *    (key.json `round`, 1 when absent) were run on them, and each round is reported apart;
 *    `--blind 2` leaves round two's unrun while its rules are developed): verdict agreement with the key, CONFLICT PRECISION (every conflict
 *    is listed in the key, so any other suggested conflict is false) and recall, and speakers
 *    (the guess for each key sentence that names one, whether or not it became an item).
 * 3. Machine text in student-facing fields: explanations or notes that carry the generator's
 *    reasoning ("Draft suggestion", "Suggested:", "relevance"), and evidence passages per item.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseSourceDocument } from '../../src/core/corpus/sourceDocument.ts';
import { analyseSource, draftPack, type DraftItemExtension } from '../../src/core/draft/index.ts';
import { fold } from '../../src/core/draft/text.ts';
import { findExcerpt, normalizeWithMap, type Item, type NormalizedText, type Pack, type Source, type Span, type Verdict } from '../../src/core/pack/index.ts';
import type { ResultRow } from './lib/stats.ts';

const SEED = 'content/corpus';
const REVIEWED = 'content/packs/dprk-man-in-the-west.pack.json';
const CORPORA = 'tools/bench/draft-corpora';
const UPDATED = '2026-11-23';
const VERDICTS: Verdict[] = ['claim', 'verified-fact', 'disputed'];

export const TARGET_AGREEMENT = 0.75;
export const TARGET_PAIRED = 0.8;
/** On articles never seen, no suggested conflict between figures that count different things. */
export const TARGET_CONFLICT_PRECISION = 1;

interface Side {
  source: string;
  text: string;
}
interface KeyItem {
  source: string;
  quote: string;
  verdict: Verdict;
  speaker?: string;
}
interface ConflictGroup {
  topic: string;
  all?: Side[];
  a?: Side[];
  b?: Side[];
  /** Index pairs into `all` that do not conflict. */
  except?: Array<[number, number]>;
}
interface Key {
  /** The round of held-out corpora it belongs to (`held-out-*` folders); absent for the first round's. */
  round?: number;
  items: KeyItem[];
  conflicts: ConflictGroup[];
}
interface Relation {
  id: string;
  kind: 'contradiction' | 'corroboration';
  a: Side;
  b: Side;
}

interface Located {
  source: string;
  span: Span;
}
interface DraftView {
  item: Item;
  quote: Located;
  evidence: Array<Located & { stance: string }>;
  /** Passages kept for the author in extensions.draft.candidates: never shown to students. */
  candidates: Array<Located & { stance: string }>;
}

function readSources(dir: string): Source[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const { source, warnings } = parseSourceDocument(readFileSync(join(dir, f), 'utf8'), f.replace(/\.txt$/, ''));
      // A corpus read with a default (an unknown genre read as "other") is not the corpus as written: say so.
      for (const w of warnings) console.error(`${join(dir, f)}: ${w}`);
      return source;
    });
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
const len = (s: Span) => s.end - s.start;
/** Overlap by at least half of the shorter span. */
const halfOverlap = (a: Span, b: Span) => overlap(a, b) >= 0.5 * Math.min(len(a), len(b));

class Locator {
  private readonly normalized: Map<string, NormalizedText>;
  constructor(sources: readonly Source[]) {
    this.normalized = new Map(sources.map((s) => [s.id, normalizeWithMap(s.text)]));
  }
  find(side: Side): Located {
    const n = this.normalized.get(side.source);
    const span = n ? findExcerpt(n, side.text) : null;
    if (!span) throw new Error(`not found in ${side.source}: "${side.text.slice(0, 60)}"`);
    return { source: side.source, span };
  }
}

function view(pack: Pack, at: Locator): DraftView[] {
  return pack.items.map((item) => ({
    item,
    quote: at.find({ source: item.quote.source, text: item.quote.text }),
    evidence: item.evidence.map((e) => ({ ...at.find(e), stance: e.stance })),
    candidates: ((item.extensions?.draft as DraftItemExtension | undefined)?.candidates ?? []).map((c) => ({ ...at.find({ source: c.source.id, text: c.text }), stance: c.stance })),
  }));
}

const same = (x: Located, y: Located, half = false) => x.source === y.source && (half ? halfOverlap(x.span, y.span) : overlap(x.span, y.span) > 0);

export interface Agreement {
  reference: number;
  matched: number;
  agree: number;
  /** confusion[reference verdict][draft verdict] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  misses: string[];
}

function agreement(reference: Array<{ id: string; quote: Located; verdict: Verdict }>, drafts: DraftView[]): Agreement {
  const confusion = Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))])) as Agreement['confusion'];
  let matched = 0;
  let agree = 0;
  const misses: string[] = [];
  for (const r of reference) {
    let best: DraftView | undefined;
    let bestOverlap = 0;
    for (const d of drafts) {
      if (!same(d.quote, r.quote, true)) continue;
      const o = overlap(d.quote.span, r.quote.span);
      if (o > bestOverlap) [best, bestOverlap] = [d, o];
    }
    if (!best) continue;
    matched++;
    confusion[r.verdict][best.item.verdict]++;
    if (best.item.verdict === r.verdict) agree++;
    else misses.push(`${r.id}: reviewed ${r.verdict}, draft ${best.item.verdict} (${best.item.id})`);
  }
  return { reference: reference.length, matched, agree, confusion, misses };
}

export interface ConflictFigures {
  suggested: number;
  correct: number;
  /** Listed conflicting pairs, and how many of them some item shows (either way round). */
  known: number;
  found: number;
  wrong: string[];
}

/** Unordered pairs of (quote, contradicting passage), each counted once. */
function suggestedConflicts(drafts: DraftView[]): Array<[Located, Located, string]> {
  const seen = new Set<string>();
  const out: Array<[Located, Located, string]> = [];
  const key = (l: Located) => `${l.source}:${l.span.start}-${l.span.end}`;
  for (const d of drafts)
    for (const e of d.evidence) {
      if (e.stance !== 'contradicts') continue;
      const k = [key(d.quote), key(e)].sort().join('|');
      if (seen.has(k)) continue;
      seen.add(k);
      out.push([d.quote, e, d.item.id]);
    }
  return out;
}

function conflictFigures(drafts: DraftView[], pairs: Array<[Located, Located]>, text: (l: Located) => string): ConflictFigures {
  const suggested = suggestedConflicts(drafts);
  const listed = (x: Located, y: Located) => pairs.some(([p, q]) => (same(x, p) && same(y, q)) || (same(x, q) && same(y, p)));
  const wrong: string[] = [];
  let correct = 0;
  for (const [q, e, id] of suggested) {
    if (listed(q, e)) correct++;
    else wrong.push(`${id}: "${text(q).slice(0, 70)}" vs "${text(e).slice(0, 70)}"`);
  }
  const found = pairs.filter(([p, q]) => suggested.some(([x, y]) => (same(x, p) && same(y, q)) || (same(x, q) && same(y, p)))).length;
  return { suggested: suggested.length, correct, known: pairs.length, found, wrong };
}

function keyPairs(groups: ConflictGroup[], at: Locator): Array<[Located, Located]> {
  const out: Array<[Located, Located]> = [];
  for (const g of groups) {
    if (g.all) {
      const all = g.all.map((s) => at.find(s));
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++) if (!g.except?.some(([x, y]) => (x === i && y === j) || (x === j && y === i))) out.push([all[i]!, all[j]!]);
    }
    for (const a of g.a ?? []) for (const b of g.b ?? []) out.push([at.find(a), at.find(b)]);
  }
  return out;
}

export interface MachineText {
  items: number;
  explanations: number;
  notes: number;
  evidencePerItem: number;
}

/** Student-facing text that carries the generator's reasoning instead of plain words. */
const MACHINE = /draft suggestion|suggested:|relevance|related passage|speaker guessed|same-(denial|claim|number|date|topic)|number-(conflict|mismatch)|date-conflict/i;

function machineText(pack: Pack): MachineText {
  let explanations = 0;
  let notes = 0;
  let evidence = 0;
  for (const it of pack.items) {
    if (MACHINE.test(it.explanation)) explanations++;
    for (const e of it.evidence) {
      evidence++;
      if (e.note && MACHINE.test(e.note)) notes++;
    }
  }
  return { items: pack.items.length, explanations, notes, evidencePerItem: pack.items.length ? evidence / pack.items.length : 0 };
}

export interface SeedFigures {
  items: number;
  byVerdict: Record<Verdict, number>;
  agreement: Agreement;
  /**
   * `any`, `half`, `stance`: pairs shown to students (quote and evidence); `withCandidates`: pairs
   * whose other side is shown or only kept for the author in extensions.draft.candidates.
   */
  relations: { total: number; any: number; half: number; stance: number; withCandidates: number; missed: string[] };
  conflicts: ConflictFigures;
  machine: MachineText;
  ms: number;
}

export function measureSeed(): SeedFigures {
  const sources = readSources(SEED);
  const at = new Locator(sources);
  const t = performance.now();
  const { pack } = draftPack(sources, { updated: UPDATED, id: 'bench' });
  const ms = performance.now() - t;
  const drafts = view(pack, at);
  const reviewed = JSON.parse(readFileSync(REVIEWED, 'utf8')) as Pack;
  const agree = agreement(
    reviewed.items.map((it) => ({ id: it.id, verdict: it.verdict, quote: at.find({ source: it.quote.source, text: it.quote.text }) })),
    drafts,
  );
  const relations = (JSON.parse(readFileSync(join(SEED, 'relations.json'), 'utf8')) as { relations: Relation[] }).relations;
  const rel = { total: relations.length, any: 0, half: 0, stance: 0, withCandidates: 0, missed: [] as string[] };
  for (const r of relations) {
    const [a, b] = [at.find(r.a), at.find(r.b)];
    let level = 0;
    let stanceOk = false;
    let offered = false;
    for (const [x, y] of [[a, b], [b, a]] as const)
      for (const d of drafts) {
        if (!same(d.quote, x)) continue;
        if (d.candidates.some((c) => same(c, y))) offered = true;
        const reasons = (d.item.extensions?.draft as DraftItemExtension | undefined)?.evidence ?? [];
        for (const [i, e] of d.evidence.entries()) {
          if (!same(e, y)) continue;
          level = Math.max(level, halfOverlap(d.quote.span, x.span) && halfOverlap(e.span, y.span) ? 2 : 1);
          // Context because the draft judged both passages one account (or one document): right for a corroboration that is not independent.
          const why = reasons.find((r) => r.index === i)?.why;
          const independentNot = e.stance === 'context' && (why === 'same-account' || why === 'same-document');
          if (r.kind === 'contradiction' ? e.stance === 'contradicts' : e.stance === 'supports' || independentNot) stanceOk = true;
        }
      }
    if (level || offered) rel.withCandidates++;
    if (level) rel.any++;
    if (level === 2) rel.half++;
    if (stanceOk) rel.stance++;
    if (!level) rel.missed.push(r.id);
  }
  const knownPairs: Array<[Located, Located]> = [
    ...relations.filter((r) => r.kind === 'contradiction').map((r): [Located, Located] => [at.find(r.a), at.find(r.b)]),
    ...reviewed.items.flatMap((it) =>
      it.evidence.filter((e) => e.stance === 'contradicts').map((e): [Located, Located] => [at.find({ source: it.quote.source, text: it.quote.text }), at.find(e)]),
    ),
  ];
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const textOf = (l: Located) => texts.get(l.source)!.slice(l.span.start, l.span.end).replace(/\s+/g, ' ');
  const byVerdict = { claim: 0, 'verified-fact': 0, disputed: 0 } as Record<Verdict, number>;
  for (const it of pack.items) byVerdict[it.verdict]++;
  return { items: pack.items.length, byVerdict, agreement: agree, relations: rel, conflicts: conflictFigures(drafts, knownPairs, textOf), machine: machineText(pack), ms };
}

export interface TopicFigures {
  topic: string;
  /** 0: developed against; n: held out, first run with the rules of round n. */
  round: number;
  sources: number;
  items: number;
  agreement: Agreement;
  conflicts: ConflictFigures;
  speakers: { total: number; right: number; wrong: string[] };
  machine: MachineText;
}

/** `blind`: rounds of held-out corpora not to run (kept unseen while rules are developed). */
export function measureTopics(blind: number[] = []): TopicFigures[] {
  // A folder whose key is not yet written is a corpus still being made: it is not run.
  const topics = readdirSync(CORPORA).filter((d) => existsSync(join(CORPORA, d, 'key.json'))).sort();
  const keys = new Map(topics.map((t) => [t, JSON.parse(readFileSync(join(CORPORA, t, 'key.json'), 'utf8')) as Key]));
  return topics.filter((t) => !blind.includes(roundOf(t, keys.get(t)!))).map((topic) => {
    const dir = join(CORPORA, topic);
    const sources = readSources(dir);
    const key = keys.get(topic)!;
    const at = new Locator(sources);
    const { pack } = draftPack(sources, { updated: UPDATED, id: topic });
    const drafts = view(pack, at);
    const reference = key.items.map((k, i) => ({ id: `${topic}#${i + 1} "${k.quote.slice(0, 40)}"`, verdict: k.verdict, quote: at.find({ source: k.source, text: k.quote }) }));
    const texts = new Map(sources.map((s) => [s.id, s.text]));
    const textOf = (l: Located) => texts.get(l.source)!.slice(l.span.start, l.span.end).replace(/\s+/g, ' ');
    // Speakers are checked on the sentence analysis itself, drafted as an item or not.
    const speakers = { total: 0, right: 0, wrong: [] as string[] };
    for (const k of key.items) {
      if (!k.speaker) continue;
      speakers.total++;
      const q = at.find({ source: k.source, text: k.quote });
      const i = sources.findIndex((x) => x.id === k.source);
      const unit = analyseSource(sources[i]!, i, 0).units.find((u) => u.sentence.start < q.span.end && q.span.start < u.sentence.end);
      const said = unit?.speaker.speaker ?? '(no sentence)';
      // The key's surname: the last word of the name, before any role after a comma ("Graham Pellow, trust chief executive").
      // A key that gives a body's own document to the body ("Hallowford Borough Council") is answered by the draft
      // giving it to the document's writer, its signatory or "the reporter": one voice, the document's.
      // The body is the outlet's first part, as the draft reads it ("North Thornmere Commissioning Board, Primary Care Commissioning Committee").
      const outlet = sources[i]!.outlet ?? '';
      const ownText = [outlet, outlet.split(',')[0]!.trim()].some((o) => fold(k.speaker!) === fold(o)) && unit?.speaker.how === 'writer';
      if (ownText || fold(said).includes(fold(k.speaker.split(',')[0]!.trim().split(/\s+/).at(-1)!))) speakers.right++;
      else speakers.wrong.push(`"${k.quote.slice(0, 40)}": guessed ${said}, key ${k.speaker}`);
    }
    return {
      topic,
      round: roundOf(topic, key),
      sources: sources.length,
      items: pack.items.length,
      agreement: agreement(reference, drafts),
      conflicts: conflictFigures(drafts, keyPairs(key.conflicts, at), textOf),
      speakers,
      machine: machineText(pack),
    };
  });
}

const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)} %` : 'n/a');

function confusionTable(c: Agreement['confusion']): string {
  const short = { claim: 'claim', 'verified-fact': 'verified', disputed: 'disputed' } as const;
  const head = `    reviewed \\ draft  ${VERDICTS.map((v) => short[v].padStart(9)).join('')}`;
  return [head, ...VERDICTS.map((r) => `    ${short[r].padEnd(17)}${VERDICTS.map((d) => String(c[r][d]).padStart(9)).join('')}`)].join('\n');
}

export interface DraftQuality {
  seed: SeedFigures;
  topics: TopicFigures[];
}

export function measureDraftQuality(blind: number[] = []): DraftQuality {
  return { seed: measureSeed(), topics: measureTopics(blind) };
}

export function draftQualityReport(r: DraftQuality, verbose = false): string {
  const s = r.seed;
  const a = s.agreement;
  const out: string[] = [];
  out.push(`Seed corpus: ${s.items} items (${s.byVerdict.disputed} disputed, ${s.byVerdict['verified-fact']} verified-fact, ${s.byVerdict.claim} claim), drafted in ${s.ms.toFixed(0)} ms`);
  out.push(`  verdict agreement with the reviewed pack: ${a.agree} of ${a.matched} items both contain = ${pct(a.agree, a.matched)} (the reviewed pack has ${a.reference} items)`);
  out.push(confusionTable(a.confusion));
  if (verbose) for (const m of a.misses) out.push(`    differs: ${m}`);
  const rl = s.relations;
  out.push(
    `  relations paired, both sides shown to students (quote and evidence): ${rl.any} of ${rl.total} = ${pct(rl.any, rl.total)} (half overlap ${pct(rl.half, rl.total)}); stance agrees ${pct(rl.stance, rl.total)}${rl.missed.length ? `; missed: ${rl.missed.join(', ')}` : ''}`,
  );
  out.push(`  relations whose other side is shown or only offered to the author (extensions.draft.candidates, not shown): ${rl.withCandidates} of ${rl.total} = ${pct(rl.withCandidates, rl.total)}; not the target figure`);
  const c = s.conflicts;
  out.push(`  conflict precision (lower bound: listed by a reference): ${c.correct} of ${c.suggested} = ${pct(c.correct, c.suggested)}; listed contradictions shown: ${c.found} of ${c.known}`);
  if (verbose) for (const w of c.wrong) out.push(`    unlisted conflict: ${w}`);
  const m = s.machine;
  out.push(`  machine text: ${m.explanations} explanations and ${m.notes} notes carry the generator's reasoning; ${m.evidencePerItem.toFixed(1)} evidence passages per item`);
  for (const t of r.topics) {
    const ta = t.agreement;
    const tc = t.conflicts;
    out.push(`Topic "${t.topic}" (${t.sources} articles${t.round ? `, ${ROUND_LABEL[t.round] ?? `held out in round ${t.round}`}` : ''}, ${t.items} items):`);
    out.push(`  verdict agreement with the key: ${ta.agree} of ${ta.matched} = ${pct(ta.agree, ta.matched)} (key has ${ta.reference} items)`);
    out.push(`  conflict precision: ${tc.correct} of ${tc.suggested} = ${pct(tc.correct, tc.suggested)}; recall: ${tc.found} of ${tc.known} conflicting pairs = ${pct(tc.found, tc.known)}`);
    out.push(`  speakers right: ${t.speakers.right} of ${t.speakers.total}; machine text: ${t.machine.explanations + t.machine.notes} fields`);
    if (verbose) {
      for (const x of ta.misses) out.push(`    differs: ${x}`);
      for (const w of tc.wrong) out.push(`    false conflict: ${w}`);
      for (const w of t.speakers.wrong) out.push(`    speaker: ${w}`);
    }
  }
  for (const [label, group] of topicGroups(r.topics)) {
    const g = totals(group);
    out.push(
      `${label}: agreement ${pct(g.agree, g.matched)} (${g.agree}/${g.matched}); conflict precision ${pct(g.correct, g.suggested)} (${g.correct}/${g.suggested}); conflict recall ${pct(g.found, g.known)} (${g.found}/${g.known}); speakers ${g.speakersRight}/${g.speakers}; machine-text fields ${g.machine}`,
    );
  }
  return out.join('\n');
}

/** Corpora whose folder starts with this were written before the rules of their round were run on them, and never tuned on. */
const HELD_OUT = 'held-out-';

/** 0: developed against; 1, 2, …: the round whose rules were measured on it unseen. */
function roundOf(topic: string, key: Key): number {
  return topic.startsWith(HELD_OUT) ? (key.round ?? 1) : 0;
}

const ROUND_LABEL: Record<number, string> = {
  1: 'held out in round one (written after round one\'s rules; round two was developed while seeing them)',
  2: 'held out in round two (written before round two\'s rules were run on them; the figure, date and speaker faults their first run showed were then fixed, so only that first run was blind)',
  3: 'held out in round three (written after round two\'s rules were finished; its first run was blind, then two faults it showed were fixed)',
  4: 'held out in round four (written before round four\'s rules; only its first run was blind)',
  5: 'held out in round five (written blind by a helper before round five\'s rules were run on it; only its first run was blind)',
  6: 'held out in round six (written blind by a helper before round six\'s rules; only its first run was blind)',
  7: 'held out in round seven (written blind by a helper before round seven\'s rules; only its first run was blind)',
  8: 'held out in round eight (two corpora, written blind by two helpers before round eight\'s rules; only their first run was blind)',
  9: 'held out in round nine (written blind by a helper after round eight\'s rules; only its first run was blind)',
  10: 'held out in round ten (written blind by a helper after round nine\'s rules; only its first run was blind)',
  11: 'held out in round eleven (written blind by a helper, without sight of any rule, and first run after round ten\'s rules; only its first run was blind)',
  12: 'held out in round twelve (written blind by a helper, without sight of any rule, and first run after round eleven\'s rules; only its first run was blind)',
  13: 'held out in round thirteen (two corpora, written blind by two helpers, without sight of any rule, and first run after round twelve\'s rules; only their first run was blind)',
  14: 'held out in round fourteen (two corpora, written blind by two helpers, without sight of any rule, and first run after round thirteen\'s rules; only their first run was blind)',
  15: 'held out in round fifteen (two corpora, written blind by two helpers, without sight of any rule, and first run after round fourteen\'s rules; only their first run was blind)',
  16: 'held out in round sixteen (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round fifteen\'s rules; only their first run was blind)',
  17: 'held out in round seventeen (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round sixteen\'s rules; only their first run was blind)',
  18: 'held out in round eighteen (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round seventeen\'s rules; only their first run was blind)',
  19: 'held out in round nineteen (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round eighteen\'s rules; only their first run was blind)',
  20: 'held out in round twenty (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round nineteen\'s rules; only their first run was blind)',
  21: 'held out in round twenty-one (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty\'s rules; only their first run was blind)',
  22: 'held out in round twenty-two (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty-one\'s rules; only their first run was blind)',
  23: 'held out in round twenty-three (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty-two\'s rules; only their first run was blind)',
  24: 'held out in round twenty-four (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty-three\'s rules; only their first run was blind)',
  25: 'held out in round twenty-five (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty-four\'s rules; only their first run was blind)',
  26: 'held out in round twenty-six (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty-five\'s rules; only their first run was blind)',
  27: 'held out in round twenty-seven (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty-six\'s rules; only their first run was blind)',
  28: 'held out in round twenty-eight (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty-seven\'s rules; only their first run was blind)',
  29: 'held out in round twenty-nine (two corpora of ordinary news density, written blind by two helpers, without sight of any rule, and first run after round twenty-eight\'s rules; only their first run was blind)',
  30: 'held out in round thirty (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round twenty-nine\'s rules; only its first run was blind)',
  31: 'held out in round thirty-one (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty\'s rules; only its first run was blind)',
  32: 'held out in round thirty-two (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-one\'s rules; only its first run was blind)',
  33: 'held out in round thirty-three (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-two\'s rules; only its first run was blind)',
  34: 'held out in round thirty-four (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-three\'s rules; only its first run was blind)',
  35: 'held out in round thirty-five (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-four\'s rules; only its first run was blind)',
  36: 'held out in round thirty-six (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-five\'s rules; only its first run was blind)',
  37: 'held out in round thirty-seven (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-five\'s rules; only its first run was blind)',
  38: 'held out in round thirty-eight (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-seven\'s rules and round thirty-six\'s second set; only its first run was blind)',
  39: 'held out in round thirty-nine (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-seven\'s rules and round thirty-six\'s second set; only its first run was blind)',
  40: 'held out in round forty (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-nine\'s rules and the two fixes after them; only its first run was blind)',
  41: 'held out in round forty-one (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round thirty-nine\'s rules and the two fixes after them; only its first run was blind)',
  42: 'held out in round forty-two (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round forty-one\'s rules and the two fixes of stop thirty-two for savings and withdrawn figures; only its first run was blind)',
  43: 'held out in round forty-three (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round forty-one\'s rules and the two fixes of stop thirty-two for savings and withdrawn figures; only its first run was blind)',
  44: 'held out in round forty-four (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after round forty-one\'s rules and the two fixes of stop thirty-two for savings and withdrawn figures; only its first run was blind)',
  45: 'held out in round forty-five (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-two, rounds forty-two to forty-four\'s among them; only its first run was blind)',
  46: 'held out in round forty-six (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-two, rounds forty-two to forty-four\'s among them; only its first run was blind)',
  47: 'held out in round forty-seven (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-two and the first fix of stop thirty-three, for staff permits; only its first run was blind)',
  48: 'held out in round forty-eight (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-two and the first fix of stop thirty-three, for staff permits; only its first run was blind)',
  49: 'held out in round forty-nine (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-two and the first fix of stop thirty-three, for staff permits; only its first run was blind)',
  50: 'held out in round fifty (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-two and the first fix of stop thirty-three, for staff permits; only its first run was blind)',
  51: 'held out in round fifty-one (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-two and the first fix of stop thirty-three, for staff permits; only its first run was blind)',
  52: 'held out in round fifty-two (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-three and the first fix of stop thirty-four, for opening hours; only its first run was blind)',
  53: 'held out in round fifty-three (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-three and the first fix of stop thirty-four, for opening hours; only its first run was blind)',
  54: 'held out in round fifty-four (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-three and the first fix of stop thirty-four, for opening hours; only its first run was blind)',
  55: 'held out in round fifty-five (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-three and the first fix of stop thirty-four, for opening hours; only its first run was blind)',
  56: 'held out in round fifty-six (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-three and the first fix of stop thirty-four, for opening hours; only its first run was blind)',
  57: 'held out in round fifty-seven (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-four; its first run is the latest blind figure)',
  58: 'held out in round fifty-eight (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-four; its first run is the latest blind figure)',
  59: 'held out in round fifty-nine (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-four; its first run is the latest blind figure)',
  60: 'held out in round sixty (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-four; its first run is the latest blind figure)',
  61: 'held out in round sixty-one (a corpus of ordinary news density, written blind by a helper, without sight of any rule, and first run after the rules of stop thirty-four; its first run is the latest blind figure)',
};

function topicGroups(topics: TopicFigures[]): Array<[string, TopicFigures[]]> {
  const rounds = [...new Set(topics.map((t) => t.round).filter((r) => r > 0))].sort((a, b) => a - b);
  return [
    ['Topics the rules were developed against', topics.filter((t) => t.round === 0)],
    ...rounds.map((r): [string, TopicFigures[]] => [`Topics ${ROUND_LABEL[r] ?? `held out in round ${r}`}`, topics.filter((t) => t.round === r)]),
  ];
}

function totals(topics: TopicFigures[]) {
  const sum = (f: (t: TopicFigures) => number) => topics.reduce((n, t) => n + f(t), 0);
  return {
    matched: sum((t) => t.agreement.matched),
    agree: sum((t) => t.agreement.agree),
    suggested: sum((t) => t.conflicts.suggested),
    correct: sum((t) => t.conflicts.correct),
    known: sum((t) => t.conflicts.known),
    found: sum((t) => t.conflicts.found),
    speakers: sum((t) => t.speakers.total),
    speakersRight: sum((t) => t.speakers.right),
    machine: sum((t) => t.machine.explanations + t.machine.notes),
  };
}

export function draftQualityRows(r: DraftQuality): ResultRow[] {
  const s = r.seed;
  const groups = topicGroups(r.topics);
  const machine = s.machine.explanations + s.machine.notes + groups.reduce((n, [, g]) => n + totals(g).machine, 0);
  const section = '6 draft quality';
  const rows: ResultRow[] = [
    { section, metric: 'seed: verdict agreement with the reviewed pack', value: pct(s.agreement.agree, s.agreement.matched), target: `>= ${TARGET_AGREEMENT * 100} %`, pass: s.agreement.agree >= TARGET_AGREEMENT * s.agreement.matched },
    { section, metric: 'seed: corpus relations paired (both sides shown)', value: pct(s.relations.any, s.relations.total), target: `>= ${TARGET_PAIRED * 100} %`, pass: s.relations.any >= TARGET_PAIRED * s.relations.total },
    { section, metric: 'seed: relations shown or offered to the author (not the target)', value: pct(s.relations.withCandidates, s.relations.total), target: '', pass: null },
    { section, metric: 'seed: conflict precision (lower bound)', value: pct(s.conflicts.correct, s.conflicts.suggested), target: '', pass: null },
  ];
  for (const [label, group] of groups) {
    const g = totals(group);
    const name = label.replace(/^Topics /, '').replace(/ \(.*\)$/, '');
    rows.push(
      { section, metric: `other topics (${name}): verdict agreement`, value: pct(g.agree, g.matched), target: '', pass: null },
      { section, metric: `other topics (${name}): conflict precision`, value: pct(g.correct, g.suggested), target: '100 %', pass: g.correct >= TARGET_CONFLICT_PRECISION * g.suggested },
    );
  }
  rows.push({ section, metric: 'machine text in student-facing fields', value: String(machine), target: '0', pass: machine === 0 });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const blindAt = process.argv.indexOf('--blind');
  const blind = blindAt > 0 ? (process.argv[blindAt + 1] ?? '').split(',').map(Number) : [];
  const r = measureDraftQuality(blind);
  if (blind.length) console.log(`(held-out corpora of round ${blind.join(', ')} not run: --blind)`);
  console.log(`npx tsx tools/bench/draft-quality.ts${process.argv.includes('--verbose') ? ' --verbose' : ''}  (load average ${os.loadavg()[0]!.toFixed(2)} on ${os.availableParallelism()} cores)`);
  console.log(draftQualityReport(r, process.argv.includes('--verbose')));
}

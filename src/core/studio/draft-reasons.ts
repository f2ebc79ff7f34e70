/**
 * Why the draft generator proposed an item, read from the item's `extensions.draft`
 * (`DraftItemExtension` of src/core/draft). This is the only studio module that knows that
 * shape: if the generator's reasons change, this is the one file to adapt.
 *
 * Two shapes are read, each documented by the generator:
 * - one entry per evidence passage, `evidence: [{ why, signal, source, figures, years, denied }]`
 *   (the figures of both sides, with their sources, for "the same thing counted?");
 * - an earlier one, `signals: ['number-conflict: more than 10,000 members vs over 17,000 members', …]`.
 *
 * The suggested verdict is deliberately not read: the studio never shows a machine's verdict.
 */
import type { Item } from '../pack/types.ts';

export interface Reason {
  /** "number", "attribution", … for features; the signal's kind for signals. */
  kind: string;
  text: string;
}

export interface Conflict {
  kind: 'number' | 'date' | 'age';
  /** The figure in the quote's source and in the other one, as the texts write them. */
  here: string;
  there: string;
  /** Where each figure is said, when the generator says so ("The Herald, 2031"). */
  hereSource?: string;
  thereSource?: string;
  /** The question for the author. */
  question: string;
}

export interface DraftReasons {
  reasons: Reason[];
  conflicts: Conflict[];
}

const FEATURES: Record<string, string> = {
  attribution: 'It is attributed to someone: who says it matters.',
  number: 'It gives a number that another source may count differently.',
  date: 'It gives a date that can be checked against the other sources.',
  superlative: 'It singles something out ("the only", "the first", "the largest").',
  biography: 'It states a fact about a person’s life.',
  denial: 'It denies something, which the other sources may assert.',
  answer: 'It is an answer in an interview: the speaker’s own account.',
};

const QUESTION = { number: 'The same thing counted?', date: 'The same event dated?', age: 'The same person, the same age?' } as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

function featureReasons(ext: Obj): Reason[] {
  const out: Reason[] = [];
  for (const f of Array.isArray(ext.features) ? ext.features : []) {
    if (typeof f === 'string' && FEATURES[f]) out.push({ kind: f, text: FEATURES[f] });
  }
  return out;
}

// ------------------------------------------------------------------------------ per passage

const sourceName = (s: unknown): string | undefined => {
  if (!isObj(s)) return undefined;
  const outlet = str(s.outlet) ?? str(s.id);
  const year = str(s.published)?.slice(0, 4);
  return outlet ? `${outlet}${year && /^\d{4}$/.test(year) ? ` (${year})` : ''}` : undefined;
};

/** A figure as the text writes it, with what it counts when that is said ("210,000 deaths"). */
const figureText = (f: unknown): string | undefined => {
  if (!isObj(f)) return undefined;
  const text = str(f.text);
  const counts = Array.isArray(f.counts) ? f.counts.filter((c): c is string => typeof c === 'string' && !c.startsWith('@')) : [];
  return text ? (counts.length && !counts.some((c) => text.includes(c)) ? `${text} (${counts.slice(0, 2).join(', ')})` : text) : undefined;
};

const SIGNAL_WORDS: Record<string, string> = {
  'figures-differ': 'gives a different figure',
  'figure-revised': 'gives a revised figure',
  'ages-differ': 'gives an age that implies another birth year',
  'dates-differ': 'gives a different year',
  denial: 'denies what the other asserts, or asserts what it denies',
  'same-figure': 'gives the same figure',
  'same-date': 'gives the same date',
  'same-statement': 'says much the same',
  'same-denial': 'makes the same denial',
  'same-superlative': 'singles out the same thing',
  'same-topic': 'is on the same topic',
};

function fromEvidence(entries: unknown[]): DraftReasons {
  const reasons: Reason[] = [];
  const conflicts: Conflict[] = [];
  for (const e of entries) {
    if (!isObj(e)) continue;
    const why = str(e.why) ?? '';
    const signal = str(e.signal);
    const where = sourceName(e.source) ?? 'Another source';
    let text: string | undefined;
    if (why === 'conflict' || why === 'agreement' || why === 'weak-agreement') {
      const says = (signal && SIGNAL_WORDS[signal]) ?? (why === 'conflict' ? 'says otherwise' : 'says the same');
      text = `${where} ${says}${why === 'weak-agreement' ? ' (a possible corroboration, for you to judge)' : ''}`;
      if (isObj(e.denied) && str(e.denied.term)) text += `: “${str(e.denied.term)!.replace(/^@/, '')}”`;
    } else if (why === 'same-account') text = `${where} repeats the speaker’s own account: not an independent source`;
    else if (why === 'same-document') text = `${where} describes the same document: not an independent source`;
    else if (why === 'reported-claim') text = `${where} reports it only as someone’s claim`;
    if (text && !reasons.some((r) => r.text === `${text}.`)) reasons.push({ kind: signal ?? why, text: `${text}.` });

    if (why !== 'conflict') continue;
    const figures = isObj(e.figures) ? e.figures : undefined;
    const here = figureText(figures?.quote);
    const there = figureText(figures?.other);
    if (here && there) {
      const kind = signal === 'ages-differ' ? 'age' : 'number';
      conflicts.push({ kind, here, there, question: QUESTION[kind], ...opt('hereSource', sourceName(isObj(figures!.quote) ? figures!.quote.source : undefined)), ...opt('thereSource', sourceName(isObj(figures!.other) ? figures!.other.source : undefined) ?? where) });
    }
    const years = isObj(e.years) ? e.years : undefined;
    const ys = (v: unknown) => (Array.isArray(v) ? v.filter((y) => typeof y === 'number').join('/') : '');
    if (signal === 'dates-differ' && years && ys(years.quote) && ys(years.other)) {
      conflicts.push({ kind: 'date', here: ys(years.quote), there: ys(years.other), question: QUESTION.date, thereSource: where });
    }
  }
  return { reasons, conflicts };
}

const opt = <K extends string>(k: K, v: string | undefined): Partial<Record<K, string>> => (v ? ({ [k]: v } as Record<K, string>) : {});

// ------------------------------------------------------------------------------ earlier shape

const SIGNALS: Record<string, string> = {
  'number-conflict': 'Another source gives a different figure',
  'number-mismatch': 'Another source gives a figure that may not match',
  'age-conflict': 'Another source gives an age that implies another birth year',
  'date-conflict': 'Another source gives a different year',
  denial: 'One source denies what the other asserts',
  'same-number': 'Another source gives the same figure',
  'same-date': 'Another source gives the same date',
  'same-claim': 'Another source says much the same',
  'same-denial': 'Another source makes the same denial',
  'same-superlative': 'Another source singles out the same thing',
  'same-topic': 'Another source is on the same topic',
};

/** Shared-word signals list the generator's stemmed index terms ("internat", "@worldwide"): their sentence says enough. */
const TERM_LISTS = new Set(['same-claim', 'same-superlative', 'same-topic']);

function fromSignals(signals: unknown[]): DraftReasons {
  const reasons: Reason[] = [];
  const conflicts: Conflict[] = [];
  for (const s of signals) {
    if (typeof s !== 'string') continue;
    const m = /^([a-z-]+):\s*(.*)$/s.exec(s);
    const kind = m?.[1] ?? 'signal';
    const detail = m?.[2] ?? s;
    const text = TERM_LISTS.has(kind) ? `${SIGNALS[kind]}.` : `${SIGNALS[kind] ?? 'The generator noticed'}: ${detail}.`;
    if (!reasons.some((r) => r.text === text)) reasons.push({ kind, text });
    const vs = /^(.*?)\s+vs\s+(.*?)(?:\s+\((?:[^()]*)\))?$/.exec(detail);
    if (!vs) continue;
    const k = kind === 'number-conflict' || kind === 'number-mismatch' ? 'number' : kind === 'date-conflict' ? 'date' : kind === 'age-conflict' ? 'age' : null;
    if (k) conflicts.push({ kind: k, here: vs[1]!, there: vs[2]!, question: QUESTION[k] });
  }
  return { reasons, conflicts };
}

export function readDraftReasons(item: Pick<Item, 'extensions'>): DraftReasons {
  const ext = item.extensions?.draft;
  if (!isObj(ext)) return { reasons: [], conflicts: [] };
  const found = Array.isArray(ext.evidence) ? fromEvidence(ext.evidence) : fromSignals(Array.isArray(ext.signals) ? ext.signals : []);
  return { reasons: [...featureReasons(ext), ...found.reasons], conflicts: found.conflicts };
}

/**
 * Why the draft generator proposed an item, read from the item's `extensions.draft`
 * (`DraftItemExtension` of src/core/draft). This is the only studio module that knows that
 * shape: if the generator's reasons change, this is the one file to adapt.
 *
 * The signals are the generator's `detail` strings, `kind: text` — for a conflict of figures
 * `number-conflict: more than 10,000 members vs over 17,000 members`, for dates
 * `date-conflict: 2000/2002 vs 1990 (…)`. The suggested verdict is deliberately not read:
 * the studio never shows a machine's verdict (the teacher decides).
 */
import type { DraftItemExtension } from '../draft/index.ts';
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

const TERM_LISTS = new Set(['same-claim', 'same-superlative', 'same-topic']);

function asExtension(item: Pick<Item, 'extensions'>): Partial<DraftItemExtension> | undefined {
  const ext = item.extensions?.draft;
  return ext && typeof ext === 'object' ? (ext as Partial<DraftItemExtension>) : undefined;
}

export function readDraftReasons(item: Pick<Item, 'extensions'>): DraftReasons {
  const ext = asExtension(item);
  const reasons: Reason[] = [];
  const conflicts: Conflict[] = [];
  for (const f of Array.isArray(ext?.features) ? ext.features : []) {
    if (typeof f === 'string' && FEATURES[f]) reasons.push({ kind: f, text: FEATURES[f] });
  }
  for (const s of Array.isArray(ext?.signals) ? ext.signals : []) {
    if (typeof s !== 'string') continue;
    const m = /^([a-z-]+):\s*(.*)$/s.exec(s);
    const kind = m?.[1] ?? 'signal';
    const detail = m?.[2] ?? s;
    // Shared-word signals list the generator's stemmed index terms ("internat", "@worldwide"): the sentence says enough.
    const text = TERM_LISTS.has(kind) ? `${SIGNALS[kind]}.` : `${SIGNALS[kind] ?? 'The generator noticed'}: ${detail}.`;
    if (!reasons.some((r) => r.text === text)) reasons.push({ kind, text });
    const vs = /^(.*?)\s+vs\s+(.*?)(?:\s+\((?:[^()]*)\))?$/.exec(detail);
    if (vs && (kind === 'number-conflict' || kind === 'number-mismatch')) {
      conflicts.push({ kind: 'number', here: vs[1]!, there: vs[2]!, question: 'The same thing counted?' });
    } else if (vs && kind === 'date-conflict') {
      conflicts.push({ kind: 'date', here: vs[1]!, there: vs[2]!, question: 'The same event dated?' });
    } else if (vs && kind === 'age-conflict') {
      conflicts.push({ kind: 'age', here: vs[1]!, there: vs[2]!, question: 'The same person, the same age?' });
    }
  }
  return { reasons, conflicts };
}

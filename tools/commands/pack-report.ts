/**
 * What `content build` prints about a pack beyond "valid": how its verdicts split by the kind
 * of speaker (so an author sees whether judging the speaker would predict the answer), and the
 * reading grade of each explanation (so an author sees which ones a 14-year-old would struggle
 * with).
 *
 * Speaker kinds are not part of the pack format; a pack declares them in its `extensions`:
 *
 *     "extensions": { "sourced:speakers": { "cao": { "name": "Alejandro Cao de Benós", "kind": "subject" } } }
 *
 * and each item names its speaker by that id: `"extensions": { "sourced:speaker": "cao" }`.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { VERDICTS, type Pack, type Verdict } from '../../src/core/pack/index.ts';

export const SPEAKERS_KEY = 'sourced:speakers';
export const SPEAKER_KEY = 'sourced:speaker';

/** The subject of the pack (and the organisation he speaks for), journalists, campaigners against the subject's side, specialists, anyone else. */
export const SPEAKER_KINDS = ['subject', 'reporter', 'critic', 'expert', 'other'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** The highest reading grade an explanation may have (the audience is 14 and up: US grade 9). */
export const MAX_GRADE = 9;

const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The Flesch–Kincaid grade of a text (the `flesch-kincaid` formula, syllables counted by
 * `syllable`, sentences and words by `Intl.Segmenter`). A numeral counts one syllable per
 * digit ("1995" as four), roughly as it is read aloud; `syllable` would count none.
 */
export function readingGrade(text: string): number {
  let word = 0;
  let syllables = 0;
  for (const s of words.segment(text)) {
    if (!s.isWordLike) continue;
    word++;
    const digits = s.segment.replace(/\D/g, '').length;
    syllables += digits > 0 ? digits : Math.max(1, syllable(s.segment));
  }
  const sentence = [...sentences.segment(text)].filter((s) => /\p{L}|\p{N}/u.test(s.segment)).length;
  return Math.round(fleschKincaid({ sentence, word, syllable: syllables }) * 10) / 10;
}

export interface SpeakerInfo {
  name: string;
  kind: SpeakerKind;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Each item's speaker kind, read from the pack's and items' extensions, with a sentence for
 * each declaration that cannot be read (an unknown kind, an item naming an undeclared speaker).
 * Items without a speaker id are left out of `kinds`; a pack that declares no speakers has none.
 */
export function speakerKinds(pack: Pick<Pack, 'extensions' | 'items'>): { kinds: Map<string, SpeakerKind>; speakers: Map<string, SpeakerInfo>; problems: string[] } {
  const problems: string[] = [];
  const speakers = new Map<string, SpeakerInfo>();
  const declared = pack.extensions?.[SPEAKERS_KEY];
  if (declared !== undefined && !isObj(declared)) problems.push(`extensions["${SPEAKERS_KEY}"] must be an object of speaker ids`);
  for (const [id, info] of Object.entries(isObj(declared) ? declared : {})) {
    const kind = isObj(info) ? info.kind : undefined;
    if (!isObj(info) || typeof info.name !== 'string' || !SPEAKER_KINDS.includes(kind as SpeakerKind)) {
      problems.push(`extensions["${SPEAKERS_KEY}"].${id} needs a "name" and a "kind", one of ${SPEAKER_KINDS.join(', ')}`);
      continue;
    }
    speakers.set(id, { name: info.name, kind: kind as SpeakerKind });
  }
  const kinds = new Map<string, SpeakerKind>();
  pack.items.forEach((item, i) => {
    const id = item.extensions?.[SPEAKER_KEY];
    if (id === undefined) return;
    const info = typeof id === 'string' ? speakers.get(id) : undefined;
    if (info) kinds.set(item.id, info.kind);
    else problems.push(`items[${i}].extensions["${SPEAKER_KEY}"]: ${JSON.stringify(id)} is not a speaker declared in extensions["${SPEAKERS_KEY}"]`);
  });
  return { kinds, speakers, problems };
}

export type VerdictCounts = Record<Verdict, number>;

/** Verdict counts per speaker kind (in `SPEAKER_KINDS` order, kinds without items left out), then "unknown", then "all". */
export function verdictSplit(pack: Pick<Pack, 'extensions' | 'items'>): Array<{ kind: SpeakerKind | 'unknown' | 'all'; counts: VerdictCounts }> {
  const { kinds } = speakerKinds(pack);
  const empty = (): VerdictCounts => ({ claim: 0, 'verified-fact': 0, disputed: 0 });
  const rows = new Map<SpeakerKind | 'unknown' | 'all', VerdictCounts>([...SPEAKER_KINDS, 'unknown' as const, 'all' as const].map((k) => [k, empty()]));
  for (const item of pack.items) {
    rows.get(kinds.get(item.id) ?? 'unknown')![item.verdict]++;
    rows.get('all')![item.verdict]++;
  }
  return [...rows].filter(([, c]) => VERDICTS.some((v) => c[v] > 0)).map(([kind, counts]) => ({ kind, counts }));
}

const LABEL: Record<string, string> = { subject: 'subject', reporter: 'reporters', critic: 'critics', expert: 'experts', other: 'others', unknown: 'no kind given', all: 'all' };

/** The lines `content build` prints for one valid pack. */
export function packReport(pack: Pick<Pack, 'extensions' | 'items'>): string[] {
  const lines = ['  verdicts by speaker kind:', `    ${'speaker'.padEnd(14)}${'items'.padStart(6)}${'claim'.padStart(14)}${'verified'.padStart(14)}${'disputed'.padStart(14)}`];
  for (const { kind, counts } of verdictSplit(pack)) {
    const total = VERDICTS.reduce((n, v) => n + counts[v], 0);
    const cell = (v: Verdict) => `${counts[v]} (${Math.round((100 * counts[v]) / total)}%)`.padStart(14);
    lines.push(`    ${LABEL[kind]!.padEnd(14)}${String(total).padStart(6)}${cell('claim')}${cell('verified-fact')}${cell('disputed')}`);
  }
  const grades = pack.items.map((it) => ({ id: it.id, grade: readingGrade(it.explanation) }));
  const over = grades.filter((g) => g.grade > MAX_GRADE);
  lines.push(`  reading grade of each explanation (Flesch-Kincaid; at most ${MAX_GRADE}, "!" marks one over):`);
  const cells = grades.map((g) => `${g.grade > MAX_GRADE ? '!' : ' '}${g.grade.toFixed(1).padStart(5)} ${g.id}`);
  const width = Math.max(...cells.map((c) => c.length)) + 2;
  for (let i = 0; i < cells.length; i += 3) lines.push(`   ${cells.slice(i, i + 3).map((c) => c.padEnd(width)).join('')}`.trimEnd());
  lines.push(over.length === 0 ? `  every explanation is at grade ${MAX_GRADE} or below` : `  ${over.length} explanation${over.length === 1 ? ' is' : 's are'} over grade ${MAX_GRADE}: ${over.map((g) => g.id).join(', ')}`);
  return lines;
}

/**
 * The balance of a pack as it grows: how many items of each verdict, from each source, by each
 * speaker, with the warnings a teacher should see before students do — a verdict that
 * dominates (always answering it would score), and a speaker whose quotes all have one verdict
 * (a player would learn to judge the speaker, not the statement).
 */
import { VERDICTS, type Verdict } from '../pack/types.ts';
import type { StudioDoc } from './types.ts';

export interface BalanceWarning {
  text: string;
  /** The items it is about, for the list to point at. */
  items: string[];
}

export interface Balance {
  /** Items with a verdict, by verdict. */
  verdicts: Record<Verdict, number>;
  /** Items without a verdict yet. */
  undecided: number;
  /** Items by the source of their quote, in the pack's source order (every source, even unused). */
  sources: Array<{ id: string; title: string; quotes: number; passages: number }>;
  /** Speakers by number of quotes, with their verdicts. */
  speakers: Array<{ speaker: string; items: number; verdicts: Record<Verdict, number> }>;
  warnings: BalanceWarning[];
}

const speakerKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
const WORDS: Record<Verdict, string> = { claim: 'claims', 'verified-fact': 'verified facts', disputed: 'disputed' };

/** A verdict holding more than this share of at least `SKEW_MIN` decided items is a warning. */
export const SKEW_SHARE = 0.6;
export const SKEW_MIN = 5;
/** A speaker with at least this many quotes, all one verdict, is a warning. */
export const SPEAKER_MIN = 2;

export function balanceOf(doc: StudioDoc): Balance {
  const verdicts: Record<Verdict, number> = { claim: 0, 'verified-fact': 0, disputed: 0 };
  let undecided = 0;
  const bySource = new Map(doc.sources.map((s) => [s.id, { id: s.id, title: s.title || s.outlet || s.id, quotes: 0, passages: 0 }]));
  const bySpeaker = new Map<string, { speaker: string; items: number; verdicts: Record<Verdict, number>; keys: string[] }>();
  for (const it of doc.items) {
    if (it.verdict) verdicts[it.verdict]++;
    else undecided++;
    if (it.quote) {
      const s = bySource.get(it.quote.source);
      if (s) s.quotes++;
    }
    for (const e of it.evidence) {
      const s = bySource.get(e.source);
      if (s) s.passages++;
    }
    const name = it.quote?.speaker.trim();
    if (!name) continue;
    const k = speakerKey(name);
    let sp = bySpeaker.get(k);
    if (!sp) {
      sp = { speaker: name, items: 0, verdicts: { claim: 0, 'verified-fact': 0, disputed: 0 }, keys: [] };
      bySpeaker.set(k, sp);
    }
    sp.items++;
    sp.keys.push(it.key);
    if (it.verdict) sp.verdicts[it.verdict]++;
  }

  const warnings: BalanceWarning[] = [];
  const decided = VERDICTS.reduce((n, v) => n + verdicts[v], 0);
  for (const v of VERDICTS) {
    if (decided >= SKEW_MIN && verdicts[v] / decided > SKEW_SHARE) {
      warnings.push({
        text: `${verdicts[v]} of ${decided} items are ${WORDS[v]}: a player who always answers that would score well. Add items with the other verdicts.`,
        items: doc.items.filter((it) => it.verdict === v).map((it) => it.key),
      });
    }
  }
  const missingVerdicts = VERDICTS.filter((v) => verdicts[v] === 0);
  if (decided >= 3 && missingVerdicts.length > 0) {
    warnings.push({ text: `No item is ${missingVerdicts.map((v) => WORDS[v]).join(' or ')} yet: players learn to tell the three apart only when all three occur.`, items: [] });
  }
  const speakers = [...bySpeaker.values()].sort((a, b) => b.items - a.items || a.speaker.localeCompare(b.speaker));
  for (const sp of speakers) {
    const decidedHere = VERDICTS.filter((v) => sp.verdicts[v] > 0);
    if (sp.items >= SPEAKER_MIN && decidedHere.length === 1 && sp.verdicts[decidedHere[0]!] === sp.items) {
      const v = decidedHere[0]!;
      warnings.push({
        text: `All ${sp.items} quotes of ${sp.speaker} are ${WORDS[v]}: a player would learn to judge the speaker, not the statement. Add a quote of ${sp.speaker} with another verdict, or quote someone else.`,
        items: sp.keys,
      });
    }
  }
  return {
    verdicts,
    undecided,
    sources: [...bySource.values()],
    speakers: speakers.map(({ keys: _, ...rest }) => rest),
    warnings,
  };
}

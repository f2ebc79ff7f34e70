/**
 * "Suggest items": the draft generator (src/core/draft, its public `draftPack`) run on the
 * pack's sources, its items offered as cards. An accepted card becomes an item with its quote,
 * the speaker guessed and the passages with their stances — and no verdict, no explanation,
 * no skill, and the "not reviewed" mark: the teacher decides; nothing machine-written reaches
 * students unless the teacher keeps it. The generator's notes on passages are dropped (they
 * are its reasoning, shown on the card, not words for players).
 */
import { draftPack } from '../draft/index.ts';
import { withUnreviewedMark } from '../pack/review.ts';
import type { Source, Stance } from '../pack/types.ts';
import type { NewItem } from './csv.ts';
import { STUDIO_TOOL } from './doc.ts';
import { readDraftReasons, type Conflict, type Reason } from './draft-reasons.ts';
import type { StudioDoc } from './types.ts';

export interface Suggestion {
  /** Stable across runs for the same quote: what a dismissal remembers. */
  key: string;
  quote: { source: string; text: string; speaker: string };
  evidence: Array<{ source: string; text: string; stance: Stance }>;
  reasons: Reason[];
  conflicts: Conflict[];
}

export function suggestionKey(source: string, text: string): string {
  let h = 0x811c9dc5;
  const s = `${source}\u0000${text.replace(/\s+/g, ' ').trim()}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `s${(h >>> 0).toString(36)}`;
}

/** Candidates for the document: not dismissed, and not a quote the pack already has. */
export function suggestItems(doc: StudioDoc, options: { max?: number; today?: string } = {}): Suggestion[] {
  if (doc.sources.length === 0) return [];
  const { pack } = draftPack(doc.sources as Source[], { maxItems: options.max ?? 40, ...(options.today ? { updated: options.today } : {}) });
  const dismissed = new Set(doc.dismissed);
  const have = new Set(doc.items.filter((it) => it.quote).map((it) => suggestionKey(it.quote!.source, it.quote!.text)));
  const out: Suggestion[] = [];
  for (const it of pack.items) {
    const key = suggestionKey(it.quote.source, it.quote.text);
    if (dismissed.has(key) || have.has(key)) continue;
    const { reasons, conflicts } = readDraftReasons(it);
    out.push({
      key,
      quote: { source: it.quote.source, text: it.quote.text, speaker: it.quote.speaker },
      evidence: it.evidence.map((e) => ({ source: e.source, text: e.text, stance: e.stance })),
      reasons,
      conflicts,
    });
  }
  return out;
}

/** The item an accepted suggestion becomes (see the module's comment). */
export function itemFromSuggestion(s: Suggestion): NewItem {
  return {
    id: '',
    quote: { ...s.quote },
    explanation: '',
    evidence: s.evidence.map((e) => ({ ...e })),
    extensions: withUnreviewedMark(undefined, STUDIO_TOOL),
  };
}

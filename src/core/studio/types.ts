/**
 * The studio's document: a question pack while it is being written. It mirrors the pack format
 * (docs/pack-format.md) so that turning it into a pack file is a copy, with two differences:
 *
 * - items may be incomplete (no quote yet, no verdict, an empty explanation): the validator
 *   says what is missing, in the studio's words (messages.ts), and the file is written as is;
 * - items and passages carry a `key`, a local identity that never changes (the item's `id`
 *   may), so undo, focus and the worker's messages can follow them.
 *
 * Quote and evidence texts are never typed: they are slices of their source's text, taken
 * from a selection (selection.ts), a CSV cell matched verbatim (csv.ts) or a pack opened.
 */
import type { Extensions, Pack, Source, Stance, Verdict } from '../pack/types.ts';

export const STUDIO_DOC_VERSION = 1;

export interface StudioQuote {
  source: string;
  text: string;
  speaker: string;
}

export interface StudioPassage {
  key: string;
  source: string;
  text: string;
  stance: Stance;
  note?: string;
}

export interface StudioItem {
  key: string;
  id: string;
  quote?: StudioQuote;
  verdict?: Verdict;
  explanation: string;
  evidence: StudioPassage[];
  skill?: string;
  difficulty?: 1 | 2 | 3;
  group?: string;
  discussion?: string;
  extensions?: Extensions;
}

/** The pack's own fields, as the format defines them (everything but its sources and items). */
export type StudioMeta = Omit<Pack, 'format' | 'sources' | 'items'>;

export interface StudioDoc {
  version: typeof STUDIO_DOC_VERSION;
  meta: StudioMeta;
  sources: Source[];
  items: StudioItem[];
  /** Suggestions the author dismissed (suggestions.ts `suggestionKey`), so they stay away. */
  dismissed: string[];
  /** The next local key to hand out (keys are `k1`, `k2`, …: deterministic, no clock). */
  nextKey: number;
}

/** An excerpt of a source: where it is and its text, exactly `source.text.slice(start, end)`. */
export interface Excerpt {
  source: string;
  start: number;
  end: number;
  text: string;
}

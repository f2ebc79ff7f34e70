/**
 * The question-pack model, format `sourced-pack@1` (see docs/pack-format.md).
 *
 * `Pack` is the file as an author writes it. `CompiledPack` is what validation
 * produces and what the game loads: every quote and evidence passage resolved to
 * character offsets in its source's text, so the reveal can highlight it.
 */

export const PACK_FORMAT = 'sourced-pack@1';

export const VERDICTS = ['claim', 'verified-fact', 'disputed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const STANCES = ['supports', 'contradicts', 'context'] as const;
export type Stance = (typeof STANCES)[number];

export const GENRES = ['news-report', 'interview', 'profile', 'opinion', 'blog', 'official', 'other'] as const;
export type Genre = (typeof GENRES)[number];

export type Extensions = Record<string, unknown>;

export interface Source {
  id: string;
  title: string;
  outlet: string;
  author?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string;
  url?: string;
  genre: Genre;
  text: string;
}

export interface Quote {
  source: string;
  text: string;
  speaker: string;
}

export interface Evidence {
  source: string;
  text: string;
  stance: Stance;
  note?: string;
}

export interface Item {
  id: string;
  quote: Quote;
  verdict: Verdict;
  explanation: string;
  evidence: Evidence[];
  skill?: string;
  difficulty?: 1 | 2 | 3;
  /** Items sharing a group give each other away: a round holds at most one of them. */
  group?: string;
  /** A question for the class at the reveal, in place of the game's prompt for the skill. */
  discussion?: string;
  extensions?: Extensions;
}

export interface Pack {
  format: typeof PACK_FORMAT;
  id: string;
  title: string;
  description?: string;
  language: string;
  audience?: string;
  authors?: string[];
  /** `YYYY-MM-DD`: the verdicts hold "as of" this date. */
  updated: string;
  sources: Source[];
  items: Item[];
  extensions?: Extensions;
}

/** Where an excerpt sits in its source's `text`: UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface CompiledQuote extends Quote {
  span: Span;
}

export interface CompiledEvidence extends Evidence {
  span: Span;
}

export interface CompiledItem extends Omit<Item, 'quote' | 'evidence'> {
  quote: CompiledQuote;
  evidence: CompiledEvidence[];
}

export interface CompiledPack extends Omit<Pack, 'items'> {
  items: CompiledItem[];
}

/** A problem found in a pack, located by a JSON path such as `items[3].evidence[0].text`. */
export interface PackIssue {
  path: string;
  message: string;
  /** For an excerpt that does not match: the closest passage of its source. */
  closest?: string;
  /** 1-based line in the pack file, when the pack was parsed from text. */
  line?: number;
  /** 1-based column, for a JSON syntax error (the message then names no position itself). */
  column?: number;
  /** Set when the file is not JSON at all (the content tools exit 2 on it). */
  syntax?: true;
}

export type ValidationResult =
  | { ok: true; pack: CompiledPack; errors: []; warnings: PackIssue[] }
  | { ok: false; pack?: undefined; errors: PackIssue[]; warnings: PackIssue[] };

/**
 * What a draft item keeps in `extensions.draft`: why it was proposed, in a form
 * the studio can show and a script can read. Student-facing fields (the
 * explanation, evidence notes) hold plain words only; every reason lives here.
 */

import type { Stance, Verdict } from '../pack/types';
import type { FigureSide, SignalKind } from './conflicts';
import type { ScaleName } from './scales';

/** How the speaker was guessed (speakers.ts). */
export type SpeakerHow =
  | 'label'
  | 'quoted'
  | 'attributed'
  | 'according-to'
  | 'pronoun'
  | 'continued-quote'
  | 'role'
  | 'group'
  | 'organisation'
  | 'interviewee'
  | 'writer';

/** A source as the studio names it beside a passage. */
export interface SourceRef {
  id: string;
  outlet: string;
  published: string;
}

/** One side of a figure comparison: the figure, where it was said and by whom. */
export interface FigureReason extends FigureSide {
  source: SourceRef;
  speaker: string;
}

/**
 * Why one evidence passage was proposed, with the stance suggested for it.
 * - `conflict`: a rule found the passage disagrees (`signal` says which rule);
 * - `agreement`: an independent source says the same;
 * - `same-account`: it says the same, but it is the quote's speaker's own account
 *   again (the same person, or "according to him"), so it is context, not support;
 * - `same-document`: it says the same by describing the quote's own source, an official document
 *   ("the return shows …" beside the annual return), or the quote describes the passage's: one
 *   document, not two sources, so context;
 * - `reported-claim`: it says the same only as someone's claim ("it claims to have"),
 *   which shows who says so, not that it is so: context;
 * - `weak-agreement`: a shared rare topic, for the author to judge;
 * - `related`: the most related passage found, shown as context;
 * - `surrounding`: the quote's own paragraph, when nothing else was found.
 */
export interface EvidenceReason {
  /** Index of the passage in the item's `evidence`. */
  index: number;
  stance: Stance;
  why: 'conflict' | 'agreement' | 'same-account' | 'same-document' | 'reported-claim' | 'weak-agreement' | 'related' | 'surrounding';
  signal?: SignalKind;
  /** 0–1: how sure the rule is. */
  weight?: number;
  /** Retrieval score (BM25) of the passage for the quote. */
  relevance?: number;
  source: SourceRef;
  /** Who asserts the passage, as guessed. */
  speaker: string;
  /**
   * For `figures-differ`, `figure-revised`, `same-figure` and `ages-differ`: both
   * figures side by side, with their sources and what each counts, so the
   * author can ask "is the same thing counted?". For `figure-revised`, `other`
   * is the figure that replaced the quote's.
   */
  figures?: { quote: FigureReason; other: FigureReason };
  /** For `dates-differ` and `same-date`: the years each passage gives. */
  years?: { quote: number[]; other: number[] };
  /** The words both passages share (stems; `@` marks a concept class such as `@death`). */
  shared?: string[];
  /** For `denial`: which passage denies, and the word or concept denied; for `rejected`, which passage is the answer that rejects (term empty). */
  denied?: { by: 'quote' | 'other'; term: string };
  /** For `opposite-ends` and `same-end`: the scale (scales.ts) and the word each passage uses ("honorary" / "employee"). */
  scale?: { name: ScaleName; quote: string; other: string };
}

/**
 * A passage the rules ranked but did not show: for the author to add with one click (the studio)
 * or ignore. Its `text` is a verbatim excerpt of `source.id`, ready to become an `Evidence` with
 * `stance` (and `note`, when there is one). Students never see it.
 */
export interface DraftCandidate extends Omit<EvidenceReason, 'index'> {
  text: string;
  note?: string;
}

export interface DraftItemExtension {
  /** Always false: a person has not reviewed this item. */
  reviewed: false;
  /** The verdict the rules suggest (the item's `verdict` until the author changes it). */
  suggestedVerdict: Verdict;
  /** 0–1: the weight of the signal the verdict rests on (0.5 for a claim with nothing found). */
  confidence: number;
  /** 1 = the best item of the draft. */
  rank: number;
  score: number;
  /** The quote's speaker as guessed, and how. */
  speaker: { name: string; how: SpeakerHow };
  /** What makes the quote checkable: attribution, number, date, superlative, biography, denial, answer. */
  features: string[];
  /** One entry per evidence passage, in the order of `evidence`. */
  evidence: EvidenceReason[];
  /** More passages, best first, that the rules found but did not show (absent when none). */
  candidates?: DraftCandidate[];
}

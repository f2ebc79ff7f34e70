/**
 * Where a presentation is, and where the teacher's "forward" and "back" (arrow keys, Page
 * Up/Down, a clicker) take it. For each item, in order:
 *
 *     quote ─▶ vote ─▶ reveal ─▶ evidence (page 1 … n) ─▶ discuss ─▶ next item's quote …
 *
 * then the summary's pages. Only the screen knows how many pages of evidence (or of summary)
 * fit at the projector's size, so it says so through `Shape`.
 */

export type Step = 'quote' | 'vote' | 'reveal' | 'evidence' | 'discuss' | 'summary';

export interface Position {
  /** The item's index in the order; in the summary, how many items were played. */
  index: number;
  step: Step;
  /** The page of the evidence or of the summary (0-based); 0 elsewhere. */
  page: number;
}

export interface Shape {
  /** Items in the presentation. */
  total: number;
  /** Pages of evidence of the item at `index` (at least 1). */
  evidencePages(index: number): number;
  /** Pages of the summary (at least 1). */
  summaryPages: number;
}

const ITEM_STEPS = ['quote', 'vote', 'reveal', 'evidence', 'discuss'] as const;

export const START: Position = { index: 0, step: 'quote', page: 0 };

const at = (index: number, step: Step, page = 0): Position => ({ index, step, page });

export function forward(p: Position, s: Shape): Position {
  if (p.step === 'summary') return p.page + 1 < Math.max(1, s.summaryPages) ? at(p.index, 'summary', p.page + 1) : p;
  if (p.step === 'evidence' && p.page + 1 < Math.max(1, s.evidencePages(p.index))) return at(p.index, 'evidence', p.page + 1);
  if (p.step === 'discuss') return p.index + 1 < s.total ? at(p.index + 1, 'quote') : at(s.total, 'summary');
  return at(p.index, ITEM_STEPS[ITEM_STEPS.indexOf(p.step) + 1]!);
}

export function back(p: Position, s: Shape): Position {
  if (p.step === 'summary') return p.page > 0 ? at(p.index, 'summary', p.page - 1) : p.index > 0 ? at(p.index - 1, 'discuss') : p;
  if (p.step === 'evidence' && p.page > 0) return at(p.index, 'evidence', p.page - 1);
  if (p.step === 'quote') return p.index > 0 ? at(p.index - 1, 'discuss') : p;
  const prev = ITEM_STEPS[ITEM_STEPS.indexOf(p.step) - 1]!;
  return prev === 'evidence' ? at(p.index, 'evidence', Math.max(1, s.evidencePages(p.index)) - 1) : at(p.index, prev);
}

/** True once the item's answer is on screen (the reveal, its evidence and its discussion). */
export const isRevealed = (p: Position): boolean => p.step === 'reveal' || p.step === 'evidence' || p.step === 'discuss';

/** Ending the round here: the summary of the items revealed so far. */
export function end(p: Position): Position {
  if (p.step === 'summary') return p;
  return at(isRevealed(p) ? p.index + 1 : p.index, 'summary');
}

/** A position that fits a presentation of `total` items (a saved one may be damaged). */
export function clampPosition(p: Position, total: number): Position {
  const index = Math.max(0, Math.min(p.step === 'summary' ? total : total - 1, Math.floor(p.index)));
  return at(index, p.step, Math.max(0, Math.floor(p.page)));
}

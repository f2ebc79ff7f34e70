/**
 * The mark of a draft: a pack made by `npm run content -- draft`, or a studio pack whose items
 * the teacher has not all reviewed, carries `extensions["sourced:review"]` — on the pack (the
 * whole pack is a draft) and/or on items (those items are). Its content:
 *
 *     { "status": "unreviewed", "by": "sourced draft" }
 *
 * `extensions` is free content, so the mark never makes a pack invalid: `validate` warns,
 * `build` refuses to ship it, and the game says "not reviewed" on its card and at each reveal.
 * Removing the mark is the author's statement that a person has checked the item.
 */
import type { Extensions, Item, Pack } from './types.ts';

export const REVIEW_KEY = 'sourced:review';

export interface ReviewMark {
  status: 'unreviewed';
  /** The tool that made the content ("sourced draft", "sourced studio"). */
  by: string;
}

type WithExtensions = { extensions?: Extensions | undefined };

function marked(x: WithExtensions | undefined): boolean {
  const mark = x?.extensions?.[REVIEW_KEY] as { status?: unknown } | undefined;
  return !!mark && typeof mark === 'object' && mark.status === 'unreviewed';
}

/** Extensions with the mark added (a new object; the others are kept). */
export function withUnreviewedMark(extensions: Extensions | undefined, by: string): Extensions {
  const mark: ReviewMark = { status: 'unreviewed', by };
  return { ...extensions, [REVIEW_KEY]: mark };
}

/** Extensions without the mark, or undefined when nothing else is left in them. */
export function withoutReviewMark(extensions: Extensions | undefined): Extensions | undefined {
  if (!extensions) return undefined;
  const { [REVIEW_KEY]: _, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** True when the pack as a whole is marked a draft. */
export function packIsDraft(pack: WithExtensions): boolean {
  return marked(pack);
}

/** True when this item is not reviewed: marked itself, or in a pack marked as a whole. */
export function itemIsUnreviewed(pack: WithExtensions, item: Pick<Item, 'extensions'>): boolean {
  return marked(pack) || marked(item);
}

/** The ids of the items that are not reviewed (all of them in a pack marked as a whole). */
export function unreviewedItemIds(pack: Pick<Pack, 'extensions'> & { items: readonly Pick<Item, 'id' | 'extensions'>[] }): string[] {
  return pack.items.filter((it) => itemIsUnreviewed(pack, it)).map((it) => it.id);
}

/**
 * Fitting a slide to the projector with nothing to scroll: type that shrinks to fit (never
 * below its minimum), and content too long for one screen cut into pages — block by block,
 * and a block too tall for a page of its own cut between words.
 */

/**
 * True when the box's content does not fit inside it. `scrollHeight` is rounded to whole
 * pixels, so the edges of the content are compared too (a half pixel out is out).
 */
export function overflows(box: HTMLElement): boolean {
  if (box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth) return true;
  const limit = box.getBoundingClientRect();
  for (const el of box.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.bottom > limit.bottom + 0.5 || r.right > limit.right + 0.5) return true;
  }
  return false;
}

/**
 * Lowers `--fit` on `el` (a factor in its font sizes, see present.css) from 1 until `box` fits,
 * but not under `min`.
 */
export function fitText(box: HTMLElement, el: HTMLElement, min: number): void {
  for (let f = 1; f > min; f -= 0.05) {
    el.style.setProperty('--fit', f.toFixed(2));
    if (!overflows(box)) return;
  }
  el.style.setProperty('--fit', String(min));
}

export interface PageFrame {
  /** What goes into the box for one page (a heading, a list…). */
  root: HTMLElement;
  /** Where the page's blocks go, inside `root`. */
  holder: HTMLElement;
}

/**
 * Cuts `blocks` into pages that each fit `box` (which must be laid out, with a fixed size).
 * `split(block, fits)` may cut a block that is too tall for a page on its own into two; it is
 * called with the block alone on the page and `fits()` to test a change. Returns the pages'
 * roots; `box` is left empty.
 */
export function paginate(
  box: HTMLElement,
  blocks: readonly HTMLElement[],
  frame: () => PageFrame,
  split?: (block: HTMLElement, fits: () => boolean) => [HTMLElement, HTMLElement] | null,
): HTMLElement[] {
  const pages: PageFrame[] = [];
  const newPage = (): PageFrame => {
    const f = frame();
    pages.push(f);
    box.replaceChildren(f.root);
    return f;
  };
  let page = newPage();
  const queue = [...blocks];
  while (queue.length) {
    const block = queue.shift()!;
    page.holder.append(block);
    if (!overflows(box)) continue;
    if (page.holder.children.length > 1) {
      block.remove();
      page = newPage();
      page.holder.append(block);
      if (!overflows(box)) continue;
    }
    const parts = split?.(block, () => !overflows(box));
    if (parts) {
      // The first part fills this page; the rest starts the next.
      block.replaceWith(parts[0]);
      queue.unshift(parts[1]);
      page = newPage();
    }
  }
  box.replaceChildren();
  return pages.map((p) => p.root);
}

/**
 * The longest prefix of `text`, cut after a whole word, for which `fits(prefix)` holds (at
 * least one word). Binary search over the word boundaries.
 */
export function longestFit(text: string, fits: (prefix: string) => boolean): number {
  const cuts = [...text.matchAll(/\s+/g)].map((m) => m.index!).filter((i) => i > 0);
  cuts.push(text.length);
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(text.slice(0, cuts[mid]))) lo = mid;
    else hi = mid - 1;
  }
  return cuts[lo]!;
}

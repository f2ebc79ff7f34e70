/**
 * A block pinned to the bottom of the window (the answers of a round, the Next bar of a
 * reveal) while it fits: the text above scrolls under it. The page's `scroll-padding-bottom`
 * follows the block's height, so a control reached by Tab is scrolled clear of it, never
 * hidden under it (WCAG 2.4.11).
 */

/** The block stays pinned while it takes at most this share of the window's height. */
const MAX_SHARE = 0.65;

export interface PinOptions {
  /**
   * When the block takes more than `compactAbove` of the window, try it with the class
   * `compact` (its CSS makes it shorter). Tried afresh on every change, within one frame, so
   * the block never flickers between the two.
   */
  compact?: boolean;
  compactAbove?: number;
  /** Pinned while at most this share of the window (default 0.65). */
  maxShare?: number;
}

export function pinToBottom(el: HTMLElement, options: PinOptions = {}): () => void {
  const root = document.documentElement;
  const maxShare = options.maxShare ?? MAX_SHARE;
  const compactAbove = options.compactAbove ?? maxShare;
  let frame = 0;
  const update = () => {
    frame = 0;
    if (!el.isConnected) return;
    const limit = window.innerHeight * maxShare;
    let height = el.getBoundingClientRect().height;
    if (options.compact) {
      el.classList.remove('compact');
      height = el.getBoundingClientRect().height;
      if (height > window.innerHeight * compactAbove) {
        el.classList.add('compact');
        height = el.getBoundingClientRect().height;
      }
    }
    const fits = height > 0 && height <= limit;
    el.classList.toggle('pinned', fits);
    // Stuck to the window's bottom edge, rather than resting in its place after the text.
    el.classList.toggle('stuck', fits && Math.abs(el.getBoundingClientRect().bottom - window.innerHeight) < 1);
    root.style.setProperty('--pinned-bottom', fits ? `${Math.ceil(height)}px` : '0px');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  observer?.observe(el);
  window.addEventListener('resize', schedule);
  window.addEventListener('scroll', schedule, { passive: true });
  schedule();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    observer?.disconnect();
    window.removeEventListener('resize', schedule);
    window.removeEventListener('scroll', schedule);
    root.style.removeProperty('--pinned-bottom');
  };
}

/**
 * Scripts run inside the page. Kept as plain JavaScript strings: functions compiled by tsx
 * carry helpers (`__name`) that do not exist in the page.
 *
 * "Shown" means the same thing on both pages: the content is in place (the DOM of the round
 * screen, or the Phaser text object), the next animation frame starts (the frame that paints
 * it), and a task queued from that frame runs, i.e. after that frame's style, layout and paint.
 */

/**
 * The game: as soon as the title screen's "Quick round" button is in the DOM and enabled,
 * wait for the frame that paints the title, then click it (as a player would, once it is
 * visible); then wait for the round screen with its quote and three enabled answer buttons,
 * and for the frame that paints them. All times are performance.now() (ms since navigation).
 */
export const GAME_PROBE = `
(() => {
  const b = (window.__bench = { marks: {}, done: false });
  const now = () => performance.now();
  const afterFrame = (cb) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => cb(now()); ch.port2.postMessage(0); });
  let phase = 'title';
  const quick = () => [...document.querySelectorAll('[data-screen="title"] button')].find((x) => x.textContent.trim() === 'Quick round' && !x.disabled);
  const answerable = () => {
    const round = document.querySelector('[data-screen="round"]');
    if (!round) return false;
    const quote = round.querySelector('blockquote');
    const answers = [...round.querySelectorAll('button.answer')].filter((x) => !x.disabled && x.getClientRects().length > 0);
    return !!quote && quote.textContent.trim().length > 0 && quote.getClientRects().length > 0 && answers.length === 3;
  };
  const check = () => {
    if (phase === 'title') {
      const btn = quick();
      if (!btn) return;
      phase = 'clicking';
      b.marks.titleInDom = now();
      afterFrame((t) => {
        b.marks.titleShown = t;
        phase = 'round';
        btn.click();
        b.marks.clicked = now();
        check();
      });
    } else if (phase === 'round' && answerable()) {
      phase = 'done';
      b.marks.quoteInDom = now();
      afterFrame((t) => {
        b.marks.quoteShown = t;
        // Whether the Phaser chunk had finished downloading by then (it is not waited for).
        b.phaserLoaded = performance.getEntriesByType('resource').some((e) => /\\/phaser-[^/]*\\.js$/.test(e.name));
        b.done = true;
        mo.disconnect();
      });
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
})();
`;

/** The baseline: the Phaser page marks __baseline.textDrawn itself (tools/bench/baseline/main.ts). */
export const BASELINE_PROBE = `window.__bench = { marks: {}, done: false };`;

/** Paint and navigation milestones, read after the probe is done. */
export const READ_TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
  return {
    marks: window.__bench.marks,
    phaserLoaded: window.__bench.phaserLoaded ?? null,
    responseEnd: nav ? nav.responseEnd : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd || null : null,
    firstPaint: paint['first-paint'] ?? null,
    firstContentfulPaint: paint['first-contentful-paint'] ?? null,
  };
})()`;

/** Every resource the page loaded: [url, startTime, responseEnd, transferSize, encodedBodySize, decodedBodySize]. */
export const READ_RESOURCES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const all = [nav, ...performance.getEntriesByType('resource')].filter(Boolean);
  return all.map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize, type: e.initiatorType || 'navigation' }));
})()`;

/**
 * 4. Long sessions: 300 quick rounds (10 questions each) played by a script in one page, with
 * the Phaser stage running. Each round: "Quick round" on the title screen, then for every
 * question an answer (every third one wrong, so misses and streak breaks happen), one
 * animation frame (the stage plays the reveal's effect in it), and "Next"; then "Back to
 * packs" from the summary. At round 20 and round 300 (and a few rounds between, for the
 * trend) the page rests on the title screen for 3.5 s (the effects end), garbage is collected
 * twice (CDP HeapProfiler.collectGarbage) and we read the JS heap in use
 * (Runtime.getHeapUsage), the DOM counters (Memory.getDOMCounters: nodes alive, including
 * detached ones not yet collected, and JS event listeners) and the Phaser objects.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { freshPage, throttle } from './lib/browser.ts';
import { table, type ResultRow } from './lib/stats.ts';

export const TARGET_HEAP_GROWTH = 5 * 1024 * 1024;
export const TARGET_NODES_GROWTH = 0.05;

const DRIVER = `
window.__benchPlay = async (rounds, answered0) => {
  let answered = answered0;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const button = (screen, text) => {
    const b = [...document.querySelectorAll('[data-screen="' + screen + '"] button')].find((x) => x.textContent.trim().startsWith(text) && !x.disabled);
    if (!b) throw new Error('no "' + text + '" button on the ' + screen + ' screen');
    return b;
  };
  const verdicts = ['claim', 'verified-fact', 'disputed'];
  for (let r = 0; r < rounds; r++) {
    button('title', 'Quick round').click();
    await frame();
    let guard = 0;
    while (document.querySelector('[data-screen="round"]')) {
      if (++guard > 100) throw new Error('the round does not end');
      const g = window.__sourced.stores.game.getState();
      const id = g.session.order[g.session.index];
      const right = g.pack.items.find((i) => i.id === id).verdict;
      const v = ++answered % 3 === 0 ? verdicts.find((x) => x !== right) : right;
      document.querySelector('[data-screen="round"] button.answer[data-verdict="' + v + '"]').click();
      await frame();
      const next = [...document.querySelectorAll('[data-screen="reveal"] button')].find((x) => /^(Next|See results)/.test(x.textContent.trim()));
      if (!next) throw new Error('no Next button on the reveal');
      next.click();
    }
    button('summary', 'Back to packs').click();
    await frame();
  }
  return answered;
};`;

export interface Snapshot {
  round: number;
  heapUsed: number;
  domNodes: number;
  /** Elements in the document (the live DOM only). */
  liveElements: number;
  listeners: number;
  documents: number;
  /** Game objects per Phaser scene, and the number of tweens and timers alive. */
  phaser: string;
  /** Seconds since the first round started. */
  at: number;
}

export interface LongResult {
  rounds: number;
  snapshots: Snapshot[];
  first: Snapshot;
  last: Snapshot;
  heapGrowth: number;
  nodesGrowth: number;
  seconds: number;
}

async function snapshot(page: Page, cdp: CDPSession, round: number, t0: number): Promise<Snapshot> {
  await page.waitForTimeout(3500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
  const extra = (await page.evaluate(`(() => {
    const game = window.__sourced?.stage?.game;
    const scenes = game ? game.scene.scenes.map((s) => s.sys.settings.key + ':' + s.children.length + ' objects/' + s.tweens.getTweens().length + ' tweens/' + (s.time._active.length + s.time._pendingInsertion.length) + ' timers') : [];
    return { live: document.getElementsByTagName('*').length, phaser: scenes.join(', ') || 'no stage' };
  })()`)) as { live: number; phaser: string };
  return {
    round,
    heapUsed: heap.usedSize,
    domNodes: dom.nodes,
    liveElements: extra.live,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    phaser: extra.phaser,
    at: (performance.now() - t0) / 1000,
  };
}

export async function measureLongSession(
  browser: Browser,
  url: string,
  opts: { rounds: number; reference: number; log: (s: string) => void },
): Promise<LongResult> {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await throttle(cdp, false);
    await page.goto(url);
    await page.waitForSelector('[data-screen="title"]');
    await page.waitForFunction("document.getElementById('stage')?.dataset.renderer", null, { timeout: 30_000 }).catch(() => {});
    await page.evaluate(DRIVER);
    const checkpoints = [...new Set([opts.reference, 50, 100, 200, opts.rounds].filter((n) => n >= opts.reference && n <= opts.rounds))].sort((a, b) => a - b);
    const snapshots: Snapshot[] = [];
    let played = 0;
    let answered = 0;
    const t0 = performance.now();
    for (const cp of checkpoints) {
      answered = (await page.evaluate(`window.__benchPlay(${cp - played}, ${answered})`)) as number;
      played = cp;
      const s = await snapshot(page, cdp, cp, t0);
      snapshots.push(s);
      opts.log(`    round ${cp}: heap ${mib(s.heapUsed)}, DOM nodes ${s.domNodes} (${s.liveElements} elements live), listeners ${s.listeners}, ${s.phaser}, ${s.at.toFixed(0)} s`);
    }
    const first = snapshots[0]!;
    const last = snapshots[snapshots.length - 1]!;
    return {
      rounds: played,
      snapshots,
      first,
      last,
      heapGrowth: last.heapUsed - first.heapUsed,
      nodesGrowth: (last.domNodes - first.domNodes) / first.domNodes,
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await context.close();
  }
}

const mib = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MiB`;

export function longTable(r: LongResult): string {
  return table(
    ['round', 'JS heap after GC', 'DOM nodes', 'elements live', 'JS listeners', 'Phaser scenes'],
    r.snapshots.map((s) => [String(s.round), mib(s.heapUsed), String(s.domNodes), String(s.liveElements), String(s.listeners), s.phaser]),
  );
}

export function longRows(r: LongResult): ResultRow[] {
  const sign = (v: number) => (v >= 0 ? '+' : '');
  return [
    {
      section: '4 long session',
      metric: `JS heap after GC, round ${r.last.round} vs ${r.first.round} (${mib(r.last.heapUsed)} vs ${mib(r.first.heapUsed)})`,
      value: `${sign(r.heapGrowth)}${mib(r.heapGrowth)}`,
      target: '<= +5 MiB',
      pass: r.heapGrowth <= TARGET_HEAP_GROWTH,
    },
    {
      section: '4 long session',
      metric: `DOM nodes, round ${r.last.round} vs ${r.first.round} (${r.last.domNodes} vs ${r.first.domNodes})`,
      value: `${sign(r.nodesGrowth)}${(r.nodesGrowth * 100).toFixed(1)} %`,
      target: '<= +5 %',
      pass: r.nodesGrowth <= TARGET_NODES_GROWTH,
    },
    {
      section: '4 long session',
      metric: `JS event listeners, round ${r.last.round} vs ${r.first.round}`,
      value: `${r.last.listeners} vs ${r.first.listeners}`,
      target: '',
      pass: null,
    },
  ];
}

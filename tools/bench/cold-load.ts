/**
 * 2. Cold load against a baseline measured in the same run.
 *
 * Ours: navigation → the first quote shown and answerable, in the page's own clock
 * (performance.now(), 0 = navigation start). The probe (lib/probes.ts) clicks "Quick round"
 * as soon as the title that holds it has been painted; "answerable" is the round screen with
 * its quote visible and the three answer buttons enabled, and "shown" the end of the frame
 * that paints it. Baseline: navigation → the end of the frame that draws the text of a
 * minimal Phaser 4 page (tools/bench/baseline), built with the same Vite config and served the
 * same way. Every run is a fresh browser context (empty cache and storage); runs alternate
 * between the two pages after one discarded warm-up of each.
 *
 * Throttled: the same, with the network at 1.6 Mbps down / 150 ms round trip, the cache
 * disabled and the CPU slowed 4× (Chrome DevTools Protocol).
 */
import type { Browser } from '@playwright/test';
import { freshPage, throttle } from './lib/browser.ts';
import { BASELINE_PROBE, GAME_PROBE, READ_TIMINGS } from './lib/probes.ts';
import { mmm, ms, summarize, table, type ResultRow, type Summary } from './lib/stats.ts';

export const TARGET_RATIO = 1.25;
export const TARGET_THROTTLED_MS = 3500;

interface Timings {
  marks: Record<string, number>;
  /** Game only: whether the Phaser chunk had finished downloading when the quote was shown. */
  phaserLoaded: boolean | null;
  responseEnd: number | null;
  domContentLoaded: number | null;
  load: number | null;
  firstPaint: number | null;
  firstContentfulPaint: number | null;
}

async function once(browser: Browser, url: string, which: 'game' | 'baseline', throttled: boolean): Promise<Timings> {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await throttle(cdp, throttled);
    await page.addInitScript(which === 'game' ? GAME_PROBE : BASELINE_PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction('window.__bench && window.__bench.done', null, { timeout: 60_000, polling: 100 });
    return (await page.evaluate(READ_TIMINGS)) as Timings;
  } finally {
    await context.close();
  }
}

export interface ColdSeries {
  game: Timings[];
  baseline: Timings[];
  /** Ours: navigation → first quote shown and answerable. */
  quote: Summary;
  /** Ours: navigation → title shown (the Quick round button clickable). */
  title: Summary;
  /** Baseline: navigation → text shown. */
  text: Summary;
  /** median(ours) / median(baseline). */
  ratio: number;
  /** Run-by-run ratios (paired by order), for their spread. */
  ratios: Summary;
}

async function series(browser: Browser, gameUrl: string, baselineUrl: string, runs: number, throttled: boolean, log: (s: string) => void): Promise<ColdSeries> {
  await once(browser, gameUrl, 'game', throttled);
  await once(browser, baselineUrl, 'baseline', throttled);
  const game: Timings[] = [];
  const baseline: Timings[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which page goes first, so drift in the machine's load hits both alike.
    if (i % 2 === 0) {
      game.push(await once(browser, gameUrl, 'game', throttled));
      baseline.push(await once(browser, baselineUrl, 'baseline', throttled));
    } else {
      baseline.push(await once(browser, baselineUrl, 'baseline', throttled));
      game.push(await once(browser, gameUrl, 'game', throttled));
    }
    log(`    run ${i + 1}/${runs}: quote ${ms(game[i]!.marks.quoteShown!)}, baseline text ${ms(baseline[i]!.marks.textShown!)}`);
  }
  const quote = summarize(game.map((t) => t.marks.quoteShown!));
  const text = summarize(baseline.map((t) => t.marks.textShown!));
  return {
    game,
    baseline,
    quote,
    title: summarize(game.map((t) => t.marks.titleShown!)),
    text,
    ratio: quote.median / text.median,
    ratios: summarize(game.map((t, i) => t.marks.quoteShown! / baseline[i]!.marks.textShown!)),
  };
}

export interface ColdResult {
  normal: ColdSeries;
  throttled: ColdSeries;
}

export async function measureColdLoad(
  browser: Browser,
  gameUrl: string,
  baselineUrl: string,
  opts: { runs: number; throttledRuns: number; log: (s: string) => void },
): Promise<ColdResult> {
  opts.log('  unthrottled');
  const normal = await series(browser, gameUrl, baselineUrl, opts.runs, false, opts.log);
  opts.log('  school network (1.6 Mbps, 150 ms RTT, CPU 4x)');
  const throttled = await series(browser, gameUrl, baselineUrl, opts.throttledRuns, true, opts.log);
  return { normal, throttled };
}

const med = (xs: Array<number | null>) => summarize(xs.filter((x): x is number => typeof x === 'number'));

export function coldTable(r: ColdResult): string {
  const rows: string[][] = [];
  for (const [name, s] of [
    ['unthrottled', r.normal],
    ['school network', r.throttled],
  ] as const) {
    rows.push([name, 'ours: first contentful paint', mmm(med(s.game.map((t) => t.firstContentfulPaint)), ms)]);
    rows.push([name, 'ours: title shown (Quick round clickable)', mmm(s.title, ms)]);
    rows.push([name, 'ours: first quote shown and answerable', mmm(s.quote, ms)]);
    rows.push([name, 'ours: load event', mmm(med(s.game.map((t) => t.load)), ms)]);
    rows.push([name, 'baseline: text shown', mmm(s.text, ms)]);
    rows.push([name, 'ours: runs with Phaser downloaded before the quote', `${s.game.filter((t) => t.phaserLoaded).length} of ${s.game.length} (never waited for)`]);
    rows.push([name, 'ratio of medians (ours / baseline)', s.ratio.toFixed(2)]);
    rows.push([name, 'run-by-run ratio', mmm(s.ratios, (v) => v.toFixed(2))]);
  }
  return table(['conditions', 'what', 'median (min–max)'], rows);
}

export function coldRows(r: ColdResult): ResultRow[] {
  return [
    {
      section: '2 cold load',
      metric: `first quote answerable / baseline text (unthrottled; ${mmm(r.normal.quote, ms)} vs ${mmm(r.normal.text, ms)})`,
      value: r.normal.ratio.toFixed(2),
      target: `<= ${TARGET_RATIO}`,
      pass: r.normal.ratio <= TARGET_RATIO,
    },
    {
      section: '2 cold load',
      metric: 'first quote answerable, school network + CPU 4x',
      value: mmm(r.throttled.quote, ms),
      target: `<= ${ms(TARGET_THROTTLED_MS)}`,
      pass: r.throttled.quote.median <= TARGET_THROTTLED_MS,
    },
    {
      section: '2 cold load',
      metric: 'baseline text, school network + CPU 4x (for comparison)',
      value: mmm(r.throttled.text, ms),
      target: '',
      pass: null,
    },
  ];
}

/**
 * 3. Smoothness while the reveal animates.
 *
 * A cold page plays a quick round with the Phaser stage running (WebGL through SwiftShader
 * here). For each sample, requestAnimationFrame timestamps are recorded from just before an
 * answer is clicked until 2.5 s later: the DOM reveal (its CSS entrance) and the stage's
 * effects (particle burst or shake, streak sparks) both run in that window. fps = frames /
 * seconds; frame times are the gaps between consecutive timestamps. Answers alternate so that
 * right answers, a streak and wrong answers are all sampled.
 */
import type { Browser } from '@playwright/test';
import { openGameAtFirstQuote } from './lib/browser.ts';
import { GAME_PROBE } from './lib/probes.ts';
import { mmm, percentile, summarize, table, type ResultRow, type Summary } from './lib/stats.ts';

export const TARGET_FPS = 55;
export const TARGET_P95_MS = 25;
const SAMPLE_MS = 2500;
/** Right, right, right (a streak), wrong, right, wrong. */
const PATTERN = [true, true, true, false, true, false];

const SAMPLE = (right: boolean, sampleMs: number) => `(async () => {
  const g = window.__sourced.stores.game.getState();
  const id = g.session.order[g.session.index];
  const item = g.pack.items.find((i) => i.id === id);
  const verdicts = ['claim', 'verified-fact', 'disputed'];
  const v = ${right} ? item.verdict : verdicts.find((x) => x !== item.verdict);
  const btn = document.querySelector('[data-screen="round"] button.answer[data-verdict="' + v + '"]');
  if (!btn) throw new Error('no answer button for ' + v);
  const stamps = [];
  await new Promise((resolve) => {
    let start = 0;
    const tick = (t) => {
      stamps.push(t);
      if (!start) {
        start = t;
        btn.click();
      }
      if (t - start < ${sampleMs}) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  return { stamps, result: document.querySelector('[data-fx-anchor]')?.getAttribute('data-fx-anchor') ?? null };
})()`;

export interface Sample {
  result: string | null;
  frames: number;
  fps: number;
  p95: number;
  max: number;
  /** Frames longer than 50 ms. */
  long: number;
}

export interface SmoothResult {
  renderer: string | null;
  samples: Sample[];
  fps: Summary;
  p95: Summary;
  max: Summary;
}

export async function measureSmoothness(browser: Browser, url: string, opts: { log: (s: string) => void }): Promise<SmoothResult> {
  const { context, page } = await openGameAtFirstQuote(browser, url, GAME_PROBE);
  try {
    const renderer = (await page.evaluate("document.getElementById('stage')?.dataset.renderer ?? null")) as string | null;
    await page.waitForTimeout(1500); // the stage's start-up work is over
    const samples: Sample[] = [];
    for (const right of PATTERN) {
      await page.waitForSelector('[data-screen="round"]');
      const { stamps, result } = (await page.evaluate(SAMPLE(right, SAMPLE_MS))) as { stamps: number[]; result: string | null };
      const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
      const span = stamps[stamps.length - 1]! - stamps[0]!;
      const s: Sample = {
        result,
        frames: gaps.length,
        fps: (gaps.length / span) * 1000,
        p95: percentile(gaps, 95),
        max: Math.max(...gaps),
        long: gaps.filter((g) => g > 50).length,
      };
      samples.push(s);
      opts.log(`    reveal (${result}): ${s.fps.toFixed(1)} fps, p95 ${s.p95.toFixed(1)} ms, worst ${s.max.toFixed(1)} ms`);
      await page.evaluate(`[...document.querySelectorAll('[data-screen="reveal"] button')].find((b) => /^(Next|See results)/.test(b.textContent.trim()))?.click()`);
      await page.waitForTimeout(700);
    }
    return {
      renderer,
      samples,
      fps: summarize(samples.map((s) => s.fps)),
      p95: summarize(samples.map((s) => s.p95)),
      max: summarize(samples.map((s) => s.max)),
    };
  } finally {
    await context.close();
  }
}

export function smoothTable(r: SmoothResult): string {
  return table(
    ['sample', 'reveal', 'frames', 'fps', 'p95 frame', 'worst frame', '> 50 ms'],
    r.samples.map((s, i) => [String(i + 1), s.result ?? '?', String(s.frames), s.fps.toFixed(1), `${s.p95.toFixed(1)} ms`, `${s.max.toFixed(1)} ms`, String(s.long)]),
  );
}

export function smoothRows(r: SmoothResult): ResultRow[] {
  return [
    {
      section: '3 smoothness',
      metric: `reveal fps (renderer: ${r.renderer ?? 'none'})`,
      value: mmm(r.fps, (v) => v.toFixed(1)),
      target: `>= ${TARGET_FPS}`,
      pass: r.fps.median >= TARGET_FPS,
    },
    {
      section: '3 smoothness',
      metric: 'reveal p95 frame time',
      value: mmm(r.p95, (v) => `${v.toFixed(1)} ms`),
      target: `<= ${TARGET_P95_MS} ms`,
      pass: r.p95.median <= TARGET_P95_MS,
    },
  ];
}

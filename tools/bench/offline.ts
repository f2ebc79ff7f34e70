/**
 * 6. The offline game (the service worker of tools/pwa.ts).
 *
 * - Offline reload to the first answerable quote: one visit online, the service worker
 *   installed and in control, then the browser offline (Playwright's `setOffline`), and each
 *   run a reload measured as in 2. (the quote probe of lib/probes.ts clicks "Quick round" as
 *   soon as the title is shown; the game in progress is cleared first, so each reload starts
 *   at the title). Navigation start → the first quote shown and answerable, unthrottled.
 * - The bytes the service worker adds to the first load, gzip: in the page, the lazily loaded
 *   registration chunk (workbox-window, the update prompt, its styles) and the activity flag;
 *   in the worker, `sw.js` and Workbox's runtime. The precache (every file of the site, fetched
 *   by the worker after the page has loaded) is reported beside them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { GAME_PROBE, READ_TIMINGS } from './lib/probes.ts';
import { kb, mmm, ms, summarize, table, type ResultRow, type Summary } from './lib/stats.ts';

export const TARGET_OFFLINE_QUOTE_MS = 1000;
export const TARGET_SW_GZIP = 10_000;

export interface OfflineResult {
  /** Navigation → first quote answerable, per offline reload. */
  quote: Summary;
  /** The files the service worker adds to the first load, gzip. */
  added: Array<{ file: string; where: 'page' | 'worker'; gzip: number }>;
  addedGzip: number;
  precache: { files: number; raw: number; gzip: number };
  /** The web manifest, fetched by the browser to offer installing (not part of the worker). */
  manifestGzip: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n.startsWith('.')) return [];
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 6 }).length;

function bytesAdded(dir: string): Pick<OfflineResult, 'added' | 'addedGzip' | 'precache' | 'manifestGzip'> {
  const all = files(dir).map((p) => relative(dir, p).replace(/\\/g, '/'));
  const added = all
    .filter((f) => f === 'sw.js' || /^workbox-[^/]+\.js$/.test(f) || /^assets\/(register|activity)-[^/]+\.(js|css)$/.test(f))
    .map((file) => ({ file, where: (file.startsWith('assets/') ? 'page' : 'worker') as 'page' | 'worker', gzip: gz(join(dir, file)) }));
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]!);
  return {
    manifestGzip: gz(join(dir, 'manifest.webmanifest')),
    added,
    addedGzip: added.reduce((n, f) => n + f.gzip, 0),
    precache: {
      files: precached.length,
      raw: precached.reduce((n, f) => n + statSync(join(dir, f)).size, 0),
      gzip: precached.reduce((n, f) => n + gz(join(dir, f)), 0),
    },
  };
}

export async function measureOffline(browser: Browser, url: string, buildDir: string, opts: { runs: number; log: (s: string) => void }): Promise<OfflineResult> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(url);
    // The first visit: wait for the worker to have precached everything and to control the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await context.setOffline(true);
    await page.addInitScript(GAME_PROBE);
    const times: number[] = [];
    for (let i = 0; i <= opts.runs; i++) {
      // Every tab's round in progress (`sourced:game:<tab>`), so the reload starts at the title.
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sourced:game')).forEach((k) => localStorage.removeItem(k)));
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction('window.__bench && window.__bench.done', null, { timeout: 30_000, polling: 50 });
      const t = ((await page.evaluate(READ_TIMINGS)) as { marks: Record<string, number> }).marks.quoteShown!;
      // The first reload warms the browser's caches of compiled code; it is not counted.
      if (i > 0) {
        times.push(t);
        opts.log(`    offline reload ${i}/${opts.runs}: first quote answerable at ${ms(t)}`);
      }
    }
    return { quote: summarize(times), ...bytesAdded(buildDir) };
  } finally {
    await context.close();
  }
}

export function offlineTable(r: OfflineResult): string {
  const rows = [
    ['offline reload → first quote answerable', mmm(r.quote, ms)],
    ...r.added.map((f) => [`  ${f.where === 'page' ? 'page' : 'worker'}: ${f.file}`, kb(f.gzip)]),
    ['= added to the first load by the service worker, gzip', kb(r.addedGzip)],
    ['(the web manifest, for installing; not counted above)', kb(r.manifestGzip)],
    [`precache fetched after the load (${r.precache.files} files), raw / gzip`, `${kb(r.precache.raw)} / ${kb(r.precache.gzip)}`],
  ];
  return table(['what', 'figure'], rows);
}

export function offlineRows(r: OfflineResult): ResultRow[] {
  return [
    {
      section: '6 offline',
      metric: 'offline reload to first answerable quote (unthrottled)',
      value: mmm(r.quote, ms),
      target: `<= ${ms(TARGET_OFFLINE_QUOTE_MS)}`,
      pass: r.quote.median <= TARGET_OFFLINE_QUOTE_MS,
    },
    { section: '6 offline', metric: 'service worker added to the first load, gzip', value: kb(r.addedGzip), target: `<= ${kb(TARGET_SW_GZIP)}`, pass: r.addedGzip <= TARGET_SW_GZIP },
  ];
}

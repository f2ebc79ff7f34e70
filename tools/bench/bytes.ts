/**
 * 1. Bytes before the first quote can be answered.
 *
 * One cold, unthrottled load of the game: the quote probe (lib/probes.ts) plays the title's
 * "Quick round" as soon as it is shown. The files are those the page requested:
 *
 * - "before the first quote": loaded (response complete) before the quote was shown and
 *   answerable;
 * - "at start-up": everything requested until the deferred Phaser stage is running and the
 *   network has been quiet for a second (the Phaser chunks are loaded after the page's load
 *   event, so they are not on the first quote's path but are still part of the start-up).
 *
 * Each file is measured from the build folder: raw, gzip (level 6, zlib's and vite preview's
 * default) and brotli (quality 11); the transfer size as served by vite preview is recorded too.
 * "Ours" is every file except the Phaser library chunk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { openGameAtFirstQuote } from './lib/browser.ts';
import { GAME_PROBE, READ_RESOURCES } from './lib/probes.ts';
import { kb, table, type ResultRow } from './lib/stats.ts';

export const TARGET_ALL_GZIP = 450_000;
export const TARGET_OURS_GZIP = 100_000;

export interface FileBytes {
  file: string;
  kind: 'html' | 'js' | 'css' | 'font' | 'json' | 'other';
  phaser: boolean;
  raw: number;
  gzip: number;
  brotli: number;
  /** Bytes on the wire from vite preview (headers included), from Resource Timing. */
  transfer: number;
  /** When the request started, ms after navigation. */
  requestedAt: number;
  /** When the response was complete, ms after navigation. */
  loadedAt: number;
  beforeQuote: boolean;
}

export interface Totals {
  raw: number;
  gzip: number;
  brotli: number;
  transfer: number;
  files: number;
}

export interface BytesResult {
  quoteShownAt: number;
  files: FileBytes[];
  beforeQuote: { all: Totals; ours: Totals };
  startup: { all: Totals; ours: Totals };
  /** The built-in pack inside the index chunk (its compiled JSON, as imported). */
  packJson: { raw: number; gzip: number; brotli: number } | null;
}

const sizes = (buf: Buffer) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 6 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
});

function kindOf(path: string): FileBytes['kind'] {
  if (path.endsWith('.html') || path === '') return 'html';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (path.endsWith('.json')) return 'json';
  return 'other';
}

function total(files: FileBytes[]): Totals {
  return files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli, transfer: t.transfer + f.transfer, files: t.files + 1 }),
    { raw: 0, gzip: 0, brotli: 0, transfer: 0, files: 0 },
  );
}

export async function measureBytes(browser: Browser, url: string, distDir: string): Promise<BytesResult> {
  // The stage (Phaser) is started after the load event: wait for it, then for a quiet network.
  const { context, page } = await openGameAtFirstQuote(browser, url, GAME_PROBE);
  try {
    const quoteShownAt = (await page.evaluate('window.__bench.marks.quoteShown')) as number;
    let count = -1;
    for (;;) {
      await page.waitForTimeout(1000);
      const n = (await page.evaluate('performance.getEntriesByType("resource").length')) as number;
      if (n === count) break;
      count = n;
    }
    const entries = (await page.evaluate(READ_RESOURCES)) as Array<{ url: string; start: number; end: number; transfer: number }>;
    const origin = new URL(url);
    const files: FileBytes[] = [];
    for (const e of entries) {
      const u = new URL(e.url);
      if (u.origin !== origin.origin) continue; // data: URLs, blobs
      let rel = decodeURIComponent(u.pathname.slice(origin.pathname.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const buf = readFileSync(join(distDir, rel));
      files.push({
        file: rel,
        kind: kindOf(rel),
        phaser: /(^|\/)phaser-[^/]*\.js$/.test(rel),
        ...sizes(buf),
        transfer: e.transfer,
        requestedAt: e.start,
        loadedAt: e.end,
        beforeQuote: e.end <= quoteShownAt,
      });
    }
    const before = files.filter((f) => f.beforeQuote);
    let packJson: BytesResult['packJson'] = null;
    try {
      packJson = sizes(readFileSync('src/generated/packs.json'));
    } catch {
      /* no generated packs */
    }
    return {
      quoteShownAt,
      files,
      beforeQuote: { all: total(before), ours: total(before.filter((f) => !f.phaser)) },
      startup: { all: total(files), ours: total(files.filter((f) => !f.phaser)) },
      packJson,
    };
  } finally {
    await context.close();
  }
}

export function bytesTable(r: BytesResult): string {
  const rows = r.files.map((f) => [
    f.file,
    f.phaser ? 'Phaser' : 'ours',
    `${Math.round(f.requestedAt)}–${Math.round(f.loadedAt)} ms${f.beforeQuote ? '' : ' (after)'}`,
    kb(f.raw),
    kb(f.gzip),
    kb(f.brotli),
  ]);
  const t = (name: string, x: Totals) => [name, '', '', kb(x.raw), kb(x.gzip), kb(x.brotli)];
  rows.push(
    t('= before the first quote, all', r.beforeQuote.all),
    t('= before the first quote, ours', r.beforeQuote.ours),
    t('= start-up incl. deferred stage, all', r.startup.all),
    t('= start-up incl. deferred stage, ours', r.startup.ours),
  );
  if (r.packJson) rows.push(['  (built-in pack JSON, inside the index chunk)', 'ours', '', kb(r.packJson.raw), kb(r.packJson.gzip), kb(r.packJson.brotli)]);
  return `${table(['file', 'whose', 'requested–loaded', 'raw', 'gzip', 'brotli'], rows)}\n(the first quote was shown at ${Math.round(r.quoteShownAt)} ms)`;
}

export function bytesRows(r: BytesResult): ResultRow[] {
  const row = (metric: string, gzip: number, target: number): ResultRow => ({
    section: '1 bytes',
    metric,
    value: kb(gzip),
    target: `<= ${kb(target)}`,
    pass: gzip <= target,
  });
  return [
    row('all files at start-up (incl. deferred Phaser), gzip', r.startup.all.gzip, TARGET_ALL_GZIP),
    row('all files before the first quote, gzip', r.beforeQuote.all.gzip, TARGET_ALL_GZIP),
    row('ours before the first quote (code, styles, fonts, pack), gzip', r.beforeQuote.ours.gzip, TARGET_OURS_GZIP),
    row('ours at start-up (+ the stage chunk), gzip', r.startup.ours.gzip, TARGET_OURS_GZIP),
  ];
}

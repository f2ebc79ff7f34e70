/**
 * 6. The studio (issue #9).
 *
 * Validation feedback after an edit, in the built studio in headless Chromium: from the key
 * press in an item's explanation (and from a click on a verdict) to the frame that shows the
 * live check's result for that edit (the worker validates the whole pack, the page puts the
 * messages in place), one edit at a time, p95 over the edits. Two packs: the first pack (51
 * items, 5 sources) and a synthetic one of 200 items over 20 sources of 20 kB (lib/synth.ts).
 * The worker's own check time and the same check run in Node are reported beside it.
 *
 * The player's bytes: the game built once more without the studio's entry in the router
 * (everything else the same), and both builds' first loads measured as section 1 measures them
 * (bytes.ts): what the studio adds to a player's first load is the difference.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Plugin } from 'vite';
import { checkDoc } from '../../src/core/studio/check.ts';
import { measureBytes, type BytesResult } from './bytes.ts';
import { BUILD_ROOT, viteBuild } from './lib/build.ts';
import { serve } from './lib/server.ts';
import { kb, percentile, summarize, table, type ResultRow, type Summary } from './lib/stats.ts';
import { syntheticPack } from './lib/synth.ts';

export const TARGET_FIRST_PACK_P95 = 100;
export const TARGET_LARGE_PACK_P95 = 500;

export interface FeedbackFigures {
  pack: string;
  items: number;
  sources: number;
  /** Key press in the explanation → the check's result on screen (ms). */
  typing: Summary & { p95: number };
  /** Click on a verdict (the editor is rebuilt) → result on screen (ms). */
  verdict: Summary & { p95: number };
  /** The worker's check time for the same edits (ms), as it reports it. */
  worker: Summary & { p95: number };
  /** `checkDoc` on the same document in Node, this process (ms). */
  node: Summary & { p95: number };
}

export interface StudioResult {
  feedback: FeedbackFigures[];
  bytes: { withStudio: BytesResult; withoutStudio: BytesResult };
  load: { atStart: number[]; atEnd: number[] };
}

const withP95 = (values: number[]) => ({ ...summarize(values), p95: percentile(values, 95) });

/** In the page: the time of each key press or click (capture phase), and of the frame that shows each check. */
const FEEDBACK_PROBE = `
(() => {
  const b = (window.__studioBench = { inputs: [], shown: {} });
  const input = (e) => { if (e.isTrusted) b.inputs.push(performance.now()); };
  addEventListener('keydown', input, true);
  addEventListener('pointerdown', input, true);
  // The shell replaces the page's first <main>: watch the whole document for the attribute.
  new MutationObserver((records) => {
    for (const r of records) {
      const rev = r.target.dataset && r.target.dataset.checked;
      if (!rev || b.shown[rev]) continue;
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { b.shown[rev] = performance.now(); }; ch.port2.postMessage(0); });
    }
  }).observe(document, { attributes: true, attributeFilter: ['data-checked'], subtree: true });
})();
`;

async function checkedRev(page: Page): Promise<number> {
  return Number(await page.locator('#main').getAttribute('data-checked'));
}

/** One edit: its input time to the frame that shows the check of the edit it made. */
async function timeEdit(page: Page, edit: () => Promise<void>): Promise<{ ms: number; worker: number }> {
  const before = await checkedRev(page);
  const inputs = (await page.evaluate('window.__studioBench.inputs.length')) as number;
  await edit();
  await page.waitForFunction((rev) => Number(document.getElementById('main')?.dataset.checked) > rev, before, { timeout: 30_000 });
  const rev = await checkedRev(page);
  await page.waitForFunction((r) => (window as unknown as { __studioBench: { shown: Record<string, number> } }).__studioBench.shown[r] !== undefined, String(rev));
  const r = (await page.evaluate(`(() => { const b = window.__studioBench; return { start: b.inputs[${inputs}], end: b.shown['${rev}'], worker: window.__studio.lastCheckMs }; })()`)) as { start: number; end: number; worker: number };
  return { ms: r.end - r.start, worker: r.worker };
}

async function measurePack(browser: Browser, url: string, name: string, file: string | null, edits: number, log: (s: string) => void): Promise<FeedbackFigures> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`    (page error: ${e.message})`));
  try {
    await page.addInitScript(FEEDBACK_PROBE);
    await page.goto(new URL('studio/', url).href);
    if (file) await page.getByLabel('Open a pack file…').setInputFiles(file);
    else await page.getByRole('button', { name: 'Edit a copy of the built-in pack' }).click();
    await page.waitForFunction(() => Number(document.getElementById('main')?.dataset.checked) >= 0 && !!document.querySelector('.editor textarea'), null, { timeout: 60_000 });
    const doc = (await page.evaluate('window.__studio.doc')) as { items: unknown[]; sources: unknown[] };
    const explanation = page.locator('.editor textarea').first();
    await explanation.click();
    await explanation.press('End');
    const typing: number[] = [];
    const worker: number[] = [];
    for (let i = 0; i < edits + 5; i++) {
      const t = await timeEdit(page, () => page.keyboard.type(i % 2 ? 'a' : ' '));
      if (i >= 5) {
        typing.push(t.ms);
        worker.push(t.worker);
      }
    }
    const verdict: number[] = [];
    const radios = page.locator('.editor .verdict-option input');
    for (let i = 0; i < Math.max(6, edits / 4) + 2; i++) {
      // Each click changes the verdict: the one after the verdict checked now.
      const checked = await radios.evaluateAll((els) => els.findIndex((e) => (e as HTMLInputElement).checked));
      const radio = radios.nth((checked + 1) % 3);
      const t = await timeEdit(page, () => radio.click());
      if (i >= 2) {
        verdict.push(t.ms);
        worker.push(t.worker);
      }
    }
    // The same check in Node, on the document as the page has it now.
    const now = (await page.evaluate('window.__studio.doc')) as Parameters<typeof checkDoc>[0];
    const node: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      checkDoc(now);
      node.push(performance.now() - t);
    }
    const f: FeedbackFigures = { pack: name, items: doc.items.length, sources: doc.sources.length, typing: withP95(typing), verdict: withP95(verdict), worker: withP95(worker), node: withP95(node.slice(5)) };
    log(`    ${name}: typing p95 ${f.typing.p95.toFixed(0)} ms, verdict p95 ${f.verdict.p95.toFixed(0)} ms, worker check p95 ${f.worker.p95.toFixed(0)} ms, Node check p95 ${f.node.p95.toFixed(0)} ms`);
    return f;
  } finally {
    await context.close();
  }
}

/** The router without the studio's line: the build a player would get if the studio did not exist. */
function withoutStudio(): Plugin {
  return {
    name: 'bench:without-studio',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/ui/app.ts')) return null;
      const out = code.replace(/^\s*studio: \(\) => import\('\.\/studio\/index'\),\n/m, '');
      if (out === code) throw new Error('the studio line of SURFACE_LOADERS was not found in src/ui/app.ts');
      return { code: out, map: null };
    },
  };
}

export async function measureStudio(browser: Browser, gameUrl: string, gameDir: string, opts: { edits: number; port: number; log: (s: string) => void }): Promise<StudioResult> {
  const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));
  const atStart = load();
  const tmp = mkdtempSync(join(tmpdir(), 'sourced-studio-bench-'));
  try {
    const large = join(tmp, 'synthetic-200.pack.json');
    writeFileSync(large, JSON.stringify(syntheticPack({ sources: 20, items: 200, sourceBytes: 20_000, seed: 11 })));
    opts.log('  feedback after an edit (one edit at a time, input → the frame that shows its check):');
    const feedback = [
      await measurePack(browser, gameUrl, 'first pack', null, opts.edits, opts.log),
      await measurePack(browser, gameUrl, '200 items, 20 sources', large, opts.edits, opts.log),
    ];
    opts.log('  the player’s bytes: building the game without the studio’s router entry…');
    const bare = join(BUILD_ROOT, 'game-without-studio');
    await viteBuild({ plugins: [withoutStudio()], build: { outDir: bare, emptyOutDir: true, reportCompressedSize: false } });
    const bareServer = await serve(bare, opts.port);
    let bytes: StudioResult['bytes'];
    try {
      bytes = { withStudio: await measureBytes(browser, gameUrl, gameDir), withoutStudio: await measureBytes(browser, bareServer.url, bare) };
    } finally {
      await bareServer.close();
    }
    return { feedback, bytes, load: { atStart, atEnd: load() } };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const ms0 = (v: number) => `${Math.round(v)} ms`;

export function studioTable(r: StudioResult): string {
  const rows = r.feedback.flatMap((f) => [
    [`${f.pack} (${f.items} items, ${f.sources} sources)`, 'typing in the explanation', ms0(f.typing.median), ms0(f.typing.p95), ms0(f.typing.max), String(f.typing.runs)],
    ['', 'choosing a verdict', ms0(f.verdict.median), ms0(f.verdict.p95), ms0(f.verdict.max), String(f.verdict.runs)],
    ['', '(the worker’s check alone)', ms0(f.worker.median), ms0(f.worker.p95), ms0(f.worker.max), String(f.worker.runs)],
    ['', '(the same check in Node)', ms0(f.node.median), ms0(f.node.p95), ms0(f.node.max), String(f.node.runs)],
  ]);
  const w = r.bytes.withStudio;
  const wo = r.bytes.withoutStudio;
  const sign = (n: number) => `${n >= 0 ? '+' : ''}${n} B`;
  // File by file, by name without the content hash: where any difference comes from.
  const base = (f: string) => f.replace(/-[A-Za-z0-9_-]{8}(\.\w+)$/, '$1');
  const names = [...new Set([...w.files, ...wo.files].map((f) => base(f.file)))].sort();
  const bytes = names.map((n) => {
    const a = wo.files.find((f) => base(f.file) === n);
    const b = w.files.find((f) => base(f.file) === n);
    return [n, a ? kb(a.gzip) : '—', b ? kb(b.gzip) : '—', sign((b?.gzip ?? 0) - (a?.gzip ?? 0))];
  });
  bytes.push(['= start-up, all files', kb(wo.startup.all.gzip), kb(w.startup.all.gzip), sign(w.startup.all.gzip - wo.startup.all.gzip)]);
  const studioFiles = w.files.filter((f) => /studio|worker/.test(f.file)).map((f) => f.file);
  bytes.push(['= start-up, ours', kb(wo.startup.ours.gzip), kb(w.startup.ours.gzip), sign(w.startup.ours.gzip - wo.startup.ours.gzip)]);
  return [
    table(['pack', 'edit', 'median', 'p95', 'max', 'edits'], rows),
    '',
    table(['player’s start-up files (gzip)', 'without the studio', 'with it', 'difference'], bytes),
    `(studio files a player loaded: ${studioFiles.length ? studioFiles.join(', ') : 'none'}; load average ${r.load.atStart.join(' ')} at the start, ${r.load.atEnd.join(' ')} at the end, ${os.availableParallelism()} cores)`,
  ].join('\n');
}

export function studioRows(r: StudioResult): ResultRow[] {
  const [first, large] = r.feedback;
  const w = r.bytes.withStudio;
  const wo = r.bytes.withoutStudio;
  const delta = w.startup.all.gzip - wo.startup.all.gzip;
  const studioLoaded = w.files.some((f) => /studio|worker/.test(f.file));
  return [
    { section: '6 studio', metric: `validation feedback after an edit, first pack (${first!.items} items), p95`, value: `${ms0(Math.max(first!.typing.p95, first!.verdict.p95))} (typing ${ms0(first!.typing.p95)}, verdict ${ms0(first!.verdict.p95)})`, target: `<= ${TARGET_FIRST_PACK_P95} ms`, pass: Math.max(first!.typing.p95, first!.verdict.p95) <= TARGET_FIRST_PACK_P95 },
    { section: '6 studio', metric: `validation feedback after an edit, ${large!.items} items over ${large!.sources} sources, p95`, value: `${ms0(Math.max(large!.typing.p95, large!.verdict.p95))} (typing ${ms0(large!.typing.p95)}, verdict ${ms0(large!.verdict.p95)})`, target: `<= ${TARGET_LARGE_PACK_P95} ms`, pass: Math.max(large!.typing.p95, large!.verdict.p95) <= TARGET_LARGE_PACK_P95 },
    { section: '6 studio', metric: 'studio code in a player’s first load', value: studioLoaded ? 'some' : 'none', target: 'none', pass: !studioLoaded },
    { section: '6 studio', metric: 'player’s start-up bytes, with the studio − without, gzip', value: `${delta >= 0 ? '+' : ''}${delta} B of ${kb(wo.startup.all.gzip)}`, target: 'unchanged but for the router’s entry', pass: null },
  ];
}


/**
 * The offline game: after one visit the site loads and plays with no network (every surface
 * the build has, the validator, the fonts, the stage), a pack file opens offline, and what
 * needs a network says so. A new deployment found during a round waits for the end of the
 * round, then offers "A new version is ready — reload" (a second version of dist/ served by a
 * small server here, whose service worker differs from the first).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROUTED } from '../../src/ui/routes';
import { builtinPack, currentItemId, currentQuote, fixture, itemByQuote, KEY, openGame, playRound, readPack, screen, snap, squash } from './helpers';

test.use({ reducedMotion: 'reduce' });

const DIST = resolve('dist');
const pack = builtinPack();
const library = readPack(fixture('library-hours.pack.json'));

/**
 * Waits until the service worker controls the page and has everything precached (it is
 * activated). A worker that claims its clients controls them while still "activating", so
 * the wait goes on to its state change.
 */
async function offlineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    const sw = navigator.serviceWorker.controller!;
    while (sw.state !== 'activated' && sw.state !== 'redundant') {
      await new Promise((r) => sw.addEventListener('statechange', r, { once: true }));
    }
  });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/** Truly offline: a request the service worker does not answer fails. */
async function expectNoNetwork(page: Page): Promise<void> {
  const r = await page.evaluate(() => fetch(`no-such-file-${Date.now()}.txt`).then((res) => `HTTP ${res.status}`, () => 'failed'));
  expect(r).toBe('failed');
}

test('after one visit: offline, a pack file opens, the page reloads, a round plays, every surface loads', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openGame(page);
  await offlineReady(page);

  // Offline without a reload: the checker's chunk, never loaded yet, comes from the cache.
  await context.setOffline(true);
  await expectNoNetwork(page);
  await expect(page.getByRole('complementary', { name: 'Connection' })).toContainText('You are offline.');
  await page.getByLabel('Open a pack file').setInputFiles(fixture('library-hours.pack.json'));
  await expect(page.getByRole('status').filter({ hasText: `Added “${library.title}”.` })).toBeVisible();

  // A reload with no network: the game, the built-in and the opened pack, and a whole round.
  await page.reload();
  await expect(screen(page, 'title')).toBeVisible();
  await expect(page.getByRole('radio', { name: library.title, exact: true })).toBeVisible();
  await expect(page.locator('#stage')).toHaveAttribute('data-renderer', 'webgl');
  expect(await page.evaluate(() => document.fonts.check('700 20px "Atkinson Hyperlegible"'))).toBe(true);
  await page.getByRole('radio', { name: pack.title, exact: true }).check();
  await page.getByRole('button', { name: 'Quick round' }).click();
  await playRound(page, pack, 10, {
    input: 'keyboard',
    // The sources' texts, never needed online in this visit, come from the cache for "Read in context".
    onScreen: async (where, i) => {
      if (where !== 'reveal' || i !== 0) return;
      const id = await currentItemId(page);
      const item = pack.items.find((it) => it.id === id)!;
      await page.getByRole('button', { name: 'Read in context' }).first().click();
      // A passage over two paragraphs ("… talk to people?" / "Yes, if I am with you.") is marked in each of them.
      const marks = page.getByRole('dialog').locator('mark');
      await expect.poll(async () => squash((await marks.allInnerTexts()).join(' '))).toBe(squash(item.evidence[0]!.text));
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    },
  });

  // Every surface the build wrote, at its folder, with and without its slash, and with a query.
  const built = ROUTED.filter((s) => existsSync(join(DIST, s, 'index.html')));
  expect(built).toContain('present');
  for (const surface of built) {
    for (const path of [`${surface}/`, surface, `${surface}/?code=KXRT`]) {
      await page.goto(path);
      await expect(page.locator('main')).not.toContainText('Sourced could not load');
      await expect(page.locator('main h1').first()).toBeVisible();
    }
  }
  await page.goto('present/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Present to a class');

});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('offline, a shared pack link says it needs the network', async ({ page, context }, testInfo) => {
    await openGame(page);
    await offlineReady(page);
    await context.setOffline(true);
    await openGame(page, `./?pack=${encodeURIComponent('https://packs.example.test/library.pack.json')}`);
    await expect(page.locator('.errors')).toContainText('You are offline: a shared pack link needs the network.');
    await expect(page.getByRole('complementary', { name: 'Connection' })).toContainText('a shared pack link (…?pack=) needs one');
    await snap(page, testInfo, 'offline-phone-shared-link');
    await context.setOffline(false);
    await expect(page.getByRole('complementary', { name: 'Connection' })).toHaveCount(0);
  });

  test('joining a class does not download the offline game onto the phone; the game page does', async ({ page, context }) => {
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The module of the offline messages: once it has run, a registration would have started.
    const pwaModule = page.waitForResponse((r) => /\/assets\/register-[^/]+\.js$/.test(r.url()));
    await page.goto('join/');
    await expect(page.locator('main h1').first()).toBeVisible();
    await pwaModule;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect(requested.filter((p) => p.endsWith('/sw.js') || /\/phaser-[^/]+\.js$/.test(p))).toEqual([]);

    await openGame(page);
    await offlineReady(page);
    expect(requested.some((p) => p.endsWith('/sw.js'))).toBe(true);
  });
});

// ------------------------------------------------------------------------------ updates

/** A static server for a build folder whose folder can be switched (a new deployment). */
function deploymentServer(): { server: Server; deploy(dir: string): void; listen(port: number): Promise<void> } {
  let root = DIST;
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
  };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  return {
    server,
    deploy: (dir) => (root = dir),
    listen: (port) => new Promise((r) => server.listen(port, '127.0.0.1', () => r())),
  };
}

/**
 * The second version: the built site with a changed page, and its service worker's precache
 * list updated to match (as a new build would write it).
 */
function secondVersion(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(DIST, dir, { recursive: true });
  const page = readFileSync(join(dir, 'index.html'), 'utf8').replace('<head>', '<head>\n    <meta name="sourced-build" content="v2" />');
  writeFileSync(join(dir, 'index.html'), page);
  const revision = createHash('md5').update(page).digest('hex');
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const next = sw.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, `{url:"index.html",revision:"${revision}"}`);
  if (next === sw) throw new Error('dist/sw.js has no precache entry for index.html');
  writeFileSync(join(dir, 'sw.js'), next);
}

test('a new version deployed during a round waits for the end of the round, then asks to reload', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 4173) + 2;
  const v2 = testInfo.outputPath('dist-v2');
  secondVersion(v2);
  const site = deploymentServer();
  await site.listen(port);
  try {
    const base = `http://127.0.0.1:${port}/`;
    await page.goto(base);
    await expect(screen(page, 'title')).toBeVisible();
    await offlineReady(page);
    await page.getByRole('button', { name: 'Quick round' }).click();
    const first = itemByQuote(pack, await currentQuote(page));
    await page.keyboard.press(KEY[first.verdict]);
    await expect(screen(page, 'reveal')).toBeVisible();

    // Deployed now; the browser finds it when the page is reloaded (the round resumes).
    site.deploy(v2);
    await page.reload();
    await expect(screen(page, 'reveal')).toBeVisible();
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 30_000 })
      .toBe(true);
    const prompt = page.getByRole('complementary', { name: 'New version' });
    // Still the first version, and nothing said while the round goes on.
    expect(await page.locator('meta[name="sourced-build"]').count()).toBe(0);
    await page.keyboard.press('n');
    await expect(screen(page, 'round')).toBeVisible();
    await expect(prompt).toHaveCount(0);

    // The end of the round: now it is offered.
    for (let i = 1; i < 10; i++) {
      const item = itemByQuote(pack, await currentQuote(page));
      await page.keyboard.press(KEY[item.verdict]);
      await expect(screen(page, 'reveal')).toBeVisible();
      await expect(prompt).toHaveCount(0);
      await page.keyboard.press('n');
    }
    await expect(screen(page, 'summary')).toBeVisible();
    await expect(prompt).toContainText('A new version is ready — reload');
    await snap(page, testInfo, 'update-prompt');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="sourced-build"]')).toHaveAttribute('content', 'v2');
    // Nothing lost: the new version opens on the round's results.
    await expect(screen(page, 'summary')).toBeVisible();
  } finally {
    site.server.closeAllConnections();
    await new Promise((r) => site.server.close(r));
  }
});

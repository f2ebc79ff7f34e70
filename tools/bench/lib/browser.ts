/** Headless Chromium with the project's launch options (tools/chromium.ts), and CDP helpers. */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../chromium.ts';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs, headless: true });
}

/** A fresh context (empty cache and storage) and page at the tests' viewport. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** The "school network" of the issue: 1.6 Mbps down, 150 ms round trip, CPU 4× slower. */
export const SCHOOL = { downMbps: 1.6, upMbps: 0.75, rttMs: 150, cpu: 4 } as const;

export async function throttle(cdp: CDPSession, on: boolean): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (!on) return;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SCHOOL.rttMs,
    downloadThroughput: (SCHOOL.downMbps * 1e6) / 8,
    uploadThroughput: (SCHOOL.upMbps * 1e6) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SCHOOL.cpu });
}

/**
 * A fresh, unthrottled page on the game with the in-page probe (lib/probes.ts), once the first
 * quote has been shown and the stage (started after the load event) has its renderer.
 */
export async function openGameAtFirstQuote(browser: Browser, url: string, probe: string): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const opened = await freshPage(browser);
  const { page, cdp } = opened;
  await throttle(cdp, false);
  await page.addInitScript(probe);
  await page.goto(url);
  await page.waitForFunction('window.__bench && window.__bench.done', null, { timeout: 30_000 });
  await page.waitForFunction("document.getElementById('stage')?.dataset.renderer", null, { timeout: 30_000 }).catch(() => {});
  return opened;
}

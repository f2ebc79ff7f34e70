/**
 * Full-page screenshots of title, round, reveal and summary on a phone, a laptop and a
 * projector, kept in test-results/ (and attached to the report) for a person to look at.
 * They also check that nothing scrolls sideways at these sizes.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtinPack, currentQuote, itemByQuote, KEY, openGame, screen, snap, startQuickRound, wrongFor } from './helpers';

const pack = builtinPack();

/** The laptop plays with full motion (the stage's bursts and confetti run); the others with reduced motion, to save time. */
const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, reducedMotion: 'reduce' },
  { name: 'laptop', viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1, reducedMotion: 'no-preference' },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1, reducedMotion: 'reduce' },
] as const;

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    const { name: _name, ...options } = size;
    test.use(options);

    test(`screenshots: title, round, reveal and summary (${size.name} ${size.viewport.width}×${size.viewport.height})`, async ({ page }, testInfo) => {
      await openGame(page);
      await expect(page.locator('#stage')).toHaveAttribute('data-renderer', 'webgl');
      await expectNoSidewaysScroll(page);
      await snap(page, testInfo, `${size.name}-1-title`);

      await startQuickRound(page);
      await expectNoSidewaysScroll(page);
      await snap(page, testInfo, `${size.name}-2-round`);

      for (let i = 0; i < 10; i++) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 10`);
        const item = itemByQuote(pack, await currentQuote(page));
        // Wrong on the first question (the reveal then shows the most), right on most others.
        await page.keyboard.press(KEY[i === 0 || i === 6 ? wrongFor(item.verdict, i) : item.verdict]);
        await expect(screen(page, 'reveal')).toBeVisible();
        if (i === 0) {
          await expectNoSidewaysScroll(page);
          await snap(page, testInfo, `${size.name}-3-reveal`);
        }
        await page.keyboard.press('n');
      }
      await expect(screen(page, 'summary')).toBeVisible();
      await expectNoSidewaysScroll(page);
      await snap(page, testInfo, `${size.name}-4-summary`);
    });
  });
}

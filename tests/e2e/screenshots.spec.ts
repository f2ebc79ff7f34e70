/**
 * Screenshots of title, round, reveal and summary (full page and as on screen) and of every
 * dialog (settings, read in context, end round, review) on a phone, a laptop and a projector,
 * at 100 % and 200 % text, kept in test-results/ (and attached to the report) for a person to
 * look at. They also check that nothing scrolls sideways at these sizes.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { builtinPack, currentQuote, itemByQuote, KEY, openGame, screen, snap, startQuickRound, useTextSize, wrongFor } from './helpers';

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
  for (const text of [100, 200]) {
    test.describe(`${size.name} ${text}%`, () => {
      const { name: _name, ...options } = size;
      test.use(options);

      test(`screenshots: every screen and dialog (${size.name} ${size.viewport.width}×${size.viewport.height}, ${text} % text)`, async ({ page }, testInfo) => {
        const tag = `${size.name}-${text}`;
        await useTextSize(page, text);
        await openGame(page);
        await expect(page.locator('#stage')).toHaveAttribute('data-renderer', 'webgl');
        await expectNoSidewaysScroll(page);
        await snap(page, testInfo, `${tag}-1-title`);

        await page.getByRole('button', { name: 'Settings' }).click();
        await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
        await shot(page, testInfo, `${tag}-1b-settings`);
        await page.keyboard.press('Escape');

        await startQuickRound(page);
        await expectNoSidewaysScroll(page);
        await shot(page, testInfo, `${tag}-2-round`);
        await snap(page, testInfo, `${tag}-2-round-full`);

        // At 100 % the whole round (the laptop with full motion: bursts, confetti); at 200 % three questions, then End round.
        const questions = text === 100 ? 10 : 3;
        for (let i = 0; i < questions; i++) {
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 10`);
          const item = itemByQuote(pack, await currentQuote(page));
          // Wrong on the first question (the reveal then shows the most), right on most others.
          await page.keyboard.press(KEY[i === 0 || i === 6 ? wrongFor(item.verdict, i) : item.verdict]);
          await expect(screen(page, 'reveal')).toBeVisible();
          if (i === 0) {
            await expectNoSidewaysScroll(page);
            await shot(page, testInfo, `${tag}-3-reveal`);
            await snap(page, testInfo, `${tag}-3-reveal-full`);
            await page.getByRole('button', { name: 'Read in context' }).first().click();
            await expect(page.getByRole('dialog').locator('mark').first()).toBeInViewport();
            await shot(page, testInfo, `${tag}-3b-context`);
            await page.getByRole('dialog').evaluate((d) => d.scrollTo(0, 0));
            await shot(page, testInfo, `${tag}-3c-context-top`);
            await page.keyboard.press('Escape');
          }
          await page.keyboard.press('n');
        }
        if (text !== 100) {
          await page.getByRole('button', { name: 'End round' }).click();
          await expect(page.getByRole('dialog', { name: 'End this round?' })).toBeVisible();
          await shot(page, testInfo, `${tag}-3d-end-round`);
          await page.getByRole('button', { name: 'End the round' }).click();
        }
        await expect(screen(page, 'summary')).toBeVisible();
        await expectNoSidewaysScroll(page);
        await snap(page, testInfo, `${tag}-4-summary`);
        await page.getByRole('region', { name: 'Missed items' }).getByRole('button', { name: 'Review' }).first().click();
        await expect(page.getByRole('dialog', { name: 'A question you missed' })).toBeVisible();
        await shot(page, testInfo, `${tag}-4b-review`);
      });
    });
  }
}

/** What is on screen now (for dialogs and the pinned bars), beside the full-page shots. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: testInfo.outputPath(`${name}.png`), animations: 'disabled' });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/**
 * Large text and small windows, as a new user found them (issue 11, points 1, 2, 3 and 11):
 * at 390×844 with 100, 150, 170 and 200 % text, and on a 1280×720 laptop at 200 %, the three
 * answers are on screen without scrolling even under the longest quotes, "Disputed" is never
 * broken, the round's header does not move between questions, focus is never under the pinned
 * Next bar, dialog titles are whole words with the source text reachable, and the confusion
 * matrix shows every number with its caption whole.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { brokenWords, builtinPack, coveredBy, LABEL, openGame, screen, squash, useTextSize, VERDICTS, verdictButton } from './helpers';

test.use({ reducedMotion: 'reduce' });

const pack = builtinPack();
/** The pack's four longest quotes, replayed as "misses" so every size meets them. */
const LONGEST = [...pack.items].sort((a, b) => b.quote.text.length - a.quote.text.length).slice(0, 4);

const SIZES = [
  { name: 'phone 100%', viewport: { width: 390, height: 844 }, text: 100, phone: true },
  { name: 'phone 150%', viewport: { width: 390, height: 844 }, text: 150, phone: true },
  { name: 'phone 170%', viewport: { width: 390, height: 844 }, text: 170, phone: true },
  { name: 'phone 200%', viewport: { width: 390, height: 844 }, text: 200, phone: true },
  { name: 'laptop 200%', viewport: { width: 1280, height: 720 }, text: 200, phone: false },
  { name: 'small laptop 100%', viewport: { width: 1280, height: 720 }, text: 100, phone: false },
  { name: 'laptop 100%', viewport: { width: 1366, height: 768 }, text: 100, phone: false },
] as const;

async function seedMisses(page: Page, ids: string[]): Promise<void> {
  await page.addInitScript(
    ([packId, misses]) => {
      if (localStorage.getItem('sourced:progress')) return;
      const p = { bestScore: null, bestBalancedAccuracy: null, bestByMode: {}, rounds: 1, lastPlayedAt: null, itemStreaks: {}, misses };
      localStorage.setItem('sourced:progress', JSON.stringify({ state: { packs: { [packId as string]: p }, recordedSessions: [] }, version: 1 }));
    },
    [pack.id, ids] as const,
  );
}

/** Fully inside the window as it is now (nothing scrolled). */
async function onScreen(page: Page, el: Locator): Promise<boolean> {
  const box = (await el.boundingBox())!;
  const vp = page.viewportSize()!;
  return box.y >= 0 && box.y + box.height <= vp.height + 0.5 && box.x >= 0 && box.x + box.width <= vp.width + 0.5;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, isMobile: size.phone, hasTouch: size.phone });

    test(`the answers are on screen under the longest quotes, whole, and the header stays put (${size.name})`, async ({ page }) => {
      await useTextSize(page, size.text);
      await seedMisses(page, LONGEST.map((i) => i.id));
      await openGame(page);
      await page.getByRole('button', { name: 'Replay my misses' }).click();
      const heads: number[] = [];
      for (let i = 0; i < LONGEST.length; i++) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of ${LONGEST.length}`);
        await expectNoSidewaysScroll(page);
        // As the question appears (the page at its top): all three answers, no hunting.
        expect(await page.evaluate(() => scrollY)).toBe(0);
        for (const v of VERDICTS) {
          const b = verdictButton(page, v);
          // The pinned layout follows the new question within a frame or two (src/ui/pinned.ts).
          await expect.poll(() => onScreen(page, b), { message: `${LABEL[v]} is on screen at question ${i + 1}` }).toBe(true);
          expect(await brokenWords(b.locator('.label'))).toEqual([]);
        }
        heads.push((await page.locator('.round-head').boundingBox())!.height);
        // The quote scrolls under the pinned answers and can be read to its end.
        const quote = screen(page, 'round').getByRole('figure');
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const q = (await quote.boundingBox())!;
        const ask = (await page.getByRole('group', { name: /Is this a claim/ }).boundingBox())!;
        expect(q.y + q.height, 'the end of the quote clears the answers').toBeLessThanOrEqual(ask.y + 1);
        await verdictButton(page, VERDICTS[i % 3]!).click();
        await page.getByRole('button', { name: i === LONGEST.length - 1 ? 'See results' : 'Next', exact: true }).click();
      }
      expect(new Set(heads).size, `the round header keeps one height (${heads.join(', ')})`).toBe(1);
      await expect(screen(page, 'summary')).toBeVisible();
    });

    test(`focus never lands under the pinned Next bar (${size.name})`, async ({ page }) => {
      await useTextSize(page, size.text);
      await openGame(page);
      await page.getByRole('button', { name: 'Quick round' }).click();
      // The item with the most evidence, reached by answering until one has three passages or more.
      for (let i = 0; i < 10; i++) {
        await verdictButton(page, 'claim').click();
        if ((await page.getByRole('button', { name: 'Read in context' }).count()) >= 3 || i === 9) break;
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      const bar = page.locator('.sticky-actions');
      const next = bar.getByRole('button');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      let stops = 0;
      for (; stops < 40; stops++) {
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        if (await next.evaluate((el) => el === document.activeElement)) break;
        if (!(await focused.evaluate((el) => !!el.closest('main')))) continue;
        expect(await onScreen(page, focused), `focus stop ${stops + 1} is on screen`).toBe(true);
        expect(await coveredBy(focused, bar), `focus stop ${stops + 1} (${await focused.textContent()}) is not under the Next bar`).toBe(0);
      }
      expect(stops, 'Tab reaches Next').toBeLessThan(40);
      expect(await onScreen(page, next)).toBe(true);
    });

    test(`dialogs keep whole words in their titles and their text reachable (${size.name})`, async ({ page }) => {
      await useTextSize(page, size.text);
      await openGame(page);
      const expectWholeHead = async (dialog: Locator) => {
        await expect(dialog).toBeVisible();
        expect(await brokenWords(dialog.getByRole('heading', { level: 2 }).first())).toEqual([]);
        const eyebrow = dialog.locator('.eyebrow');
        if (await eyebrow.count()) expect(await brokenWords(eyebrow)).toEqual([]);
        // The title is as wide as at least its longest word, never a column of letters.
        const title = (await dialog.getByRole('heading', { level: 2 }).first().boundingBox())!;
        expect(title.width).toBeGreaterThan(size.viewport.width * 0.3);
        expect(await onScreen(page, dialog.getByRole('button', { name: 'Close' }))).toBe(true);
      };

      await page.getByRole('button', { name: 'Settings' }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await expectWholeHead(settings);
      await settings.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'Quick round' }).click();
      const shown = squash((await screen(page, 'round').getByRole('figure').locator('blockquote').textContent())!);
      const item = pack.items.find((it) => squash(it.quote.text) === shown)!;
      const wrong = VERDICTS.find((v) => v !== item.verdict)!;
      await verdictButton(page, wrong).click();
      await page.getByRole('button', { name: 'Read in context' }).first().click();
      const context = page.getByRole('dialog', { name: pack.sources.find((s) => s.id === item.evidence[0]!.source)!.title });
      await expectWholeHead(context);
      // The passage is shown, clear of the Close button, and the whole source can be read.
      const mark = context.locator('mark').first();
      await expect(mark).toBeInViewport();
      expect(await coveredBy(mark, context.getByRole('button', { name: 'Close' }))).toBe(0);
      await context.evaluate((d) => d.scrollTo(0, d.scrollHeight));
      await expect(context.locator('.source-text p').last()).toBeInViewport();
      await page.keyboard.press('Escape');

      // Ending the round is asked first; the question is whole words too.
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('button', { name: 'End round' }).click();
      const confirm = page.getByRole('dialog', { name: 'End this round?' });
      await expectWholeHead(confirm);
      await confirm.getByRole('button', { name: 'End the round' }).click();

      const review = page.getByRole('region', { name: 'Missed items' }).getByRole('button', { name: 'Review' });
      await review.click();
      const dialog = page.getByRole('dialog', { name: 'A question you missed' });
      await expectWholeHead(dialog);
      await expect(dialog.getByRole('list', { name: 'Evidence' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();

      // The confusion matrix: every number on screen with what it counts, the caption whole.
      const table = page.getByRole('table', { name: 'Confusion matrix' });
      await table.scrollIntoViewIfNeeded();
      const wrap = page.getByRole('region', { name: 'Confusion matrix' });
      expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth), 'no hidden sideways scroll').toBeLessThanOrEqual(0);
      const w = (await wrap.boundingBox())!;
      for (const cell of await table.getByRole('cell').all()) {
        const c = (await cell.boundingBox())!;
        expect(c.x >= w.x - 0.5 && c.x + c.width <= w.x + w.width + 0.5, 'a cell inside the table’s box').toBe(true);
      }
      const caption = table.locator('caption');
      expect(await brokenWords(caption)).toEqual([]);
      expect(await caption.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await expectNoSidewaysScroll(page);
    });
  });
}

test.describe('"How sure are you?" on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const text of [100, 200]) {
    test(`the two buttons sit side by side or stacked, equal, under a whole heading (${text}%)`, async ({ page }) => {
      await page.addInitScript((textSize) => {
        localStorage.setItem('sourced:settings', JSON.stringify({ state: { textSize, askConfidence: true }, version: 1 }));
      }, text);
      await openGame(page);
      await page.getByRole('button', { name: 'Quick round' }).click();
      await verdictButton(page, 'claim').click();
      const box = page.getByRole('group', { name: 'How sure are you?' });
      const [sure, unsure] = [box.getByRole('button', { name: 'Sure', exact: true }), box.getByRole('button', { name: 'Not sure' })];
      await expect(sure).toBeFocused();
      const [a, b, g] = [(await sure.boundingBox())!, (await unsure.boundingBox())!, (await box.boundingBox())!];
      expect(Math.abs(a.width - b.width), 'equal widths').toBeLessThanOrEqual(1);
      if (text === 100) expect(Math.abs(a.y - b.y), 'one row on a phone at 100 %').toBeLessThanOrEqual(1);
      for (const r of [a, b]) expect(r.x >= g.x && r.x + r.width <= g.x + g.width + 0.5).toBe(true);
      expect(await brokenWords(box.getByRole('heading'))).toEqual([]);
      expect(await onScreen(page, sure)).toBe(true);
      expect(await onScreen(page, unsure)).toBe(true);
    });
  }
});

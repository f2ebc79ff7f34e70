/** Settings that change how the game is played: 200 % text, and "ask how sure I am". */
import { expect, test, type Page } from '@playwright/test';
import { builtinPack, expectSummary, openGame, openSettings, playRound, screen, startQuickRound, VERDICTS, verdictButton, type Answer } from './helpers';

test.use({ reducedMotion: 'reduce' });

const pack = builtinPack();

/** The page does not scroll sideways, and each answer button shows its whole label. */
async function expectAnswersUsable(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
  const boxes = [];
  for (const v of VERDICTS) {
    const b = verdictButton(page, v);
    await b.scrollIntoViewIfNeeded();
    await expect(b).toBeVisible();
    await expect(b).toBeInViewport({ ratio: 0.95 });
    // (The meanings may be visually hidden in the compact answers of a small window.)
    const clipped = await b.evaluate((el) =>
      [...el.querySelectorAll<HTMLElement>('.label, .meaning')]
        .filter((t) => t.getBoundingClientRect().width > 1)
        .some((t) => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > el.getBoundingClientRect().right + 1),
    );
    expect(clipped, `the ${v} button's text is cut off`).toBe(false);
    // In page coordinates (the page scrolls between buttons).
    boxes.push(await b.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    }));
  }
  // No two answers overlap.
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
      expect(apart, `answers ${VERDICTS[i]} and ${VERDICTS[j]} overlap`).toBe(true);
    }
}

test('text size 200% keeps the answer buttons visible and usable, on a laptop and a phone', async ({ page }) => {
  await openGame(page);
  // Body text: the built-in pack's description on its card.
  const body = page.getByRole('region', { name: 'Question packs' }).locator('p').first();
  const size = () => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const base = await size();
  const dialog = await openSettings(page);
  const slider = dialog.getByRole('slider', { name: 'Text size' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '200%');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await size()).toBeCloseTo(base * 2, 0);

  await startQuickRound(page);
  await expectAnswersUsable(page);
  await verdictButton(page, 'claim').click();
  await expect(screen(page, 'reveal')).toBeVisible();
  const nextButton = page.getByRole('button', { name: 'Next' });
  await expect(nextButton).toBeVisible();
  await nextButton.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 10');

  // The setting is kept, and a phone at 200% still works.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 10');
  await expectAnswersUsable(page);
  await verdictButton(page, 'disputed').click();
  await expect(screen(page, 'reveal')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 3 of 10');
});

test('"ask how sure I am": each answer takes Sure or Not sure, and the points follow', async ({ page }) => {
  await openGame(page);
  const dialog = await openSettings(page);
  await dialog.getByRole('checkbox', { name: 'Ask how sure I am' }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await startQuickRound(page);

  // Until a verdict is chosen, no Sure / Not sure.
  await expect(page.getByRole('button', { name: 'Sure', exact: true })).toBeHidden();
  await expect(verdictButton(page, 'claim')).toHaveAttribute('aria-pressed', 'false');

  const answers: Answer[] = await playRound(page, pack, 10, {
    input: (i) => (i % 3 === 0 ? 'pointer' : 'keyboard'),
    confidence: (i) => (i % 4 === 3 ? 'unsure' : 'sure'),
  });
  await expectSummary(page, pack, answers);

  const tally = (c: 'sure' | 'unsure') => {
    const xs = answers.filter((a) => a.confidence === c);
    const right = xs.filter((a) => a.answered === a.actual).length;
    return `${right} of ${xs.length} right${xs.length ? ` (${Math.round((right / xs.length) * 100)}%)` : ''}.`;
  };
  const sure = page.getByRole('region', { name: 'How sure you were' });
  await expect(sure).toContainText(`When sure: ${tally('sure')}`);
  await expect(sure).toContainText(`When not sure: ${tally('unsure')}`);
});

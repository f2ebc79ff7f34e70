/**
 * A quick round of the built-in pack, played twice: by keyboard only and by pointer only.
 * Each reveal is checked against the pack's evidence and the summary against the answers given.
 */
import { expect, test } from '@playwright/test';
import { builtinPack, expectSummary, playRound, screen, tabTo } from './helpers';

test.use({ reducedMotion: 'reduce' });
const pack = builtinPack();

test('a quick round by keyboard only: Tab/Enter, keys 1 2 3, Enter and N', async ({ page }) => {
  await page.goto('/');
  await expect(screen(page, 'title')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Quick round' }));
  await page.keyboard.press('Enter');
  await expect(screen(page, 'round')).toBeVisible();
  // Focus goes to the new screen's heading, so keys work at once.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  const answers = await playRound(page, pack, 10, { input: 'keyboard' });
  await expectSummary(page, pack, answers);
  // A quick round is balanced across the three verdicts.
  const counts = ['claim', 'verified-fact', 'disputed'].map((v) => answers.filter((a) => a.actual === v).length);
  expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);

  // Back to the title by keyboard: the pack now shows its best and a miss list to replay.
  await tabTo(page, page.getByRole('button', { name: 'Back to packs' }));
  await page.keyboard.press('Enter');
  await expect(screen(page, 'title')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replay my misses' })).toBeEnabled();
});

test('a quick round by pointer only, then replay the misses', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Quick round' }).click();
  const answers = await playRound(page, pack, 10, { input: 'pointer' });
  await expectSummary(page, pack, answers);

  // "Review" reopens a missed item with its evidence; "Read in context" shows the source.
  const missed = page.getByRole('region', { name: 'Missed items' });
  await missed.getByRole('button', { name: 'Review' }).first().click();
  const review = page.getByRole('dialog', { name: 'A question you missed' });
  await expect(review.getByRole('list', { name: 'Evidence' })).toBeVisible();
  await review.getByRole('button', { name: 'Read in context' }).first().click();
  const context = page.getByRole('dialog');
  await expect(context).toContainText('Read in context');
  await expect(context.locator('mark').first()).toBeVisible();
  await context.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const misses = answers.filter((a) => a.answered !== a.actual).length;
  await page.getByRole('button', { name: 'Replay my misses' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${misses}`);
  const replay = await playRound(page, pack, misses, { input: 'pointer', choose: (item) => item.verdict });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
  expect(new Set(replay.map((a) => a.itemId))).toEqual(new Set(answers.filter((a) => a.answered !== a.actual).map((a) => a.itemId)));
  await expectSummary(page, pack, replay);
});

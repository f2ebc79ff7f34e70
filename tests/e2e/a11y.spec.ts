/** axe-core (WCAG 2.0/2.1 A and AA) on every screen and dialog: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtinPack, currentQuote, itemByQuote, KEY, openGame, openSettings, screen, wrongFor } from './helpers';

test.use({ reducedMotion: 'reduce' });

const pack = builtinPack();

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

test('no axe violations on title, settings, round, reveal, "read in context" and summary', async ({ page }) => {
  await openGame(page);
  await expectNoViolations(page, 'the title screen');

  const settings = await openSettings(page);
  await expectNoViolations(page, 'the settings dialog');
  await settings.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Quick round' }).click();
  await expect(screen(page, 'round')).toBeVisible();
  await expectNoViolations(page, 'the round screen');

  // A wrong answer: the reveal then shows the most ("You said …", the evidence).
  const item = itemByQuote(pack, await currentQuote(page));
  await page.keyboard.press(KEY[wrongFor(item.verdict, 0)]);
  await expect(screen(page, 'reveal')).toBeVisible();
  await expectNoViolations(page, 'the reveal');

  await page.getByRole('button', { name: 'Read in context' }).first().click();
  const context = page.getByRole('dialog');
  await expect(context.locator('mark').first()).toBeVisible();
  await expectNoViolations(page, 'the "read in context" dialog');
  await context.getByRole('button', { name: 'Close' }).click();

  await page.keyboard.press('n');
  await page.keyboard.press(KEY[itemByQuote(pack, await currentQuote(page)).verdict]);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'End round' }).click();
  const confirm = page.getByRole('dialog', { name: 'End this round?' });
  await expect(confirm).toBeVisible();
  await expectNoViolations(page, 'the "end this round?" dialog');
  await confirm.getByRole('button', { name: 'End the round' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round ended: your results');
  await expect(page.getByRole('table', { name: 'Confusion matrix' })).toBeVisible();
  await expectNoViolations(page, 'the summary');
});

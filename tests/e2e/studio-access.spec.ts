/**
 * The studio by keyboard alone, axe on every view, spreadsheet cells with mistakes, and
 * screenshots at laptop, projector, tablet and phone sizes (kept in test-results/ to be looked at).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtinPack, screen, snap, squash, tabTo } from './helpers';

test.use({ reducedMotion: 'reduce' });

/** Items in the built-in pack (the studio's copy starts with as many). */
const N = builtinPack().items.length;

const reading = (page: Page) => page.getByRole('textbox', { name: /^Text of/ });
const editor = (page: Page) => page.getByRole('region', { name: 'Item editor' });
const selStatus = (page: Page) => page.locator('.sel-status');

/** The studio with a copy of the built-in pack open, by keyboard (Tab to the button, Enter). */
async function openBuiltinCopy(page: Page): Promise<void> {
  await page.goto('studio/');
  const button = page.getByRole('button', { name: 'Edit a copy of the built-in pack' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: `Write (${N} items)` })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Check (ready)' })).toBeVisible();
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  // A button just enabled fades its background in (0.15 s) while its text colour changes at once:
  // axe measuring mid-fade reports a contrast the page never rests at, so let transitions end first.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => {}))));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

/** The words currently selected in the reading view, as the selection bar shows them. */
async function selectedText(page: Page): Promise<string> {
  const t = squash((await selStatus(page).textContent()) ?? '');
  const m = /^Selected, \d+ characters: “?(.*?)”?(?: The same words|$)/.exec(t);
  return m ? m[1]! : '';
}

test('every step by keyboard: select, make the quote, add evidence, undo and redo, move the item, preview', async ({ page }) => {
  test.setTimeout(180_000);
  await openBuiltinCopy(page);
  const text = reading(page);
  await tabTo(page, text, 60);
  // The caret is a selected word: ↓ takes it to the next sentence's first word, Shift+→ adds three more.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  const quote = await selectedText(page);
  expect(quote.split(' ')).toHaveLength(4);
  await page.keyboard.press('q');
  await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText(`Item 2 of ${N + 1}`);
  await expect(editor(page).locator('.quote-mini blockquote')).toHaveText(quote);
  await expect(text).toBeFocused();

  // Evidence: three sentences on, the whole sentence (Enter), as contradicting (2).
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const passage = await selectedText(page);
  expect(passage.length).toBeGreaterThan(20);
  await page.keyboard.press('2');
  const passages = editor(page).locator('.passage');
  await expect(passages).toHaveCount(1);
  // The bar cuts a long sentence (…): the passage begins with what it shows.
  expect(squash((await passages.locator('blockquote').textContent()) ?? '')).toContain(passage.replace(/…$/, '').slice(0, 60));
  await expect(passages.getByRole('radio', { name: 'Contradicts' })).toBeChecked();

  // Undo takes the passage back, redo brings it again (Ctrl+Z, Ctrl+Shift+Z).
  await page.keyboard.press('Control+z');
  await expect(passages).toHaveCount(0);
  await expect(page.locator('.sr-only[aria-live="polite"]')).toHaveText('Undone: add evidence (contradicts).');
  await page.keyboard.press('Control+Shift+z');
  await expect(passages).toHaveCount(1);

  // Speaker from the suggestions, verdict by arrow keys.
  const reporter = editor(page).getByRole('group', { name: 'Suggested speakers' }).getByRole('button', { name: 'the reporter' });
  await tabTo(page, reporter, 80);
  await page.keyboard.press('Enter');
  await expect(editor(page).getByLabel('Speaker: who says this?')).toHaveValue('the reporter');
  const claim = editor(page).getByRole('radio', { name: /^Claim/ });
  await tabTo(page, claim, 20);
  await page.keyboard.press('Space');
  await expect(claim).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(editor(page).getByRole('radio', { name: /^Disputed/ })).toBeChecked();

  const explanation = editor(page).getByLabel('Explanation (shown at the reveal)');
  await tabTo(page, explanation, 40);
  await page.keyboard.type('Another passage of the same article says otherwise.');
  await expect(editor(page).locator('.ed-summary')).toHaveText(/Ready to play/);

  // The item moves up in the list with Alt+↑.
  const rows = page.getByRole('list', { name: 'Items, in the pack’s order' }).getByRole('button');
  await tabTo(page, rows.nth(1), 120);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(0)).toContainText(quote.slice(0, 20));
  await expect(rows.nth(0)).toBeFocused();

  // Preview by keyboard, and back with Esc to the same place.
  const preview = editor(page).getByRole('button', { name: 'Preview', exact: true });
  await tabTo(page, preview, 120);
  await page.keyboard.press('Enter');
  await expect(screen(page, 'round')).toBeVisible();
  await page.keyboard.press('3');
  await expect(screen(page, 'reveal')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toBeFocused();
  await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText(`Item 1 of ${N + 1}`);
});

test('no axe violations on the studio: home, every view, preview, the answer key', async ({ page }) => {
  test.setTimeout(300_000); // axe on long pages, on a shared machine
  await page.goto('studio/');
  await expect(page.getByRole('heading', { level: 1, name: 'Make a pack' })).toBeVisible();
  await expectNoViolations(page, 'the studio home');
  await page.getByRole('button', { name: 'Edit a copy of the built-in pack' }).click();
  await expect(page.getByRole('tab', { name: 'Check (ready)' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss this notice' }).click();
  // A selection in the text, so the selection bar is in use.
  await reading(page).click();
  await page.keyboard.press('Enter');
  await expectNoViolations(page, 'the Write view');
  for (const tab of ['Sources', 'Coverage', 'Check', 'Pack & share'] as const) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expectNoViolations(page, `the ${tab} view`);
  }
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  await page.getByRole('button', { name: 'Suggest items' }).click();
  await expect(page.locator('.suggestion').first()).toBeVisible({ timeout: 30_000 });
  await expectNoViolations(page, 'the Suggestions view');
  await page.getByRole('tab', { name: 'Pack & share' }).click();
  await page.getByRole('button', { name: 'Open the printable answer key' }).click();
  await expect(page.getByRole('dialog', { name: /^Answer key/ })).toBeVisible();
  await expectNoViolations(page, 'the answer key');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Preview pack' }).click();
  await expect(screen(page, 'round')).toBeVisible();
  await expectNoViolations(page, 'the preview round');
  await page.keyboard.press('1');
  await expect(screen(page, 'reveal')).toBeVisible();
  await expectNoViolations(page, 'the preview reveal');
});

test('spreadsheet cells with mistakes: each named by row and column with the closest passage; the good rows come in', async ({ page }) => {
  const pack = builtinPack();
  const src = pack.sources[0]!;
  const good = pack.items.find((it) => it.quote.source === src.id)!;
  const cells = [
    ['quote', 'source', 'verdict', 'speaker', 'evidence 1', 'evidence 1 stance'].join('\t'),
    [good.quote.text.replace(/\s+/g, ' '), src.id, 'claim', 'the reporter', '', ''].join('\t'),
    ['Before serving as spokesperson to North Korea he worked as a plumber', src.id, 'claim', '', '', ''].join('\t'),
    [good.quote.text.replace(/\s+/g, ' '), src.id, 'true', '', '', ''].join('\t'),
  ].join('\n');
  await page.goto('studio/');
  await page.getByRole('button', { name: 'Edit a copy of the built-in pack' }).click();
  await expect(page.getByRole('tab', { name: `Write (${N} items)` })).toBeVisible();
  await page.getByRole('tab', { name: 'Pack & share' }).click();
  await page.getByLabel('Or paste cells copied from a spreadsheet (with the header row)').fill(cells);
  await page.getByRole('button', { name: 'Import the pasted cells' }).click();
  const result = page.locator('.csv-result');
  await expect(result).toContainText('imported 1 of 3 rows; 2 rows left out.');
  const problems = page.getByRole('list', { name: 'Problems in the spreadsheet' }).getByRole('listitem');
  await expect(problems.nth(0)).toContainText('Row 3, column A (quote): is not word for word in');
  await expect(problems.nth(0)).toContainText('The closest passage there is: "Before serving as spokesperson to North Korea he worked as an IT consultant');
  await expect(problems.nth(1)).toContainText('Row 4, column C (verdict): "true" is not a verdict');
  await expect(page.getByRole('tab', { name: `Write (${N + 1} items)` })).toBeVisible();
});

test('a suggestion accepted becomes an item with no verdict and no explanation, "not reviewed" until the teacher checks it', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('studio/');
  await page.getByRole('button', { name: 'Edit a copy of the built-in pack' }).click();
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  await page.getByRole('button', { name: 'Suggest items' }).click();
  const card = page.getByRole('article').first();
  await expect(card).toBeVisible({ timeout: 60_000 });
  await expect(card.getByRole('heading', { level: 4, name: 'Why it was proposed' })).toBeVisible();
  const quote = squash((await card.locator('.sg-quote').textContent()) ?? '');
  // A dismissed card goes; the next one moves up.
  const second = squash((await page.getByRole('article').nth(1).locator('.sg-quote').textContent()) ?? '');
  await page.getByRole('article').nth(1).getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.sg-quote').filter({ hasText: second.slice(0, 40) })).toHaveCount(0);
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(page.locator('.sg-quote').filter({ hasText: quote.slice(0, 40) })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: `Write (${N + 1} items)` })).toBeVisible();

  await page.getByRole('tab', { name: /^Write/ }).click();
  const rows = page.getByRole('list', { name: 'Items, in the pack’s order' }).getByRole('button');
  await rows.nth(N).click();
  const ed = editor(page);
  await expect(ed.locator('.quote-mini blockquote')).toHaveText(quote);
  for (const v of ['Claim', 'Verified fact', 'Disputed']) await expect(ed.getByRole('radio', { name: new RegExp(`^${v}`) })).not.toBeChecked();
  await expect(ed.getByLabel('Explanation (shown at the reveal)')).toHaveValue('');
  await expect(rows.nth(N)).toContainText('not reviewed');
  await expect(ed.getByText(/Not reviewed yet: this item was suggested by the draft generator/)).toBeVisible();
  await ed.getByRole('button', { name: 'Mark as checked' }).click();
  await expect(ed.getByText(/Not reviewed yet/)).toHaveCount(0);
  await expect(rows.nth(N)).not.toContainText('not reviewed');
});

const SIZES = [
  { name: 'laptop', viewport: { width: 1366, height: 768 }, hasTouch: false },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, hasTouch: false },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, hasTouch: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
] as const;

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, hasTouch: size.hasTouch });

    test(`screenshots of the studio (${size.name} ${size.viewport.width}×${size.viewport.height})`, async ({ page }, testInfo) => {
      test.setTimeout(300_000); // suggestions and eight screenshots, on a shared machine
      const sideways = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.goto('studio/');
      await expect(page.getByRole('heading', { level: 1, name: 'Make a pack' })).toBeVisible();
      await snap(page, testInfo, `studio-${size.name}-1-home`);
      await page.getByRole('button', { name: 'Edit a copy of the built-in pack' }).click();
      await expect(page.getByRole('tab', { name: 'Check (ready)' })).toBeVisible();
      await page.getByRole('button', { name: 'Dismiss this notice' }).click();
      await page.getByRole('list', { name: 'Items, in the pack’s order' }).getByRole('button').nth(3).click();
      await reading(page).locator('p').nth(2).click();
      await page.keyboard.press('Enter');
      await sideways();
      await page.screenshot({ path: testInfo.outputPath(`studio-${size.name}-2-write.png`) });
      for (const [i, tab] of (['Sources', 'Coverage', 'Check', 'Pack & share'] as const).entries()) {
        await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
        await sideways();
        await page.screenshot({ path: testInfo.outputPath(`studio-${size.name}-${i + 3}-${tab.split(' ')[0]!.toLowerCase()}.png`) });
      }
      await page.getByRole('tab', { name: 'Suggestions' }).click();
      await page.getByRole('button', { name: 'Suggest items' }).click();
      await expect(page.locator('.suggestion').first()).toBeVisible({ timeout: 30_000 });
      const conflict = page.locator('.suggestion').filter({ has: page.locator('.conflict') }).first();
      await conflict.scrollIntoViewIfNeeded();
      await sideways();
      await page.screenshot({ path: testInfo.outputPath(`studio-${size.name}-7-suggestions.png`) });
      await page.getByRole('tab', { name: /^Write/ }).click();
      await editor(page).getByRole('button', { name: 'Preview', exact: true }).click();
      await page.keyboard.press('2');
      await expect(screen(page, 'reveal')).toBeVisible();
      await sideways();
      await page.screenshot({ path: testInfo.outputPath(`studio-${size.name}-8-preview-reveal.png`) });
    });
  });
}

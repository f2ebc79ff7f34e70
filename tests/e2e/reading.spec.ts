/**
 * What a keyboard and screen-reader player meets (issue 11, points 5, 6, 7, 10 and 12): the
 * pack's language on its texts, the result announced, Enter after closing *Read in context*
 * going on, the passage one button away, the original article opened at the passage, the pack
 * choice described briefly, the decorative quote mark silent, and *End round* asked first.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtinPack, currentQuote, fixture, itemByQuote, LABEL, openGame, readPack, screen, squash, tabTo, verdictButton, VERDICTS } from './helpers';

test.use({ reducedMotion: 'reduce' });

const pack = builtinPack();
const SPANISH = fixture('biblioteca-es.pack.json');
const spanish = readPack(SPANISH);

/** The polite live region every surface's shell has. */
const announcer = (page: Page) => page.locator('#app > [aria-live="polite"]');

test('the pack’s language marks its quotes, evidence, notes, explanation and source texts', async ({ page }) => {
  await openGame(page);
  await page.getByLabel('Open a pack file').setInputFiles(SPANISH);
  await expect(page.getByRole('status').filter({ hasText: `Added “${spanish.title}”.` })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(spanish.title, { exact: true }).first()).toHaveAttribute('lang', 'es');
  await expect(page.getByText(spanish.description!, { exact: true })).toHaveAttribute('lang', 'es');

  await expect(page.getByRole('radio', { name: spanish.title })).toBeChecked();
  await page.getByRole('button', { name: 'Quick round' }).click();
  const figure = screen(page, 'round').getByRole('figure');
  await expect(figure.locator('blockquote')).toHaveAttribute('lang', 'es');
  const item = itemByQuote(spanish, await currentQuote(page));
  await expect(figure.getByText(item.quote.speaker, { exact: true })).toHaveAttribute('lang', 'es');
  // The game's own words stay English.
  await expect(page.getByRole('heading', { level: 2, name: /Is this a claim/ })).not.toHaveAttribute('lang', /.*/);

  await verdictButton(page, item.verdict).click();
  const evidence = page.getByRole('list', { name: 'Evidence' });
  await expect(evidence.locator('blockquote')).toHaveAttribute('lang', 'es');
  for (const ev of item.evidence.filter((e) => e.note)) await expect(evidence.getByText(ev.note!, { exact: true })).toHaveAttribute('lang', 'es');
  await expect(page.getByText(item.explanation, { exact: true })).toHaveAttribute('lang', 'es');

  await evidence.getByRole('button', { name: 'Read in context' }).first().click();
  const source = spanish.sources.find((s) => s.id === item.evidence[0]!.source)!;
  const dialog = page.getByRole('dialog', { name: source.title });
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'es');
  await expect(dialog.locator('.source-text')).toHaveAttribute('lang', 'es');
  await expect(dialog.locator('.source-text')).toContainText(squash(source.text.split('\n')[0]!));
});

test('the result is announced, and Enter after closing “Read in context” goes on', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Quick round' }).click();
  const item = itemByQuote(pack, await currentQuote(page));
  const wrong = VERDICTS.find((v) => v !== item.verdict)!;
  await page.keyboard.press(String(VERDICTS.indexOf(wrong) + 1));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not quite');
  // Focus reads the heading; the live region says the rest: the verdict line and the points.
  await expect(announcer(page)).toHaveText(new RegExp(`^Not quite\\. You said ${LABEL[wrong]}\\. It is (a claim|a verified fact|disputed): .+ \\+0 points\\.$`));

  // Tab to the second "Read in context" (as the hint's keyboard player would), open, Escape.
  const buttons = page.getByRole('button', { name: 'Read in context' });
  const target = (await buttons.count()) > 1 ? buttons.nth(1) : buttons.first();
  await tabTo(page, target);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(target).toBeFocused();
  // "Press Enter or N": Enter goes on, it does not open the source again.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 10');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a button reached by Tab still opens: only the one focus came back to means Next', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Quick round' }).click();
  await page.keyboard.press('1');
  const first = page.getByRole('button', { name: 'Read in context' }).first();
  await first.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(first).toBeFocused();
  // The player moves on and comes back by Tab: Enter now means this button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('“Read in context” goes to the passage on request, and links the original at it', async ({ page }) => {
  await openGame(page);
  await page.getByLabel('Open a pack file').setInputFiles(SPANISH);
  await expect(page.getByRole('radio', { name: spanish.title })).toBeChecked();
  await page.getByRole('button', { name: 'Quick round' }).click();
  const item = itemByQuote(spanish, await currentQuote(page));
  await verdictButton(page, item.verdict).click();
  await page.getByRole('button', { name: 'Read in context' }).first().click();
  const ev = item.evidence[0]!;
  const source = spanish.sources.find((s) => s.id === ev.source)! as (typeof spanish.sources)[number] & { url: string };
  const dialog = page.getByRole('dialog', { name: source.title });

  await dialog.evaluate((d) => d.scrollTo(0, 0));
  await dialog.getByRole('button', { name: 'Go to the highlighted passage' }).click();
  const mark = dialog.locator('mark');
  await expect(mark.first()).toBeFocused();
  await expect(mark.first()).toBeInViewport();
  await expect(mark.first()).toHaveText(squash(ev.text));

  // The original at the passage: the source's address (its own #fragment kept) and a text directive.
  const link = dialog.getByRole('link', { name: `This passage in the original at ${source.outlet}` });
  await expect(link).toHaveAttribute('target', '_blank');
  const href = (await link.getAttribute('href'))!;
  const [base, directive] = href.split(':~:');
  expect(base).toBe(source.url.includes('#') ? source.url : `${source.url}#`);
  expect(directive).toMatch(/^text=[^,&\s-]+(,[^,&\s-]+)?$/);
  const terms = directive!.slice('text='.length).split(',').map(decodeURIComponent);
  const words = squash(ev.text);
  if (terms.length === 1) expect(words).toContain(terms[0]);
  else {
    expect(words.startsWith(terms[0]!)).toBe(true);
    expect(words.replace(/[^\p{L}\p{N}]+$/u, '').endsWith(terms[1]!)).toBe(true);
  }
  await expect(dialog.getByRole('link', { name: `The original at ${source.outlet}`, exact: true })).toHaveAttribute('href', source.url);
});

test('the pack choice is described by its counts, not its whole description; the quote mark is silent', async ({ page }) => {
  await openGame(page);
  const radio = page.getByRole('radio', { name: pack.title, exact: true });
  const description = await radio.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  expect(description).toContain(`${pack.items.length} questions`);
  expect(description).not.toContain(squash(pack.description!).slice(0, 40));
  // Still on the card, read once in reading order.
  await expect(page.getByRole('listitem').filter({ has: radio })).toContainText(squash(pack.description!));

  await page.getByRole('button', { name: 'Quick round' }).click();
  const quote = await currentQuote(page);
  const tree = await screen(page, 'round').getByRole('figure').ariaSnapshot();
  // The only “ in the figure's accessible text is one the quote itself has.
  expect(tree.includes('“') && !quote.includes('“')).toBe(false);
  expect(tree).not.toMatch(/^\s*- text: “\s*$/m);
});

test('“End round” comes after the answers, away from the points, and asks first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openGame(page);
  await page.getByRole('button', { name: 'Quick round' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // The first Tab stop after the heading is the first answer, not "End round".
  await page.keyboard.press('Tab');
  await expect(verdictButton(page, 'claim')).toBeFocused();
  const end = page.getByRole('button', { name: 'End round' });
  const points = screen(page, 'round').getByText('0 points', { exact: true });
  const [e, p] = [(await end.boundingBox())!, (await points.boundingBox())!];
  expect(e.y - (p.y + p.height), 'End round is well away from the points').toBeGreaterThan(100);

  await page.keyboard.press('1');
  await page.keyboard.press('n');
  // Asked first; Escape or "Keep playing" keeps the round.
  await end.click();
  const confirm = page.getByRole('dialog', { name: 'End this round?' });
  await expect(confirm).toContainText('You have answered 1 of 10 questions.');
  await expect(confirm.getByRole('button', { name: 'Keep playing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 10');
  await end.click();
  await confirm.getByRole('button', { name: 'Keep playing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 10');
  await expect(end).toBeFocused();
  await end.click();
  await confirm.getByRole('button', { name: 'End the round' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round ended: your results');
  // The one answer given is counted, right or wrong.
  await expect(page.getByText(/^[01] of 1$/)).toBeVisible();
});

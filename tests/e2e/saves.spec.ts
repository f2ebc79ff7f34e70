/**
 * Saves: a round resumes after a reload at the same question (or reveal); a save corrupted
 * by hand between two loads still gives the title screen, with a visible notice, once.
 */
import { expect, test, type Page } from '@playwright/test';
import { answer, builtinPack, currentQuote, defaultChoice, itemByQuote, next, openGame, openSettings, screen, startQuickRound } from './helpers';

test.use({ reducedMotion: 'reduce' });

const pack = builtinPack();
/** `sourced:game` stands for this tab's round (saved under `sourced:game:<tab id>`). */
const KEYS = ['sourced:game', 'sourced:settings', 'sourced:progress', 'sourced:library'] as const;
const tabKey = (page: Page) => page.evaluate(() => `sourced:game:${sessionStorage.getItem('sourced:tab')}`);
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' }).getByRole('status');

test('reloading mid-round resumes at the same question, and at the same reveal', async ({ page }) => {
  await openGame(page);
  await startQuickRound(page);
  for (let i = 0; i < 3; i++) {
    const item = itemByQuote(pack, await currentQuote(page));
    await answer(page, defaultChoice(item, i), undefined, 'pointer');
    await next(page, false, 'pointer');
  }
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Question 4 of 10');
  const quote = await currentQuote(page);
  const points = await screen(page, 'round').getByText(/^\d+ points$/).textContent();
  expect(points).toBe('310 points'); // three right answers, the third one a streak

  await page.reload();
  await expect(heading).toHaveText('Question 4 of 10');
  expect(await currentQuote(page)).toBe(quote);
  await expect(screen(page, 'round').getByText(points!, { exact: true })).toBeVisible();
  await expect(notices(page)).toHaveCount(0);

  // Reload on the reveal: the same result and evidence, then the round goes on.
  const item = itemByQuote(pack, quote);
  await answer(page, item.verdict, undefined, 'pointer');
  await expect(heading).toHaveText('Right');
  await page.reload();
  await expect(heading).toHaveText('Right');
  await expect(screen(page, 'reveal')).toContainText('Question 4 of 10');
  await expect(page.getByRole('list', { name: 'Evidence' }).locator('blockquote').first()).toHaveText(item.evidence[0]!.text.replace(/\s+/g, ' '));
  await next(page, false, 'pointer');
  await expect(heading).toHaveText('Question 5 of 10');
});

const corruptions: Array<{ name: string; saves: Record<(typeof KEYS)[number], string>; notice: RegExp }> = [
  {
    name: 'junk that is not JSON',
    saves: {
      'sourced:game': '{"state":{"session":',
      'sourced:settings': 'undefined',
      'sourced:progress': '<html>',
      'sourced:library': '\u0000\uFFFF',
    },
    notice: /Your (saved (settings|progress|opened packs) could not be read and (was|were) reset|unfinished round could not be read, so it could not be resumed)\./,
  },
  {
    name: 'JSON of the wrong shape',
    saves: {
      'sourced:game': JSON.stringify({ state: { session: { phase: 'question', index: 99, order: 7 } }, version: 1 }),
      'sourced:settings': JSON.stringify({ state: { textSize: 'huge', sound: 'loud', keyboardShortcuts: true }, version: 1 }),
      'sourced:progress': JSON.stringify({ state: [1, 2, 3], version: 1 }),
      'sourced:library': JSON.stringify({ state: { entries: [{ pack: { id: '<b>x</b>' } }] }, version: 1 }),
    },
    notice: /could not be read( and (was|were) reset|, so it could not be resumed| and went back to their defaults)/,
  },
];

for (const c of corruptions) {
  test(`a save corrupted by hand (${c.name}) still opens on the title screen with a notice`, async ({ page }) => {
    await openGame(page);
    // Make real saves first: a round in progress and a changed setting.
    const settings = await openSettings(page);
    await settings.getByRole('checkbox', { name: 'Sound' }).uncheck();
    await settings.getByRole('button', { name: 'Close' }).click();
    await startQuickRound(page);
    await page.keyboard.press('1');
    await expect(screen(page, 'reveal')).toBeVisible();
    const game = await tabKey(page);
    const real = (k: string) => (k === 'sourced:game' ? game : k);
    const saved = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), KEYS.map(real));
    expect(saved[0], 'the game is saved').not.toBeNull();
    expect(saved[1], 'the settings are saved').not.toBeNull();

    const saves = Object.fromEntries(Object.entries(c.saves).map(([k, v]) => [real(k), v]));
    await page.evaluate((saves) => {
      for (const [k, v] of Object.entries(saves)) localStorage.setItem(k, v);
    }, saves);
    await page.reload();

    await expect(screen(page, 'title')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sourced.');
    await expect(notices(page).first()).toBeVisible();
    await expect(notices(page).first()).toContainText(c.notice);
    const shown = await notices(page).count();
    expect(shown).toBeGreaterThanOrEqual(2);
    // Whatever the damage, the save as it was is kept aside, as the README says.
    const asideCopies = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(`${k}.unreadable`)), Object.keys(saves));
    expect(asideCopies).toEqual(Object.values(saves));

    // Still fully playable, and the notices can be dismissed.
    await notices(page).first().getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(notices(page)).toHaveCount(shown - 1);
    await startQuickRound(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 10');

    // The cleaned-up saves are written back: the next load has nothing to complain about.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 10');
    await expect(notices(page)).toHaveCount(0);
  });
}

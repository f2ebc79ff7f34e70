/**
 * Two tabs of the game (issue 11, points 4 and 9): each keeps its own round across reloads,
 * both rounds' results are recorded, a round going on in another tab is offered (never taken
 * silently), a closed tab's round can be resumed or discarded, a duplicated tab does not
 * share its original's round, and a round whose pack another tab removed ends with a notice.
 */
import { expect, test, type Page } from '@playwright/test';
import { currentQuote, fixture, openGame, readPack, screen, verdictButton } from './helpers';

test.use({ reducedMotion: 'reduce' });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const elsewhere = (page: Page) => page.getByRole('region', { name: /in progress elsewhere/ });
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' }).getByRole('status');

async function playTo(page: Page, question: number): Promise<void> {
  await page.getByRole('button', { name: 'Quick round' }).click();
  for (let i = 1; i < question; i++) {
    await expect(heading(page)).toHaveText(`Question ${i} of 10`);
    await verdictButton(page, 'claim').click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await expect(heading(page)).toHaveText(`Question ${question} of 10`);
}

async function endRound(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('dialog', { name: 'End this round?' }).getByRole('button', { name: 'End the round' }).click();
  await expect(heading(page)).toHaveText('Round ended: your results');
}

test('each tab keeps its own round through reloads, and both results are recorded', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openGame(a);
  await openGame(b);
  await playTo(a, 3);
  const quoteA = await currentQuote(a);
  await playTo(b, 2);
  const quoteB = await currentQuote(b);

  await a.reload();
  await expect(heading(a)).toHaveText('Question 3 of 10');
  expect(await currentQuote(a)).toBe(quoteA);
  await b.reload();
  await expect(heading(b)).toHaveText('Question 2 of 10');
  expect(await currentQuote(b)).toBe(quoteB);

  await endRound(a);
  await endRound(b);
  const progress = await a.evaluate(() => JSON.parse(localStorage.getItem('sourced:progress')!).state.packs);
  expect(Object.values(progress as Record<string, { rounds: number }>)[0]!.rounds).toBe(2);
  await a.getByRole('button', { name: 'Back to packs' }).click();
  await expect(a.getByRole('radiogroup')).toContainText('2 rounds played');
  await expect(elsewhere(a)).toHaveCount(0);
});

test('a round going on in another tab is offered plainly and can be taken over', async ({ context }) => {
  const a = await context.newPage();
  await openGame(a);
  await playTo(a, 4);
  const quote = await currentQuote(a);

  const b = await context.newPage();
  await openGame(b);
  // Not picked up: this tab is on its title, and says where the other round is.
  await expect(elsewhere(b)).toContainText('A round is going on in another tab: question 4 of 10 with “The DPRK\'s man in the West”.');
  await elsewhere(b).getByRole('button', { name: 'Take it over here' }).click();
  await expect(heading(b)).toHaveText('Question 4 of 10');
  expect(await currentQuote(b)).toBe(quote);

  // The first tab is told, and is back on its title screen; nothing was lost.
  await expect(notices(a)).toContainText('Your round was taken over in another tab, where it goes on.');
  await expect(screen(a, 'title')).toBeVisible();
  await expect(elsewhere(a)).toContainText('A round is going on in another tab: question 4 of 10');
  await b.reload();
  await expect(heading(b)).toHaveText('Question 4 of 10');
});

test('a closed tab’s round can be resumed or discarded; a duplicated tab leaves the round to its original', async ({ context }) => {
  const a = await context.newPage();
  await openGame(a);
  await playTo(a, 2);
  const quote = await currentQuote(a);
  const tabId = await a.evaluate(() => sessionStorage.getItem('sourced:tab'));

  // A duplicate of the tab (browsers copy sessionStorage): it must not play the same round.
  const dup = await context.newPage();
  await dup.addInitScript((id) => {
    if (!sessionStorage.getItem('sourced:tab')) sessionStorage.setItem('sourced:tab', id!);
  }, tabId);
  await dup.goto('/');
  await expect(screen(dup, 'title')).toBeVisible();
  await expect(elsewhere(dup)).toContainText('A round is going on in another tab: question 2 of 10');
  expect(await dup.evaluate(() => sessionStorage.getItem('sourced:tab'))).not.toBe(tabId);
  await dup.close();

  await a.close();
  const c = await context.newPage();
  await openGame(c);
  await expect(elsewhere(c)).toContainText('A round was left unfinished in a tab that is now closed: question 2 of 10');
  await elsewhere(c).getByRole('button', { name: 'Resume it here' }).click();
  await expect(heading(c)).toHaveText('Question 2 of 10');
  expect(await currentQuote(c)).toBe(quote);

  // Another closed tab's round, this time discarded.
  await endRound(c);
  await c.getByRole('button', { name: 'Back to packs' }).click();
  await playTo(c, 1);
  await c.close();
  const d = await context.newPage();
  await openGame(d);
  await elsewhere(d).getByRole('button', { name: 'Discard it' }).click();
  await expect(elsewhere(d)).toHaveCount(0);
  await d.reload();
  await expect(elsewhere(d)).toHaveCount(0);
});

test('a round whose pack another tab removed ends with a notice', async ({ context }) => {
  const VALID = fixture('library-hours.pack.json');
  const valid = readPack(VALID);
  const a = await context.newPage();
  await openGame(a);
  await a.getByLabel('Open a pack file').setInputFiles(VALID);
  await expect(a.getByRole('radio', { name: valid.title })).toBeChecked();
  await a.getByRole('button', { name: 'Quick round' }).click();
  await expect(heading(a)).toHaveText('Question 1 of 3');

  const b = await context.newPage();
  await openGame(b);
  await b.getByRole('button', { name: `Remove ${valid.title}` }).click();
  await expect(notices(a)).toContainText(`The pack “${valid.title}” was removed in another tab, so the round you were playing with it ended.`);
  await expect(screen(a, 'title')).toBeVisible();
  await expect(notices(b)).toHaveCount(0);
});

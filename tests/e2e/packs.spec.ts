/**
 * Opening packs: a valid pack by file picker and by drag-and-drop (listed, played, kept
 * across a reload, removed), broken packs (errors with path and message, nothing kept) and
 * a shared `?pack=URL` link.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectedSummary, expectSummary, fixture, openGame, pct, playRound, readPack, screen, wrongFor } from './helpers';

test.use({ reducedMotion: 'reduce' });

const VALID = fixture('library-hours.pack.json');
const valid = readPack(VALID);

const packRadio = (page: Page, title: string) => page.getByRole('radio', { name: title, exact: true });
const packCount = (page: Page) => page.getByRole('region', { name: 'Question packs' });

test('a pack opened with the file picker is listed, played, kept and removed', async ({ page }) => {
  await openGame(page);
  await expect(packCount(page)).toContainText('1 pack');
  await page.getByLabel('Open a pack file').setInputFiles(VALID);

  await expect(page.getByRole('status').filter({ hasText: `Added “${valid.title}”.` })).toBeVisible();
  await expect(packRadio(page, valid.title)).toBeChecked();
  await expect(packCount(page)).toContainText('2 packs');
  await expect(page.getByRole('region', { name: valid.title })).toContainText('3 questions, balanced');

  await page.getByRole('button', { name: 'Quick round' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 3');
  await expect(screen(page, 'round')).toContainText(valid.title);
  const answers = await playRound(page, valid, 3, { input: 'pointer', choose: (it, i) => (i === 1 ? wrongFor(it.verdict, 0) : it.verdict) });
  await expectSummary(page, valid, answers);
  await page.getByRole('button', { name: 'Back to packs' }).click();

  // Kept in this browser: still there after a reload, with its progress.
  await page.reload();
  await expect(packRadio(page, valid.title)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ has: packRadio(page, valid.title) })).toContainText(
    `Your best: ${expectedSummary(answers).points} points · ${pct(expectedSummary(answers).balanced)} balanced`,
  );

  await page.getByRole('button', { name: `Remove ${valid.title}` }).click();
  await expect(packRadio(page, valid.title)).toHaveCount(0);
  await expect(packCount(page)).toContainText('1 pack');
  await page.reload();
  await expect(screen(page, 'title')).toBeVisible();
  await expect(packRadio(page, valid.title)).toHaveCount(0);
});

test('a pack dropped on the drop zone (or anywhere on the title screen) is opened', async ({ page }) => {
  await openGame(page);
  const drop = async (target: string, name: string, text: string) => {
    const dataTransfer = await page.evaluateHandle(
      ([name, text]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'application/json' }));
        return dt;
      },
      [name, text] as const,
    );
    const el = page.locator(target).first();
    await el.dispatchEvent('dragenter', { dataTransfer });
    await el.dispatchEvent('dragover', { dataTransfer });
    await el.dispatchEvent('drop', { dataTransfer });
  };
  const text = readFileSync(VALID, 'utf8');
  await drop('.dropzone', 'library-hours.pack.json', text);
  await expect(page.getByRole('status').filter({ hasText: `Added “${valid.title}”.` })).toBeVisible();
  await expect(packRadio(page, valid.title)).toBeChecked();

  // The same id again, dropped elsewhere on the page: refused, with the offer to replace it.
  await drop('main h1', 'again.pack.json', text.replace(valid.title, 'Sunday opening, second edition'));
  // A question, not a list of problems to fix.
  const errors = page.getByRole('alert');
  await expect(errors).toContainText('“again.pack.json”: this pack is already open');
  await expect(errors).toContainText('is already open. Replace it?');
  await expect(errors).not.toContainText(/problems? found|Fix these/);
  await page.getByRole('button', { name: 'Replace the open pack' }).click();
  await expect(packRadio(page, 'Sunday opening, second edition')).toBeChecked();
  await expect(packRadio(page, valid.title)).toHaveCount(0);
});

test('broken packs are refused whole, with the path and message of each error', async ({ page }) => {
  await openGame(page);
  const input = page.getByLabel('Open a pack file');

  await input.setInputFiles(fixture('not-verbatim.pack.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“not-verbatim.pack.json” was not added');
  await expect(alert).toContainText('Nothing of this file was kept');
  const problems = page.getByRole('list', { name: 'Problems in the pack' }).getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems.first().locator('code')).toHaveText('items[1].quote.text');
  await expect(problems.first()).toContainText('is not word for word in source "courier-2025"');
  await expect(problems.first()).toContainText('the change would cost 12,000 euros a year');

  await input.setInputFiles(fixture('syntax-error.pack.json'));
  await expect(alert).toContainText('“syntax-error.pack.json” was not added');
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('not valid JSON');
  // The line is said once, with its column.
  await expect(problems.first()).toContainText('(line 5, column 3)');
  expect((await problems.first().textContent())!.match(/line 5/g)).toHaveLength(1);

  // JSON, but not a pack at all: one sentence, no list of problems to fix.
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(alert).toContainText('“notes.json” was not added');
  await expect(alert).toContainText('This is a JSON file, but not a Sourced pack');
  await expect(problems).toHaveCount(0);

  // Nothing was kept, now or after a reload.
  await expect(packCount(page)).toContainText('1 pack');
  await expect(page.getByRole('radio')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('radio')).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('sourced:library') ?? '')).not.toContain('e2e-');
});

test('a ?pack=URL link opens the shared pack, and a dead link says why', async ({ page }) => {
  const body = readFileSync(VALID, 'utf8');
  await page.route('https://packs.example.test/**', (route) =>
    route.request().url().endsWith('/library.pack.json')
      ? route.fulfill({ body, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } })
      : route.fulfill({ status: 404, body: 'not here', headers: { 'access-control-allow-origin': '*' } }),
  );
  await openGame(page, `/?pack=${encodeURIComponent('https://packs.example.test/library.pack.json')}`);
  await expect(page.getByRole('status').filter({ hasText: `Added “${valid.title}”.` })).toBeVisible();
  await expect(packRadio(page, valid.title)).toBeChecked();
  await page.getByRole('button', { name: 'Quick round' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 3');
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('dialog', { name: 'End this round?' }).getByRole('button', { name: 'End the round' }).click();
  await page.getByRole('button', { name: 'Back to packs' }).click();

  await openGame(page, `/?pack=${encodeURIComponent('https://packs.example.test/gone.pack.json')}`);
  await expect(page.getByRole('alert')).toContainText('The pack could not be downloaded (HTTP 404)');
  // A download that failed is not a pack with mistakes to fix.
  await expect(page.getByRole('alert')).not.toContainText(/problems? found|Fix these/);
});

test('two tabs of the game keep each other’s packs instead of overwriting them', async ({ page, context }) => {
  await openGame(page);
  const other = await context.newPage();
  await openGame(other);

  // Opened in the first tab: the second tab lists it too, without a reload.
  await page.getByLabel('Open a pack file').setInputFiles(VALID);
  await expect(packRadio(page, valid.title)).toBeVisible();
  await expect(packRadio(other, valid.title)).toBeVisible();

  // Removed in the second tab: gone from the first one too (it would otherwise write it back).
  await other.getByRole('button', { name: `Remove ${valid.title}` }).click();
  await expect(packRadio(page, valid.title)).toHaveCount(0);
  await page.getByLabel('Open a pack file').setInputFiles(VALID);
  await expect(packRadio(other, valid.title)).toBeVisible();
  const third = await context.newPage();
  await openGame(third);
  await expect(packRadio(third, valid.title)).toBeVisible();
  await expect(packCount(third)).toContainText('2 packs');
});

test('files that are not packs are named for what they are, and several files each get their result', async ({ page }) => {
  await openGame(page);
  const input = page.getByLabel('Open a pack file');
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2b1a3f20000000049454e44ae426082', 'hex');
  const files = [
    { name: 'saved-page.pack.json', mimeType: 'application/json', buffer: Buffer.from('<!DOCTYPE html>\n<html><head><title>My pack</title></head><body>…</body></html>') },
    { name: 'photo.pack.json', mimeType: 'application/json', buffer: PNG },
    { name: 'server.log', mimeType: 'text/plain', buffer: Buffer.from('2025-03-12 10:01:33 INFO started\n2025-03-12 10:01:34 WARN slow\n') },
    { name: 'library-hours.pack.json', mimeType: 'application/json', buffer: readFileSync(VALID) },
    { name: 'syntax-error.pack.json', mimeType: 'application/json', buffer: readFileSync(fixture('syntax-error.pack.json')) },
  ];
  await input.setInputFiles(files);
  const results = page.getByRole('list', { name: 'Files opened' }).locator(':scope > li');
  await expect(results).toHaveCount(files.length);
  await expect(page.getByRole('status').filter({ hasText: '5 files opened: 1 added, 4 not added.' })).toBeVisible();
  await expect(results.nth(0)).toHaveText('“saved-page.pack.json” was not addedThis is a web page, not a pack file. Save or download the pack itself (a .pack.json file) and open that.');
  await expect(results.nth(1)).toHaveText('“photo.pack.json” was not addedThis is an image, not a pack file.');
  await expect(results.nth(2)).toContainText('This is a plain text file, not a pack file.');
  await expect(results.nth(3)).toHaveText(` Added “${valid.title}”.`);
  await expect(results.nth(4)).toContainText('Fix these and open it again');
  // Only the pack with mistakes gets a list of problems; nobody reads "found "<"".
  await expect(page.getByRole('list', { name: 'Problems in the pack' })).toHaveCount(1);
  await expect(page.getByRole('main')).not.toContainText(/found "<"|found "\\u/);
  await expect(packRadio(page, valid.title)).toBeChecked();
});

test('a shared link to a web page says so', async ({ page }) => {
  await page.route('https://packs.example.test/**', (route) =>
    route.fulfill({ body: '<!doctype html><html><body>A blog post about my pack</body></html>', contentType: 'text/html', headers: { 'access-control-allow-origin': '*' } }),
  );
  await openGame(page, `/?pack=${encodeURIComponent('https://packs.example.test/post.html')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This is a web page, not a pack file.');
  await expect(alert).not.toContainText(/problems? found|Fix these/);
});

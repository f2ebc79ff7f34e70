/**
 * Setting up a class: packs opened from a file (a bad one refused with its lines), a pack of
 * the library preselected by `host/?pack=<id>` (the studio's "Host a class with it"), a student
 * removed from the lobby, the solo game's text size and contrast kept on a phone, a draft saying "not reviewed" on the host and the devices, and devices
 * without the quote when the teacher keeps it on the board.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixture, snap } from '../e2e/helpers';
import { freePort, startClassServer, type ClassServer } from './processes';
import { join, newStudent, PHONE, screen } from './pages';

let server: ClassServer | null = null;
test.afterEach(async () => {
  await server?.stop();
});

test('packs from files, ?pack= preselects, drafts say "not reviewed", the quote kept on the board', async ({ browser }, testInfo) => {
  server = await startClassServer({ port: await freePort() });
  const base = server.url;
  const host = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await host.goto(`${base}host/`);
  await expect(screen(host, 'host-setup')).toBeVisible();

  // A file with a passage that is not word for word: refused, with where.
  await host.getByLabel('Open a pack file').setInputFiles(fixture('not-verbatim.pack.json'));
  const problems = host.getByRole('alert').filter({ hasText: 'could not be opened' });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('listitem').first()).toContainText('line');

  // A draft (marked unreviewed): kept in the library, and says so.
  const draft = JSON.parse(readFileSync(fixture('library-hours.pack.json'), 'utf8'));
  draft.extensions = { ...draft.extensions, 'sourced:review': { status: 'unreviewed', by: 'sourced draft' } };
  const file = testInfo.outputPath('draft.pack.json');
  writeFileSync(file, JSON.stringify(draft));
  await host.getByLabel('Open a pack file').setInputFiles(file);
  await expect(host.getByRole('status').filter({ hasText: `Opened “${draft.title}”` })).toBeVisible();
  await expect(host.getByLabel(draft.title)).toBeChecked();
  await expect(host.locator('.pack', { hasText: draft.title }).getByText('Not reviewed: a draft')).toBeVisible();

  // The studio's link: the library's pack preselected.
  await host.goto(`${base}host/?pack=${draft.id}`);
  await expect(host.getByLabel(draft.title)).toBeChecked();
  await host.getByLabel('Whole pack').check();
  await host.getByLabel('Show the quote on students’ devices').uncheck();
  await host.getByRole('button', { name: 'Open the class' }).click();
  await expect(screen(host, 'host-lobby')).toBeVisible();
  const code = ((await host.locator('.join-code').textContent()) ?? '').replace(/\s/g, '');

  // A student who reads at 200 % text in the solo game (its Settings) reads the class at 200 % too, on a phone.
  const student = await newStudent(browser, PHONE);
  await student.addInitScript(() => localStorage.setItem('sourced:settings', JSON.stringify({ state: { textSize: 200, highContrast: true }, version: 1 })));
  await join(student, base, code, { qr: true });
  expect(await student.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe('2');
  await expect(student.locator('html')).toHaveAttribute('data-contrast', 'high');
  // The teacher removes a student from the lobby: gone from the list, told so, and kept out.
  const prank = await newStudent(browser);
  await join(prank, base, code, { qr: true, nickname: 'Prank Name' });
  await host.getByRole('button', { name: 'Remove Prank Name' }).click();
  await expect(host.getByRole('list', { name: 'Students in the class' }).getByText('Prank Name')).toHaveCount(0);
  await expect(prank.getByRole('heading', { level: 1 })).toHaveText('You left the class');
  await expect(prank.getByText('Your teacher removed you from this session.')).toBeVisible();
  await host.getByRole('button', { name: 'Start the first question' }).click();
  await expect(host.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${draft.items.length}`);
  await expect(screen(host, 'host-question').getByText('Not reviewed')).toBeVisible();
  // The device: the three answers, the quote only on the board.
  await expect(screen(student, 'class-question')).toBeVisible();
  await expect(student.getByText('Read the quote on the board.')).toBeVisible();
  await expect(screen(student, 'class-question').locator('blockquote')).toHaveCount(0);
  await expect(student.getByText('Not reviewed')).toBeVisible();
  expect(await student.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await snap(student, testInfo, 'phone-200-percent-question');
  await student.getByRole('button', { name: 'Claim', exact: true }).click();
  await host.getByRole('button', { name: 'Reveal' }).click();
  await expect(host.locator('.unreviewed').filter({ hasText: 'Not reviewed:' })).toBeVisible();
  await expect(student.locator('.unreviewed').filter({ hasText: 'Not reviewed:' })).toBeVisible();
});

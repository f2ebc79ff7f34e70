/**
 * Every host and student screen, looked at: full-page screenshots at phone, laptop and
 * projector sizes (kept in test-results/classroom/ for a person to open), no sideways
 * scrolling, and axe (WCAG 2.1 A and AA) with zero violations at the laptop and phone sizes.
 * The leaderboard and confidence are on, so their screens are covered too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { snap } from '../e2e/helpers';
import { freePort, startClassServer, type ClassServer } from './processes';
import { expectAnswers, hostItem, join, LABEL, openClass, screen, wrong } from './pages';

let server: ClassServer | null = null;
test.beforeAll(async () => {
  server = await startClassServer({ port: await freePort() });
});
test.afterAll(async () => {
  await server?.stop();
});

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, axe: true },
  { name: 'laptop', viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false, axe: true },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false, axe: false },
] as const;

async function look(page: Page, testInfo: TestInfo, name: string, axe: boolean): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await snap(page, testInfo, name);
  if (!axe) return;
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations on ${name}`,
  ).toEqual([]);
}

for (const size of SIZES) {
  test(`host and student screens (${size.name} ${size.viewport.width}×${size.viewport.height})`, async ({ browser }, testInfo) => {
    const { name, axe, ...device } = size;
    const base = server!.url;
    const host = await (await browser.newContext({ ...device, reducedMotion: 'reduce' })).newPage();
    const student = await (await browser.newContext({ ...device, reducedMotion: 'reduce' })).newPage();
    const other = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();

    await host.goto(`${base}host/`);
    await expect(screen(host, 'host-setup')).toBeVisible();
    await look(host, testInfo, `${name}-host-1-setup`, axe);
    const code = await openClass(host, base, { confidence: true, leaderboard: true });

    await student.goto(`${base}join/?code=${code}`);
    await expect(screen(student, 'class-entry')).toBeVisible();
    await look(student, testInfo, `${name}-join-1-entry`, axe);
    await join(student, base, code, { qr: true, nickname: 'Curious Otter' });
    await join(other, base, code, { qr: true, nickname: 'Someone with a long name' });
    await look(student, testInfo, `${name}-join-2-waiting`, axe);
    await expect(host.locator('.roster-count')).toHaveText('2 students');
    await look(host, testInfo, `${name}-host-2-lobby`, axe);

    await host.getByRole('button', { name: 'Start the first question' }).click();
    const item = await hostItem(host);
    await expect(screen(student, 'class-question')).toBeVisible();
    await look(student, testInfo, `${name}-join-3-question`, axe);
    await student.getByRole('button', { name: LABEL[wrong(item.verdict, 0)], exact: true }).click();
    await student.getByRole('button', { name: 'Sure', exact: true }).click();
    await other.getByRole('button', { name: LABEL[item.verdict], exact: true }).click();
    await other.getByRole('button', { name: 'Not sure', exact: true }).click();
    await expectAnswers(host, 2);
    await look(student, testInfo, `${name}-join-4-answered`, axe);
    await look(host, testInfo, `${name}-host-3-question`, axe);

    await host.getByRole('button', { name: 'Close answers' }).click();
    await expect(screen(host, 'host-closed')).toBeVisible();
    await look(host, testInfo, `${name}-host-4-closed`, axe);
    await look(student, testInfo, `${name}-join-5-closed`, axe);

    await host.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(screen(student, 'class-reveal')).toBeVisible();
    await expect(student.getByRole('heading', { level: 1 })).toHaveText('Not quite');
    await look(host, testInfo, `${name}-host-5-reveal`, axe);
    await look(student, testInfo, `${name}-join-6-reveal`, axe);
    await student.getByRole('button', { name: 'Read in context' }).first().click();
    await expect(student.getByRole('dialog').locator('mark').first()).toBeVisible();
    await look(student, testInfo, `${name}-join-7-context`, axe);
    await student.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    await host.getByRole('button', { name: 'End the session' }).click();
    await expect(host.getByRole('dialog')).toBeVisible();
    await look(host, testInfo, `${name}-host-6-end-dialog`, axe);
    await host.getByRole('dialog').getByRole('button', { name: 'End the session' }).click();
    await expect(screen(host, 'host-summary')).toBeVisible();
    await expect(screen(student, 'class-summary')).toBeVisible();
    await look(host, testInfo, `${name}-host-7-summary`, axe);
    await look(student, testInfo, `${name}-join-8-summary`, axe);
    await host.getByRole('button', { name: 'Host another session' }).click();
    await expect(screen(host, 'host-setup')).toBeVisible();
    await look(host, testInfo, `${name}-host-8-sessions`, axe);
  });
}

test('no server: the host and join pages say so plainly', async ({ browser }, testInfo) => {
  // `vite preview` has no classroom server behind it, like any static host.
  const { spawn } = await import('node:child_process');
  const port = await freePort();
  const preview = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { detached: true, stdio: 'ignore' });
  try {
    const page = await (await browser.newContext()).newPage();
    await expect(async () => {
      await page.goto(`http://127.0.0.1:${port}/join/?code=KXRTM`);
    }).toPass();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No live class here');
    await look(page, testInfo, 'static-join', true);
    await page.goto(`http://127.0.0.1:${port}/host/`);
    await expect(page.getByRole('alert').filter({ hasText: 'No classroom server' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open the class' })).toBeDisabled();
    await look(page, testInfo, 'static-host', true);
  } finally {
    process.kill(-preview.pid!, 'SIGTERM');
  }
});

/**
 * Driving the host and student pages the way people do: by role and label, keys and clicks.
 * What the pages should show is computed here from the pack file, never from the game's code.
 */
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { builtinPack, itemByQuote, LABEL, squash, type PackItem, type Verdict } from '../e2e/helpers';

export const pack = builtinPack();
export { LABEL, squash, type PackItem, type Verdict };

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const screen = (page: Page, name: string) => page.locator(`main [data-screen="${name}"]`);

/** Sets up a quick round of the built-in pack and opens the class; returns the code. */
export async function openClass(host: Page, base: string, options: { confidence?: boolean; leaderboard?: boolean } = {}): Promise<string> {
  await host.goto(`${base}host/`);
  await expect(screen(host, 'host-setup')).toBeVisible();
  await host.getByLabel(pack.title).check();
  await host.getByLabel('Quick round').check();
  if (options.confidence) await host.getByLabel('Ask how sure they are').check();
  if (options.leaderboard) await host.getByLabel('Show a leaderboard (top 5)').check();
  await host.getByRole('button', { name: 'Open the class' }).click();
  await expect(screen(host, 'host-lobby')).toBeVisible();
  const code = squash((await host.locator('.join-code').textContent()) ?? '').replace(/ /g, '');
  expect(code).toMatch(/^[A-Z]{5}$/);
  return code;
}

export async function newStudent(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const ctx = await browser.newContext({ reducedMotion: 'reduce', ...options });
  return ctx.newPage();
}

/** Joins with the code typed on `join/` (by mouse) or from the QR code's address; returns the nickname shown. */
export async function join(page: Page, base: string, code: string, how: { qr?: boolean; nickname?: string }): Promise<string> {
  await page.goto(how.qr ? `${base}join/?code=${code}` : `${base}join/`);
  await expect(screen(page, 'class-entry')).toBeVisible();
  if (how.qr) await expect(page.getByLabel('Class code')).toHaveValue(code);
  else await page.getByLabel('Class code').fill(code.toLowerCase());
  if (how.nickname) await page.getByLabel('Your nickname').fill(how.nickname);
  const nickname = await page.getByLabel('Your nickname').inputValue();
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(screen(page, 'class-lobby')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`You’re in, ${nickname}!`);
  return nickname;
}

/** Joins with the keyboard only: Tab to the code, type it, Enter in the nickname field. */
export async function joinByKeyboard(page: Page, base: string, code: string): Promise<string> {
  await page.goto(`${base}join/`);
  await expect(screen(page, 'class-entry')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Class code')).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your nickname')).toBeFocused();
  const nickname = await page.getByLabel('Your nickname').inputValue();
  await page.keyboard.press('Enter');
  await expect(screen(page, 'class-lobby')).toBeVisible();
  return nickname;
}

/** The item on the host's question screen. */
export async function hostItem(host: Page): Promise<PackItem> {
  const text = await screen(host, 'host-question').getByRole('figure').locator('blockquote').textContent();
  return itemByQuote(pack, squash(text ?? ''));
}

export const KEYS: Record<Verdict, string> = { claim: '1', 'verified-fact': '2', disputed: '3' };

/** A student answers (by key or by click) and waits until the server has it. */
export async function answer(page: Page, v: Verdict, by: 'key' | 'click' = 'click'): Promise<void> {
  await expect(screen(page, 'class-question')).toBeVisible();
  if (by === 'key') await page.keyboard.press(KEYS[v]);
  else await page.getByRole('button', { name: LABEL[v], exact: true }).click();
  await expect(page.getByRole('button', { name: LABEL[v], exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Your answer' })).toContainText(`Your answer: ${LABEL[v]}. Sent`);
}

export async function expectAnswers(host: Page, n: number): Promise<void> {
  await expect(host.locator('.answer-count')).toContainText(`${n} answer${n === 1 ? '' : 's'}`);
}

/** Wrong on purpose, one way or the other. */
export const wrong = (v: Verdict, i: number): Verdict => (['claim', 'verified-fact', 'disputed'] as const).filter((x) => x !== v)[i % 2]!;

/** Points of a run of answers, by the rules players are told: 100 a right one, +10 from the third right in a row (at most 50 a round). */
export function expectedPoints(rights: boolean[]): number {
  let points = 0;
  let streak = 0;
  let bonus = 0;
  for (const r of rights) {
    streak = r ? streak + 1 : 0;
    if (!r) continue;
    points += 100;
    if (streak >= 3 && bonus < 50) {
      points += 10;
      bonus += 10;
    }
  }
  return points;
}

/** Records every WebSocket frame a page receives, in order. */
export function recordFrames(page: Page): Buffer[] {
  const frames: Buffer[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(Buffer.isBuffer(f.payload) ? f.payload : Buffer.from(f.payload))));
  return frames;
}

/** An RFC 4180 reader, enough for the report. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

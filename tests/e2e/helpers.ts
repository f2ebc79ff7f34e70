/**
 * Helpers for the end-to-end tests. They drive the built game the way a player does (roles,
 * labels, keys, clicks) and compute what the game should show from the pack data, so every
 * expectation comes from the test, not from the game's own code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

// ---------------------------------------------------------------------------------- packs

export type Verdict = 'claim' | 'verified-fact' | 'disputed';
export type Confidence = 'sure' | 'unsure';

export interface PackJson {
  id: string;
  title: string;
  description?: string;
  audience?: string;
  updated: string;
  sources: Array<{ id: string; title: string; outlet: string; author?: string; published: string; text: string }>;
  items: Array<{
    id: string;
    quote: { source: string; text: string; speaker: string };
    verdict: Verdict;
    explanation: string;
    evidence: Array<{ source: string; text: string; stance: 'supports' | 'contradicts' | 'context'; note?: string }>;
    skill?: string;
  }>;
}
export type PackItem = PackJson['items'][number];

export const BUILTIN_PACK_FILE = fileURLToPath(new URL('../../content/packs/dprk-man-in-the-west.pack.json', import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export function readPack(file: string): PackJson {
  return JSON.parse(readFileSync(file, 'utf8')) as PackJson;
}

export const builtinPack = (): PackJson => readPack(BUILTIN_PACK_FILE);

/** White space as the player sees it (the page may wrap or collapse it). */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The pack item whose quote is the given text (quotes are unique in a pack). */
export function itemByQuote(pack: PackJson, quote: string): PackItem {
  const q = squash(quote);
  const found = pack.items.filter((it) => squash(it.quote.text) === q);
  if (found.length !== 1) throw new Error(`${found.length} items of "${pack.id}" have the quote ${JSON.stringify(quote)}`);
  return found[0]!;
}

export const VERDICTS: readonly Verdict[] = ['claim', 'verified-fact', 'disputed'];
export const LABEL: Record<Verdict, string> = { claim: 'Claim', 'verified-fact': 'Verified fact', disputed: 'Disputed' };
export const KEY: Record<Verdict, string> = { claim: '1', 'verified-fact': '2', disputed: '3' };
export const STANCE: Record<string, string> = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context' };

/** A wrong verdict for an item, chosen so both ways of being wrong occur. */
export function wrongFor(actual: Verdict, i: number): Verdict {
  const others = VERDICTS.filter((v) => v !== actual);
  return others[i % 2]!;
}

// ---------------------------------------------------------------------------------- page

/** Opens the game and waits for the title screen. */
export async function openGame(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(screen(page, 'title')).toBeVisible();
}

/** The screen section (`data-screen` = title | round | reveal | summary | error). */
export const screen = (page: Page, name: string): Locator => page.locator(`main [data-screen="${name}"]`);

export const verdictButton = (page: Page, v: Verdict): Locator => page.getByRole('button', { name: LABEL[v], exact: true });

/** The quote on the round screen (the only figure there). */
export async function currentQuote(page: Page): Promise<string> {
  return squash((await screen(page, 'round').getByRole('figure').locator('blockquote').textContent()) ?? '');
}

/** Presses Tab until `target` has focus (a keyboard user's way to reach a control). */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The store's idea of the current item (a cross-check of the quote matching). */
export async function currentItemId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const w = window as unknown as { __sourced?: { stores: { game: { getState(): { session: { order: string[]; index: number } | null } } } } };
    const s = w.__sourced?.stores.game.getState().session;
    return s ? (s.order[s.index] ?? null) : null;
  });
}

// ---------------------------------------------------------------------------------- reveal

/** Checks the reveal against the pack: result, verdict, explanation and every evidence card. */
export async function expectReveal(page: Page, pack: PackJson, item: PackItem, answered: Verdict): Promise<void> {
  const right = answered === item.verdict;
  const reveal = screen(page, 'reveal');
  await expect(reveal.getByRole('heading', { level: 1 })).toHaveText(right ? 'Right' : 'Not quite');
  await expect(reveal.getByRole('status')).toContainText(right ? /^\s*Right/ : new RegExp(`^\\s*Not quite\\s*You said ${LABEL[answered]}\\.`));
  const why = page.getByRole('region', { name: 'Why' });
  await expect(why).toContainText(new RegExp(`${flex(LABEL[item.verdict])}[\\s\\S]*${flex(item.explanation)}`));

  const cards = page.getByRole('list', { name: 'Evidence' }).getByRole('listitem');
  // The passages, word for word and in order (highlight marks split the text but not its content).
  await expect(cards.locator('blockquote')).toHaveText(item.evidence.map((e) => squash(e.text)));
  // Each card: its stance, then the source's outlet.
  const outlet = (id: string) => squash(pack.sources.find((s) => s.id === id)!.outlet);
  await expect(cards).toHaveText(
    item.evidence.map((e) => new RegExp(`^\\s*${STANCE[e.stance]}\\s*${flex(outlet(e.source))}[\\s\\S]*${flex(e.text)}${e.note ? `[\\s\\S]*${flex(e.note)}` : ''}[\\s\\S]*Read in context\\s*$`)),
  );
  await expect(cards.getByRole('button', { name: 'Read in context' })).toHaveCount(item.evidence.length);
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for a text whatever white space the page puts between its words. */
const flex = (s: string): string => esc(squash(s)).replace(/ /g, '\\s+');

// ---------------------------------------------------------------------------------- rounds

export interface Answer {
  itemId: string;
  actual: Verdict;
  answered: Verdict;
  confidence?: Confidence;
}

export type Input = 'keyboard' | 'pointer';

export interface PlayOptions {
  /** How to answer and go on, for the whole round or per question. */
  input: Input | ((i: number) => Input);
  /** Which verdict to give to the i-th question (default: right except questions 5, 7, 10). */
  choose?: (item: PackItem, i: number) => Verdict;
  /** With "ask how sure I am" on: the confidence for the i-th question. */
  confidence?: (i: number) => Confidence;
  /** Check each reveal against the pack (default true). */
  checkReveals?: boolean;
  /** Called on each round screen and reveal (screenshots). */
  onScreen?: (name: 'round' | 'reveal', i: number) => Promise<void>;
}

/** Right, right, right, right (a streak), wrong, right, wrong, right, right, wrong… */
export const defaultChoice = (item: PackItem, i: number): Verdict => ([4, 6, 9].includes(i % 10) ? wrongFor(item.verdict, i) : item.verdict);

/**
 * Plays the round on screen from its first question to the summary, checking the heading,
 * the running points and (by default) each reveal. Returns the answers given.
 */
export async function playRound(page: Page, pack: PackJson, total: number, opts: PlayOptions): Promise<Answer[]> {
  const choose = opts.choose ?? defaultChoice;
  const answers: Answer[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < total; i++) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(`Question ${i + 1} of ${total}`);
    await expect(screen(page, 'round').getByText(`${expectedPoints(answers)} points`, { exact: true })).toBeVisible();
    const item = itemByQuote(pack, await currentQuote(page));
    expect(seen.has(item.id), `question ${i + 1} repeats ${item.id}`).toBe(false);
    seen.add(item.id);
    expect(await currentItemId(page)).toBe(item.id);
    await opts.onScreen?.('round', i);

    const verdict = choose(item, i);
    const confidence = opts.confidence?.(i);
    const input = typeof opts.input === 'function' ? opts.input(i) : opts.input;
    await answer(page, verdict, confidence, input, i);
    answers.push({ itemId: item.id, actual: item.verdict, answered: verdict, ...(confidence ? { confidence } : {}) });

    if (opts.checkReveals !== false) await expectReveal(page, pack, item, verdict);
    else await expect(screen(page, 'reveal')).toBeVisible();
    const gained = expectedPoints(answers) - expectedPoints(answers.slice(0, -1));
    await expect(page.getByText(`${gained >= 0 ? '+' : ''}${gained} points`, { exact: true })).toBeVisible();
    await opts.onScreen?.('reveal', i);

    const last = i === total - 1;
    await next(page, last, input, i);
  }
  await expect(screen(page, 'summary')).toBeVisible();
  return answers;
}

/** Answers the current question by keyboard (keys, or Tab + Enter on odd questions) or pointer. */
export async function answer(page: Page, verdict: Verdict, confidence: Confidence | undefined, input: Input, i = 0): Promise<void> {
  const button = verdictButton(page, verdict);
  if (input === 'pointer') await button.click();
  else if (i % 2 === 1) {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press(KEY[verdict]);
  }
  if (!confidence) return;
  const sure = page.getByRole('button', { name: confidence === 'sure' ? 'Sure' : 'Not sure', exact: true });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(sure).toBeVisible();
  if (input === 'pointer') await sure.click();
  else if (i % 2 === 1) {
    await tabTo(page, sure);
    await page.keyboard.press('Enter');
  } else await page.keyboard.press(confidence === 'sure' ? 'S' : 'U');
}

/** From a reveal to the next question (or the summary): Enter or N, or a click. */
export async function next(page: Page, last: boolean, input: Input, i = 0): Promise<void> {
  const button = page.getByRole('button', { name: last ? 'See results' : 'Next', exact: true });
  await expect(button).toBeVisible();
  if (input === 'pointer') await button.click();
  else await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'n');
}

/** Starts a quick round from the title screen with a click. */
export async function startQuickRound(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Quick round' }).click();
  await expect(screen(page, 'round')).toBeVisible();
}

// ---------------------------------------------------------------------------------- summary

/** Points as the design states them: +100 right, 0 wrong, +10 per answer in a run of 3+ (50 a round at most), sure ±50. */
export function expectedPoints(answers: readonly Answer[]): number {
  let points = 0;
  let streak = 0;
  let bonus = 0;
  for (const a of answers) {
    const right = a.answered === a.actual;
    streak = right ? streak + 1 : 0;
    points += right ? 100 : 0;
    if (right && streak >= 3) {
      const b = Math.min(10, 50 - bonus);
      bonus += b;
      points += b;
    }
    if (a.confidence === 'sure') points += right ? 50 : -50;
  }
  return points;
}

export interface Expected {
  points: number;
  right: number;
  answered: number;
  perVerdict: Record<Verdict, { right: number; total: number }>;
  balanced: number | null;
  matrix: Record<Verdict, Record<Verdict, number>>;
  missed: string[];
}

export function expectedSummary(answers: readonly Answer[]): Expected {
  const matrix = Object.fromEntries(VERDICTS.map((a) => [a, Object.fromEntries(VERDICTS.map((b) => [b, 0]))])) as Expected['matrix'];
  for (const a of answers) matrix[a.actual][a.answered]++;
  const perVerdict = Object.fromEntries(
    VERDICTS.map((v) => [v, { right: matrix[v][v], total: VERDICTS.reduce((n, w) => n + matrix[v][w], 0) }]),
  ) as Expected['perVerdict'];
  const accs = VERDICTS.filter((v) => perVerdict[v].total > 0).map((v) => perVerdict[v].right / perVerdict[v].total);
  return {
    points: expectedPoints(answers),
    right: answers.filter((a) => a.answered === a.actual).length,
    answered: answers.length,
    perVerdict,
    balanced: accs.length ? accs.reduce((x, y) => x + y, 0) / accs.length : null,
    matrix,
    missed: answers.filter((a) => a.answered !== a.actual).map((a) => a.itemId),
  };
}

export const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** Checks every number of the summary screen against the answers given. */
export async function expectSummary(page: Page, pack: PackJson, answers: readonly Answer[]): Promise<void> {
  const e = expectedSummary(answers);
  const summary = screen(page, 'summary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
  const stat = (label: string) => summary.locator('.stat').filter({ has: page.getByText(label, { exact: true }) }).locator('.value');
  await expect(stat('points')).toHaveText(String(e.points));
  await expect(stat('right')).toHaveText(`${e.right} of ${e.answered}`);
  await expect(stat('balanced accuracy')).toHaveText(pct(e.balanced));

  const perVerdict = page.getByRole('region', { name: 'Accuracy per verdict' }).getByRole('listitem');
  await expect(perVerdict).toHaveCount(3);
  for (const [i, v] of VERDICTS.entries()) {
    const t = e.perVerdict[v];
    await expect(perVerdict.nth(i)).toContainText(LABEL[v]);
    await expect(perVerdict.nth(i)).toContainText(t.total ? `${t.right} of ${t.total} · ${pct(t.right / t.total)}` : 'none in this round');
  }

  const table = page.getByRole('table', { name: 'Confusion matrix' });
  await expect(table.getByRole('columnheader')).toHaveText(['The answer was', ...VERDICTS.map((v) => `You said ${LABEL[v]}`)]);
  const rows = table.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(3);
  for (const [i, actual] of VERDICTS.entries()) {
    await expect(rows.nth(i).getByRole('rowheader')).toHaveText(LABEL[actual]);
    await expect(rows.nth(i).getByRole('cell')).toHaveText(VERDICTS.map((answered) => String(e.matrix[actual][answered])));
  }

  const missed = page.getByRole('region', { name: 'Missed items' });
  await expect(missed.getByRole('button', { name: 'Review' })).toHaveCount(e.missed.length);
  for (const id of e.missed) {
    const it = pack.items.find((x) => x.id === id)!;
    await expect(missed).toContainText(`It was: ${LABEL[it.verdict]}`);
  }
  const replay = page.getByRole('button', { name: 'Replay my misses' });
  if (e.missed.length) await expect(replay).toBeEnabled();
  else await expect(replay).toBeDisabled();
}

// ---------------------------------------------------------------------------------- misc

/** A full-page screenshot kept in the test's output folder and attached to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true, animations: 'disabled' });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Opens Settings (by pointer). */
export async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

// ---------------------------------------------------------------------------------- text size

/** Opens the game with this text size already saved (the settings test sets it by the slider). */
export async function useTextSize(page: Page, percent: number): Promise<void> {
  await page.addInitScript((textSize) => {
    if (!localStorage.getItem('sourced:settings')) localStorage.setItem('sourced:settings', JSON.stringify({ state: { textSize }, version: 1 }));
  }, percent);
}

/** The words of an element's text that the layout broke over two lines ("Dispute/d"). */
export async function brokenWords(target: Locator): Promise<string[]> {
  return target.evaluate((el) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const r = document.createRange();
        r.setStart(n, m.index!);
        r.setEnd(n, m.index! + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

/** The part of an element's box that another element (a pinned bar) covers, in px of height. */
export async function coveredBy(target: Locator, cover: Locator): Promise<number> {
  const [a, b] = [await target.boundingBox(), await cover.boundingBox()];
  if (!a || !b) return 0;
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlapX > 0 && overlapY > 0 ? overlapY : 0;
}

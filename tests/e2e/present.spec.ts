/**
 * Presenter mode, played through by keyboard on the two projector sizes: a quick round with
 * teams (the layout measured on every slide: nothing outside the screen, no text under the
 * minimum size), the team table and the class summary checked against the answers entered
 * (expected values computed here from the pack), a show of hands, blank, full screen, the
 * timer, a reload in the middle, a draft pack's "not reviewed", and axe on every screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtinPack, expectedSummary, itemByQuote, LABEL, pct, readPack, fixture, snap, squash, VERDICTS, type Answer, type PackItem, type Verdict } from './helpers';

const pack = builtinPack();

const PROJECTORS = [
  { name: '1080p', viewport: { width: 1920, height: 1080 }, body: 28, quote: 44, teams: ['Owls', '', 'Foxes'] },
  { name: '720p', viewport: { width: 1280, height: 720 }, body: 20, quote: 32, teams: ['Owls', '', 'Foxes', '', '', '', '', 'Bears'] },
] as const;

/** Default team names (the marks), as the setup screen promises them. */
const MARK_NAMES = ['Circles', 'Squares', 'Triangles', 'Diamonds', 'Stars', 'Hexagons', 'Crosses', 'Hearts'];

const slide = (page: Page) => page.locator('main .slide');

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

/**
 * The slide fits the screen: no element of it outside the viewport or outside the slide's
 * content box (which clips), nothing to scroll, and no text smaller than `minText` px (the
 * quote alone: `minQuote`). Measured with getBoundingClientRect and getComputedStyle.
 */
async function expectFits(page: Page, minText: number, minQuote?: number): Promise<void> {
  const r = await page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    const root = document.querySelector('main .slide')!;
    const box = root.querySelector('.slide-box')!.getBoundingClientRect();
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const outside: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.sr-only')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      const inBox = !!el.closest('.slide-box') && el !== root.querySelector('.slide-box');
      const lim = inBox ? box : { left: 0, top: 0, right: vw, bottom: vh };
      if (b.left < lim.left - 1 || b.top < lim.top - 1 || b.right > lim.right + 1 || b.bottom > lim.bottom + 1) outside.push(name(el));
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
      if (hasText) (el as HTMLElement).dataset.fs = cs.fontSize;
    }
    const sizes = [...root.querySelectorAll<HTMLElement>('[data-fs]')].map((el) => ({ el: name(el), px: parseFloat(el.dataset.fs!) }));
    const quote = root.querySelector('.present-quote blockquote p');
    return {
      outside,
      sizes,
      scroll: [document.documentElement.scrollHeight - vh, document.documentElement.scrollWidth - vw],
      quotePx: quote ? parseFloat(getComputedStyle(quote).fontSize) : null,
    };
  });
  expect(r.outside, 'elements outside the screen or clipped').toEqual([]);
  expect(r.scroll, 'page scroll (height, width)').toEqual([0, 0]);
  expect(r.sizes.filter((s) => s.px < minText - 0.01), `text under ${minText} px`).toEqual([]);
  if (minQuote !== undefined) {
    expect(r.quotePx, 'the quote alone').not.toBeNull();
    expect(r.quotePx!, 'the quote alone, px').toBeGreaterThanOrEqual(minQuote);
  }
}

async function current(page: Page): Promise<string> {
  return (await slide(page).getAttribute('data-slide')) ?? '';
}

async function openPresenter(page: Page): Promise<void> {
  await page.goto('present/');
  await expect(page.locator('[data-screen="present-setup"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Present to a class');
}

/** The answer of team `t` (0-based) to the i-th question; undefined: the team gives none. */
function teamAnswer(t: number, item: PackItem, i: number, teams: number): Verdict | undefined {
  const others = VERDICTS.filter((v) => v !== item.verdict);
  if (t === 0) return item.verdict; // always right
  if (t === 1) return 'disputed'; // suspicious of everything
  if (t === 2) return i % 3 === 2 ? others[0] : item.verdict;
  if (t === teams - 1 && i === 0) return undefined; // the last team misses the first question
  return VERDICTS[(i + t) % 3];
}

const TRUST: Record<Verdict, number> = { disputed: 0, claim: 1, 'verified-fact': 2 };

function expectedLean(answers: readonly Answer[]): string {
  const trusting = answers.filter((a) => TRUST[a.answered] > TRUST[a.actual]).length;
  const suspicious = answers.filter((a) => TRUST[a.answered] < TRUST[a.actual]).length;
  const n = trusting + suspicious;
  if (n < 3) return 'too few mistakes to tell';
  const index = (trusting - suspicious) / n;
  return index >= 0.5 ? 'too trusting' : index <= -0.5 ? 'too suspicious' : 'balanced';
}

for (const size of PROJECTORS) {
  test.describe(`projector ${size.name}`, () => {
    test.use({ viewport: size.viewport, reducedMotion: 'reduce' });

    test(`a quick round with ${size.teams.length} teams, by keyboard, laid out for ${size.viewport.width}×${size.viewport.height}`, async ({ page }, testInfo) => {
      test.setTimeout(240_000);
      const names = size.teams.map((n, i) => n || MARK_NAMES[i]!);
      await openPresenter(page);
      await expectNoViolations(page, 'the setup screen');
      await page.getByRole('radio', { name: 'Teams' }).check();
      await page.getByLabel('Number of teams').selectOption(String(size.teams.length));
      for (const [i, n] of size.teams.entries()) if (n) await page.getByLabel(`Team ${i + 1}`, { exact: true }).fill(n);
      await page.getByLabel('Discussion timer').selectOption('60');
      await snap(page, testInfo, `present-${size.name}-0-setup`);
      await page.getByRole('button', { name: 'Start presenting' }).click();

      const seen = new Set<string>();
      const answers: Answer[][] = names.map(() => []);
      const order: PackItem[] = [];
      for (let i = 0; i < 10; i++) {
        // 1. The quote alone.
        await expect(slide(page)).toHaveAttribute('data-slide', 'quote');
        await expect(slide(page).getByText(`Question ${i + 1} of 10`)).toBeVisible();
        const item = itemByQuote(pack, squash((await slide(page).locator('blockquote').textContent()) ?? ''));
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
        order.push(item);
        await expectFits(page, size.body, size.quote);
        if (i === 0) {
          await expectNoViolations(page, 'the quote');
          await snap(page, testInfo, `present-${size.name}-1-quote`);
        }
        await page.keyboard.press('PageDown'); // a clicker's forward

        // 2. The verdicts: each team's answer by keys 1 2 3, teams in turn.
        await expect(slide(page)).toHaveAttribute('data-slide', 'vote');
        await expect(slide(page).getByRole('timer')).toBeVisible();
        const given = names.map((_, t) => teamAnswer(t, item, i, names.length));
        for (const [t, v] of given.entries()) {
          if (!v) continue;
          await page.keyboard.press(String(VERDICTS.indexOf(v) + 1));
          await expect(slide(page).getByRole('button', { name: `${names[t]}: ${LABEL[v]}`, exact: true })).toHaveAttribute('aria-pressed', 'true');
          answers[t]!.push({ itemId: item.id, actual: item.verdict, answered: v });
        }
        await expectFits(page, size.body);
        if (i === 0) {
          await expectNoViolations(page, 'the vote (teams)');
          await snap(page, testInfo, `present-${size.name}-2-vote-teams`);
        }
        await page.keyboard.press('ArrowRight');
        if (given.includes(undefined)) {
          // A team has not answered: the first press says so, the second reveals.
          await expect(slide(page)).toHaveAttribute('data-slide', 'vote');
          await expect(slide(page).getByRole('status')).toContainText(`${names[names.length - 1]} has not answered`);
          await page.keyboard.press('ArrowRight');
        }

        // 3. The reveal: the verdict, the explanation, the class's answers beside it.
        await expect(slide(page)).toHaveAttribute('data-slide', 'reveal');
        await expect(slide(page).locator('.answer-verdict')).toHaveText(LABEL[item.verdict]);
        await expect(slide(page).locator('.explanation')).toHaveText(squash(item.explanation));
        const counted = given.filter((v): v is Verdict => !!v);
        const dist = slide(page).getByRole('list', { name: /How the class answered/ }).getByRole('listitem');
        for (const [k, v] of VERDICTS.entries()) {
          const n = counted.filter((x) => x === v).length;
          await expect(dist.nth(k)).toContainText(`${n} · ${pct(n / counted.length)}`);
          if (v === item.verdict) await expect(dist.nth(k)).toContainText('the answer');
        }
        const right = names.filter((_, t) => given[t] === item.verdict);
        await expect(slide(page).locator('.teams-right li').first()).toHaveText(new RegExp(`^Right:\\s*${right.join('\\s*')}$`));
        await expectFits(page, size.body);
        if (i === 0) {
          await expectNoViolations(page, 'the reveal');
          await snap(page, testInfo, `present-${size.name}-3-reveal`);
        }
        await page.keyboard.press('Space');

        // 4. The evidence, page by page: every passage, word for word, in order.
        const shown: string[] = [];
        let pageNo = 0;
        while ((await current(page)) === 'evidence') {
          await expectFits(page, size.body);
          if (i === 0 && pageNo === 0) {
            await expectNoViolations(page, 'the evidence');
            await snap(page, testInfo, `present-${size.name}-4-evidence`);
          }
          for (const q of await slide(page).locator('.ev blockquote').allTextContents()) shown.push(q);
          pageNo++;
          await page.keyboard.press('PageDown');
        }
        // A passage cut between pages ends "… (continued)" and goes on "…" on the next.
        const joined = squash(shown.join(' ')).replace(/ … \(continued\) …/g, ' ');
        expect(joined).toBe(item.evidence.map((e) => squash(e.text)).join(' '));

        // 5. The discussion prompt.
        await expect(slide(page)).toHaveAttribute('data-slide', 'discuss');
        await expect(slide(page).locator('.prompt')).not.toBeEmpty();
        await expectFits(page, size.body);
        if (i === 0) {
          await expectNoViolations(page, 'the discussion');
          await snap(page, testInfo, `present-${size.name}-5-discuss`);
        }
        await page.keyboard.press('PageDown');
      }

      // The team table: balanced accuracy first, then points, then right answers.
      await expect(slide(page)).toHaveAttribute('data-slide', 'summary');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Team table/);
      const expected = names
        .map((name, t) => ({ name, t, e: expectedSummary(answers[t]!), lean: expectedLean(answers[t]!) }))
        .sort((a, b) => (b.e.balanced ?? -1) - (a.e.balanced ?? -1) || b.e.points - a.e.points || b.e.right - a.e.right || a.t - b.t);
      const rows: string[][] = [];
      while ((await current(page)) === 'summary' && /^Team table/.test((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')) {
        await expectFits(page, size.body);
        for (const row of await slide(page).locator('table.standings tbody tr').all()) rows.push((await row.locator('th, td').allTextContents()).map(squash));
        await page.keyboard.press('PageDown');
      }
      const key = (x: (typeof expected)[number]) => `${x.e.balanced}:${x.e.points}:${x.e.right}`;
      expect(rows).toEqual(
        expected.map((x) => [String(expected.findIndex((y) => key(y) === key(x)) + 1), x.name, pct(x.e.balanced), `${x.e.right} of ${x.e.answered}`, String(x.e.points), x.lean]),
      );
      expect(rows[0]![1]).toBe('Owls'); // always right

      // The class: every team answer in one confusion matrix.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The class');
      const all = expectedSummary(answers.flat());
      const table = slide(page).getByRole('table', { name: 'Confusion matrix' });
      await expect(table.getByRole('columnheader')).toHaveText(['The answer was', ...VERDICTS.map((v) => `The class said ${LABEL[v]}`)]);
      for (const [k, actual] of VERDICTS.entries()) {
        await expect(table.locator('tbody tr').nth(k).getByRole('cell')).toHaveText(VERDICTS.map((v) => String(all.matrix[actual][v])));
      }
      await expect(slide(page).locator('.big-figure')).toHaveText(`${pct(all.balanced)} balanced accuracy`);
      await expect(slide(page)).toContainText(`${all.answered} team answers counted.`);
      await expectFits(page, size.body);
      await expectNoViolations(page, 'the class summary');
      await snap(page, testInfo, `present-${size.name}-6-class`);

      // Question by question, paged.
      await page.keyboard.press('PageDown');
      const questions: string[] = [];
      while ((await current(page)) === 'summary') {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question by question/);
        await expectFits(page, size.body);
        questions.push(...(await slide(page).locator('table.questions tbody tr td:nth-child(3)').allTextContents()));
        const before = await page.getByRole('heading', { level: 1 }).textContent();
        await page.keyboard.press('PageDown');
        if ((await page.getByRole('heading', { level: 1 }).textContent()) === before) break; // the last page
      }
      expect(questions).toEqual(order.map((it) => LABEL[it.verdict]));
      await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    });
  });
}

// The round above draws its questions at random; the longest quotes are played here on purpose.
for (const size of PROJECTORS) {
  test(`the three longest quotes with eight teams fit at ${size.viewport.width}×${size.viewport.height}`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await browser.newPage({ viewport: size.viewport, reducedMotion: 'reduce' });
    const longest = [...pack.items].sort((a, b) => b.quote.text.length - a.quote.text.length).slice(0, 3);
    await openPresenter(page);
    await page.getByRole('radio', { name: 'Teams' }).check();
    await page.getByLabel('Number of teams').selectOption('8');
    // The timer's clock makes the slide's head taller, which leaves the least room below it.
    await page.getByLabel('Discussion timer').selectOption('60');
    await page.getByRole('radio', { name: 'Choose the questions' }).check();
    for (const item of longest) await page.getByRole('checkbox', { name: new RegExp(squash(item.quote.text).slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
    await page.getByRole('button', { name: 'Start presenting' }).click();
    for (let i = 0; i < longest.length; i++) {
      await expect(slide(page)).toHaveAttribute('data-slide', 'quote');
      await expectFits(page, size.body, size.quote);
      await page.keyboard.press('PageDown');
      await expect(slide(page)).toHaveAttribute('data-slide', 'vote');
      await expectFits(page, size.body);
      for (let t = 0; t < 8; t++) await page.keyboard.press(String((t % 3) + 1));
      await expect(slide(page).getByText('Every team has answered.')).toBeVisible();
      await expectFits(page, size.body);
      await snap(page, testInfo, `present-${size.name}-long-quote-${i + 1}-vote`);
      await page.keyboard.press('PageDown');
      await expect(slide(page)).toHaveAttribute('data-slide', 'reveal');
      await expectFits(page, size.body);
      // On through the evidence pages and the discussion to the next quote.
      while ((await current(page)) !== 'quote' && (await current(page)) !== 'summary') {
        await page.keyboard.press('PageDown');
        await expectFits(page, size.body);
      }
    }
    await page.close();
  });
}

test.describe('show of hands', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });

  test('hands counted by keys, blank, full screen, timer, keys help, a reload in the middle, the class summary', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await openPresenter(page);
    // Two chosen questions, shown in the pack's order: one of each of two verdicts.
    const a = pack.items.find((it) => it.verdict === 'claim')!;
    const b = pack.items.find((it) => it.verdict === 'verified-fact')!;
    const [first, second] = pack.items.indexOf(a) < pack.items.indexOf(b) ? [a, b] : [b, a];
    await page.getByRole('radio', { name: 'Choose the questions' }).check();
    await page.getByRole('checkbox', { name: new RegExp(squash(first.quote.text).slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
    await page.getByRole('checkbox', { name: new RegExp(squash(second.quote.text).slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
    await page.getByLabel('Discussion timer').selectOption('30');
    await page.getByRole('button', { name: 'Start presenting' }).click();

    await expect(slide(page).locator('blockquote')).toHaveText(squash(first.quote.text));
    // B blanks the screen (black, over everything); any key brings the slide back without moving on.
    await page.keyboard.press('b');
    const blank = page.locator('[data-blank]');
    await expect(blank).toBeVisible();
    expect(await blank.evaluate((el) => [getComputedStyle(el).backgroundColor, el.getBoundingClientRect().width, el.getBoundingClientRect().height])).toEqual(['rgb(0, 0, 0)', 1920, 1080]);
    await page.keyboard.press('PageDown');
    await expect(blank).toHaveCount(0);
    await expect(slide(page)).toHaveAttribute('data-slide', 'quote');

    // F: full screen, and back.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);

    await page.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-slide', 'vote');
    // The timer starts at 0:30 and T pauses it.
    const timer = slide(page).getByRole('timer');
    await expect(timer).toHaveText(/^0:(30|29|28)/);
    await page.keyboard.press('t');
    await expect(timer).toContainText('(paused)');
    // Hands: 3 for Claim, 1 taken back; 4 for Verified fact; 1 Disputed.
    for (const k of ['1', '1', '1', '2', '2', '2', '2', '3']) await page.keyboard.press(k);
    await page.keyboard.press('Shift+Digit1');
    await expect(page.getByRole('spinbutton', { name: 'Claim: hands up' })).toHaveValue('2');
    await expect(page.getByRole('spinbutton', { name: 'Verified fact: hands up' })).toHaveValue('4');
    // Typed into the counter: Disputed becomes 3.
    await page.getByRole('spinbutton', { name: 'Disputed: hands up' }).fill('3');
    await page.getByRole('spinbutton', { name: 'Disputed: hands up' }).press('Tab');
    await expectFits(page, 28);
    await expectNoViolations(page, 'the vote (show of hands)');
    await snap(page, testInfo, 'present-hands-vote');

    // "?" shows the keys.
    await page.locator('main .slide h1').focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Presenter keys' });
    await expect(help).toBeVisible();
    await expectNoViolations(page, 'the keys dialog');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // A reload in the middle resumes at the same slide with the votes kept.
    await page.reload();
    await expect(slide(page)).toHaveAttribute('data-slide', 'vote');
    await expect(page.getByRole('spinbutton', { name: 'Disputed: hands up' })).toHaveValue('3');

    await page.keyboard.press('PageDown');
    const dist = slide(page).getByRole('list', { name: /How the class answered/ }).getByRole('listitem');
    const counts: Record<Verdict, number> = { claim: 2, 'verified-fact': 4, disputed: 3 };
    for (const [k, v] of VERDICTS.entries()) await expect(dist.nth(k)).toContainText(`${counts[v]} · ${pct(counts[v] / 9)}`);

    // Back goes back to the vote; End round after the first reveal sums up that one question.
    await page.keyboard.press('PageUp');
    await expect(slide(page)).toHaveAttribute('data-slide', 'vote');
    await page.keyboard.press('PageDown');
    await page.getByRole('button', { name: 'End round' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The class');
    const table = slide(page).getByRole('table', { name: 'Confusion matrix' });
    const row = table.locator('tbody tr').nth(VERDICTS.indexOf(first.verdict));
    await expect(row.getByRole('cell')).toHaveText(VERDICTS.map((v) => String(counts[v])));
    await expect(slide(page)).toContainText('9 hands counted.');
    await expectFits(page, 28);
    // Question by question: only the question revealed.
    await page.keyboard.press('PageDown');
    await expect(slide(page).locator('table.questions tbody tr')).toHaveCount(1);
    await expect(slide(page).locator('table.questions tbody tr')).toContainText(`${pct(counts[first.verdict] / 9)} right`);

    await page.getByRole('button', { name: 'New presentation' }).click();
    await expect(page.locator('[data-screen="present-setup"]')).toBeVisible();
  });

  test('a draft pack opened on the setup screen says "not reviewed" at every reveal', async ({ page }) => {
    const draft = readPack(fixture('library-hours.pack.json')) as unknown as Record<string, unknown>;
    draft.extensions = { 'sourced:review': { status: 'unreviewed', by: 'sourced draft' } };
    await openPresenter(page);
    await page.getByLabel('Open a pack file').setInputFiles({ name: 'draft.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
    await expect(page.getByRole('status')).toContainText(`Opened “${draft.title as string}”`);
    await expect(page.getByRole('radio', { name: draft.title as string })).toBeChecked();
    await page.getByRole('radio', { name: 'Whole pack' }).check();
    await page.getByRole('button', { name: 'Start presenting' }).click();
    const total = (draft.items as unknown[]).length;
    for (let i = 0; i < total; i++) {
      await expect(slide(page)).toHaveAttribute('data-slide', 'quote');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expect(slide(page)).toHaveAttribute('data-slide', 'reveal');
      await expect(slide(page).locator('.unreviewed')).toContainText('Not reviewed');
      while ((await current(page)) !== 'quote' && (await current(page)) !== 'summary') await page.keyboard.press('PageDown');
    }
  });
});


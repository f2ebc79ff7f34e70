/**
 * A whole class, scripted: a host page and three students (one on a phone, by keyboard only;
 * one joining from the QR code's address; one typing the code), on the production server.
 * They answer and change answers, see reveals with the evidence and the class's distribution;
 * a student reloads, the host reloads, the server is killed and restarted mid-question — and
 * the report's rows match every answer given. Every frame the students receive is recorded to
 * show that no item's answer key reaches them before its reveal.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { freePort, startClassServer, type ClassServer } from './processes';
import { answer, expectAnswers, expectedPoints, hostItem, join, joinByKeyboard, LABEL, newStudent, openClass, parseCsv, PHONE, recordFrames, screen, squash, wrong, type PackItem, type Verdict } from './pages';

let server: ClassServer | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

interface Student {
  name: string;
  page: Page;
  frames: Buffer[];
  by: 'key' | 'click';
}

/** Texts that only the reveal of `item` may bring: its id, explanation and evidence (unless shown earlier by a revealed item or a quote). */
function secretsOf(item: PackItem, shownBefore: string[]): string[] {
  const shown = shownBefore.join('\n');
  const texts = [item.explanation, ...item.evidence.map((e) => e.text)].filter((t) => !shown.includes(squash(t)));
  return [`"id":"${item.id}"`, ...texts.flatMap((t) => [t, JSON.stringify(t).slice(1, -1)])];
}

const firstFrameWith = (frames: Buffer[], needles: string[]): number => frames.findIndex((f) => needles.some((n) => f.includes(Buffer.from(n))));

test('a scripted class: join, answer, reveal, reloads, a server restart, the report', async ({ browser }) => {
  const port = await freePort();
  server = await startClassServer({ port });
  const base = server.url;

  const host = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, reducedMotion: 'reduce' })).newPage();
  const code = await openClass(host, base);

  const phone = await newStudent(browser, PHONE);
  const qr = await newStudent(browser);
  const typed = await newStudent(browser);
  const students: Student[] = [];
  for (const [page, by] of [[phone, 'key'], [qr, 'click'], [typed, 'click']] as const) students.push({ name: '', page, frames: recordFrames(page), by });
  students[0]!.name = await joinByKeyboard(phone, base, code);
  students[1]!.name = await join(qr, base, code, { qr: true, nickname: '<b onclick=x>Zed</b>' });
  students[2]!.name = await join(typed, base, code, { nickname: '=HYPERLINK(1)' });

  // The lobby lists them, markup as plain text.
  const roster = host.getByRole('list', { name: 'Students in the class' });
  for (const s of students) await expect(roster.getByText(s.name, { exact: true })).toBeVisible();
  await expect(roster.locator('b')).toHaveCount(0);
  await expect(host.locator('.roster-count')).toHaveText('3 students');

  await host.getByRole('button', { name: 'Start the first question' }).click();

  /** Final answers as given: answers[student][question] and the items in play order. */
  const given: Array<Array<Verdict | null>> = students.map(() => []);
  const items: PackItem[] = [];
  const shown: string[] = [];
  const revealedAt: number[][] = [];

  async function question(i: number, plan: Array<Verdict | null>, during?: () => Promise<void>): Promise<PackItem> {
    await expect(host.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 10`);
    const item = await hostItem(host);
    items.push(item);
    shown.push(squash(item.quote.text));
    for (const s of students) await expect(s.page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 10`);
    // The quote, speaker and source are on every device too.
    for (const s of students) await expect(screen(s.page, 'class-question').locator('blockquote')).toHaveText(item.quote.text.replace(/[^\S\n]+/g, ' '));
    let n = 0;
    for (const [k, s] of students.entries()) {
      const v = plan[k];
      if (!v) continue;
      await answer(s.page, v, s.by);
      given[k]![i] = v;
      await expectAnswers(host, ++n);
    }
    await during?.();
    // Nothing of this item's key has reached any student yet.
    revealedAt.push(students.map((s) => s.frames.length));
    for (const s of students) expect(firstFrameWith(s.frames, secretsOf(item, shown)), `${s.name} got item ${item.id}'s key before its reveal`).toBe(-1);
    return item;
  }

  async function reveal(i: number, item: PackItem): Promise<void> {
    await host.getByRole('button', { name: 'Close answers' }).click();
    await expect(screen(host, 'host-closed')).toBeVisible();
    const counts = { claim: 0, 'verified-fact': 0, disputed: 0 } as Record<Verdict, number>;
    for (const g of given) if (g[i]) counts[g[i]!]++;
    const dist = host.getByRole('list', { name: /How the class answered/ });
    for (const v of ['claim', 'verified-fact', 'disputed'] as const) await expect(dist.locator(`.v-${v} .dist-count`)).toContainText(`${counts[v]} ·`);
    for (const s of students) await expect(screen(s.page, 'class-closed')).toBeVisible();
    await host.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(screen(host, 'host-reveal')).toBeVisible();
    await expect(host.getByRole('heading', { level: 1 })).toContainText(LABEL[item.verdict]);
    await expect(host.locator('.dist-row.right')).toHaveClass(new RegExp(`v-${item.verdict}`));
    await expect(host.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(item.evidence.length);
    for (const [k, s] of students.entries()) {
      const v = given[k]![i];
      await expect(screen(s.page, 'class-reveal')).toBeVisible();
      await expect(s.page.getByRole('heading', { level: 1 })).toHaveText(!v ? 'The answer' : v === item.verdict ? 'Right' : 'Not quite');
      await expect(s.page.locator('.explanation')).toHaveText(item.explanation);
      await expect(s.page.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(item.evidence.length);
      const rights = items.map((it, q) => given[k]![q] === it.verdict);
      await expect(s.page.locator('.points')).toContainText(`${expectedPoints(rights)} in total`);
    }
    shown.push(squash(item.explanation), ...item.evidence.map((e) => squash(e.text)));
  }

  // 1. Everyone answers; the phone changes its mind (by key).
  let item = await question(0, [null, 'claim', 'disputed']);
  await answer(phone, wrong(item.verdict, 0), 'key');
  await answer(phone, item.verdict, 'key');
  given[0]![0] = item.verdict;
  await expectAnswers(host, 3);
  await reveal(0, item);
  // "Read in context" on a device: the source, with later questions' passages cut out.
  await typed.getByRole('button', { name: 'Read in context' }).first().click();
  await expect(typed.getByRole('dialog').locator('mark').first()).toBeVisible();
  await typed.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await host.getByRole('button', { name: 'Next question' }).click();

  // 2. A student reloads after answering: same seat, answer and score.
  item = await question(1, [null, null, null]);
  await answer(qr, wrong(item.verdict, 1));
  given[1]![1] = wrong(item.verdict, 1);
  await qr.reload();
  await expect(screen(qr, 'class-question')).toBeVisible();
  await expect(qr.getByRole('button', { name: LABEL[wrong(item.verdict, 1)], exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expectAnswers(host, 1);
  await answer(phone, item.verdict, 'key');
  given[0]![1] = item.verdict;
  await answer(typed, item.verdict);
  given[2]![1] = item.verdict;
  // The host reloads too, and gets the session back.
  await host.reload();
  await expect(screen(host, 'host-question')).toBeVisible();
  await expect(host.locator('.code-tag')).toHaveText(`Code ${code.slice(0, 3)} ${code.slice(3)}`);
  await expectAnswers(host, 3);
  await reveal(1, item);
  await host.getByRole('button', { name: 'Next question' }).click();

  // 3. The server is killed mid-question and comes back: the host resumes, students rejoin, no answer is lost.
  item = await question(2, [null, null, null]);
  await answer(phone, item.verdict, 'key');
  given[0]![2] = item.verdict;
  await answer(typed, wrong(item.verdict, 0));
  given[2]![2] = wrong(item.verdict, 0);
  await expectAnswers(host, 2);
  await server.kill();
  await expect(host.locator('.link-banner')).toBeVisible();
  for (const s of students) await expect(s.page.locator('.link-banner')).toBeVisible();
  server = await startClassServer({ port });
  await expect(host.locator('.link-banner')).toBeHidden();
  for (const s of students) await expect(s.page.locator('.link-banner')).toBeHidden();
  await expectAnswers(host, 2);
  await expect(phone.getByRole('button', { name: LABEL[item.verdict], exact: true })).toHaveAttribute('aria-pressed', 'true');
  await answer(qr, item.verdict);
  given[1]![2] = item.verdict;
  await expectAnswers(host, 3);
  await reveal(2, item);

  // Every item's key reached the students only with its reveal (and did reach them then).
  for (const [k, s] of students.entries()) {
    for (const [q, it] of items.entries()) {
      const at = firstFrameWith(s.frames, secretsOf(it, shown.slice(0, shown.indexOf(squash(it.quote.text)) + 1)));
      expect(at, `${s.name} never got item ${it.id}'s key`).toBeGreaterThanOrEqual(0);
      expect(at, `${s.name} got item ${it.id}'s key before its reveal`).toBeGreaterThanOrEqual(revealedAt[q]![k]!);
    }
  }

  // 4. The session ends; students see their own summary; the report matches.
  await host.getByRole('button', { name: 'End the session' }).click();
  await host.getByRole('dialog').getByRole('button', { name: 'End the session' }).click();
  await expect(screen(host, 'host-summary')).toBeVisible();
  await expect(host.getByRole('table', { name: 'Confusion matrix' })).toBeVisible();
  for (const s of students) await expect(screen(s.page, 'class-summary')).toBeVisible();
  const [download] = await Promise.all([host.waitForEvent('download'), host.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(csv.slice(1));
  const start = rows.findIndex((r) => r[0] === 'Answers') + 2;
  const answerRows = rows.slice(start, start + students.length * items.length);
  for (const [k, s] of students.entries()) {
    const name = s.name.startsWith('=') ? `'${s.name}` : s.name;
    for (const [q, it] of items.entries()) {
      const row = answerRows[k * items.length + q]!;
      const v = given[k]![q];
      expect(row.slice(0, 6)).toEqual([name, it.id, it.quote.text, v ? LABEL[v] : 'no answer', LABEL[it.verdict], v ? (v === it.verdict ? 'yes' : 'no') : '']);
      expect(Number(row[7])).toBeGreaterThanOrEqual(0);
    }
  }

  // The session is listed afterwards, with its report.
  await host.getByRole('button', { name: 'Host another session' }).click();
  await expect(screen(host, 'host-setup')).toBeVisible();
  await expect(host.getByRole('button', { name: /Download the report of/ })).toHaveCount(1);
});

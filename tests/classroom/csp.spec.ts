/**
 * The production server sends every page with a content security policy (src/server/static.ts):
 * a script that slipped into a page is refused, and every surface still works under it — a solo
 * round to its reveal (the stage and the sound cues too), presenter mode, the studio (its
 * checker runs in a worker), and a class from the lobby's QR code to a student's answer.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { freePort, startClassServer, type ClassServer } from './processes';
import { answer, join, LABEL, newStudent, openClass, screen } from './pages';

let server: ClassServer | null = null;
test.beforeAll(async () => {
  server = await startClassServer({ port: await freePort() });
});
test.afterAll(async () => {
  await server?.stop();
});

/** Every violation the browser reports in this context's pages, as "directive: blocked address". */
async function watchViolations(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  return (page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('every surface works under the content security policy, and an injected script does not run', async ({ browser }) => {
  test.setTimeout(240_000);
  const base = server!.url;
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const violations = await watchViolations(context);
  const page = await context.newPage();

  // Solo: a quick round to the first reveal.
  const response = await page.goto(base);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.getByRole('button', { name: 'Quick round' }).click();
  await expect(screen(page, 'round')).toBeVisible();
  await page.getByRole('button', { name: LABEL.claim, exact: true }).click();
  await expect(screen(page, 'reveal')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Why' })).toBeVisible();
  expect(await violations(page), 'the solo game').toEqual([]);

  // Markup that reached a page cannot run a script.
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __ran?: boolean; __violations: string[] };
    const box = document.createElement('div');
    box.innerHTML = '<img src="x" onerror="window.__ran = true">';
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(box, script);
    await new Promise((r) => setTimeout(r, 300));
    const caught = w.__violations.splice(0);
    box.remove();
    script.remove();
    return { ran: w.__ran === true, caught };
  });
  expect(ran.ran).toBe(false);
  expect(ran.caught.some((v) => v.startsWith('script-src'))).toBe(true);

  // Presenter mode's first slide.
  await page.goto(`${base}present/`);
  await expect(page.locator('[data-screen="present-setup"]')).toBeVisible();
  await page.getByRole('button', { name: 'Start presenting' }).click();
  await expect(page.locator('.present-quote blockquote')).toBeVisible();
  expect(await violations(page), 'presenter mode').toEqual([]);

  // The studio, its checker worker done with the built-in pack.
  await page.goto(`${base}studio/`);
  await page.getByRole('button', { name: 'Edit a copy of the built-in pack' }).click();
  await expect(page.getByRole('tab', { name: 'Check (ready)' })).toBeVisible();
  expect(await violations(page), 'the studio').toEqual([]);

  // A class: the lobby with its QR code, a student joining from it, a question answered and revealed.
  const code = await openClass(page, base);
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const student = await newStudent(browser);
  const studentViolations = await watchViolations(student.context());
  await join(student, base, code, { qr: true });
  await page.getByRole('button', { name: 'Start the first question' }).click();
  await answer(student, 'claim');
  await page.getByRole('button', { name: 'Close answers' }).click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(screen(student, 'class-reveal')).toBeVisible();
  expect(await violations(page), 'the host').toEqual([]);
  expect(await studentViolations(student), 'the student').toEqual([]);
  await student.context().close();
  await context.close();
});

/**
 * A hostile pack: every free-text field carries markup or script. All of it must show as
 * plain text; nothing may run, load or open a dialog.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectSummary, fixture, openGame, playRound, readPack, screen, squash, wrongFor } from './helpers';

test.use({ reducedMotion: 'reduce' });

const FILE = fixture('hostile.pack.json');
const pack = readPack(FILE);

/** Elements that pack text could only have produced by being parsed as HTML. */
async function expectNothingInjected(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    elements: [...document.querySelectorAll('img, iframe, object, embed, script:not([src]), [onerror], [onload], [onmouseover], a[href^="javascript:"]')].map(
      (e) => e.outerHTML.slice(0, 80),
    ),
  }));
  expect(found.pwned).toBeUndefined();
  expect(found.elements).toEqual([]);
}

test('markup and script in every field of a pack show as plain text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openGame(page);
  await page.getByLabel('Open a pack file').setInputFiles(FILE);
  await expect(page.getByRole('status').filter({ hasText: `Added “${pack.title}”.` })).toBeVisible();

  // The title, description and audience as literal text.
  const radio = page.getByRole('radio', { name: pack.title, exact: true });
  await expect(radio).toBeChecked();
  const card = page.getByRole('listitem').filter({ has: radio });
  await expect(card).toContainText(squash(pack.description!));
  await expect(card).toContainText(pack.audience!);
  await expect(page.getByRole('heading', { level: 2, name: pack.title })).toBeVisible();
  await expectNothingInjected(page);

  await page.getByRole('button', { name: 'Quick round' }).click();
  await expect(screen(page, 'round').getByRole('figure')).toContainText(/<(img|svg) (src|onload)=/);
  let links = 0;
  // Every answer wrong, so the summary lists every item; each reveal's evidence is compared with the pack.
  const answers = await playRound(page, pack, 3, {
    input: 'pointer',
    choose: (item, i) => wrongFor(item.verdict, i),
    onScreen: async (name) => {
      if (name !== 'reveal') return;
      // Read each passage in context: the source's title, outlet, author, link and text.
      const buttons = page.getByRole('list', { name: 'Evidence' }).getByRole('button', { name: 'Read in context' });
      for (let k = 0; k < (await buttons.count()); k++) {
        await buttons.nth(k).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toContainText('Read in context');
        await expect(dialog.getByRole('heading', { level: 2 })).toContainText(/<(script|iframe)/);
        await expect(dialog.locator('.source-text')).toContainText('<img src=');
        // A source's web address is a link only as an http(s) URL, its markup escaped: to the
        // article, and to the article at the passage (a text fragment, percent-encoded).
        const link = dialog.getByRole('link');
        if ((await link.count()) > 0) {
          links++;
          await expect(link).toHaveText(['This passage in the original at <svg onload=window.__pwned=1> Outlet A', 'The original at <svg onload=window.__pwned=1> Outlet A']);
          const href = /^https:\/\/example\.org\/%22%3E%3Cimg\/src=x\/onerror=window\.__pwned=1%3E/;
          await expect(link.nth(1)).toHaveAttribute('href', new RegExp(`${href.source}$`));
          await expect(link.nth(0)).toHaveAttribute('href', new RegExp(`${href.source}#:~:text=[^<>"'\\s]+$`));
        }
        await expectNothingInjected(page);
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
    },
  });
  await expectSummary(page, pack, answers);
  expect(links, 'the source with a web address was opened in context').toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: 'Missed items' })).toContainText('<svg onload=window.__pwned=1>');
  await page.getByRole('button', { name: 'Review' }).first().click();
  await expect(page.getByRole('dialog', { name: 'A question you missed' })).toContainText('<iframe srcdoc=');
  await expectNothingInjected(page);
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Back to packs' }).click();
  await page.getByRole('button', { name: `Remove ${pack.title}` }).click();
  await expect(radio).toHaveCount(0);
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
});

/** Smoke: the built game loads without errors and its stage runs on WebGL (no silent Canvas fallback). */
import { expect, test } from '@playwright/test';
import { openGame } from './helpers';

test('the game loads, with a WebGL stage and no errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await openGame(page);
  await expect(page).toHaveTitle(/Sourced/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sourced.');
  await expect(page.locator('#stage')).toHaveAttribute('data-renderer', 'webgl');
  await expect(page.locator('#stage > canvas')).toHaveCount(1);
  // The game really holds a WebGL context (not a Canvas renderer labelled otherwise).
  const gl = await page.evaluate(() => {
    const stage = (window as unknown as { __sourced: { stage: { game: { renderer: { gl?: unknown } } } | null } }).__sourced.stage;
    const ctx = stage?.game.renderer.gl;
    return ctx instanceof WebGL2RenderingContext ? 'webgl2' : ctx instanceof WebGLRenderingContext ? 'webgl' : String(ctx);
  });
  expect(gl).toMatch(/^webgl2?$/);
  expect(errors).toEqual([]);
});

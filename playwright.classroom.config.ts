import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tools/chromium.ts';

/**
 * The live classroom's end-to-end tests: real Chromium against the production server
 * (`src/server/main.ts` on the built `dist/`), which each test starts, kills and restarts
 * itself on free local ports — so there is no `webServer` here. One worker: every test runs
 * a whole class (a host and several students) on this 2-core machine.
 */
export default defineConfig({
  testDir: 'tests/classroom',
  outputDir: 'test-results/classroom',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/classroom' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
    reducedMotion: 'reduce',
    trace: 'off', // as in playwright.config.ts: record one with --trace on
    screenshot: 'only-on-failure',
  },
});

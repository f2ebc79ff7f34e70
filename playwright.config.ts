import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tools/chromium.ts';

// E2E_PORT lets several checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end tests on the production build (`npm run build`), served by `vite preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
    // A recorded trace costs about a quarter more CPU per test on these 2 cores even when it is
    // thrown away, and CI keeps none: record one when debugging, with --trace on.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN, E2E_HTTP_PORT, E2E_ONLINE_PORT } from './apps/web/e2e/support/e2e-settings';

// End-to-end tests of the staff console against the real server on a fresh embedded database.
// `npm run test:e2e` builds the console first; the server serves it from apps/web/dist.

// A fresh data directory per run, made once in the runner process (the workers inherit it).
const dataDir = process.env.SIUI_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'siui-e2e-'));
process.env.SIUI_E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'apps/web/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The JSON report feeds the one-line summary of `npm test` (scripts/test.mjs).
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_HTTP_PORT}`,
    locale: 'ro-RO',
    screenshot: 'on',
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      // Each spec is a whole seed workflow (log in, many screens, a PDF): 30 s is tight on a busy CI.
      timeout: 60_000,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
    {
      // The provider desktop (apps/desktop): its specs start their own SIUI server and desktop
      // processes on free ports, so they do not use the console's webServer below.
      name: 'desktop',
      testDir: 'apps/desktop/e2e',
      timeout: 90_000,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
    {
      // The user guide (docs/ghid-utilizare.md, docs/user-guide.md): its specs build the `siui demo`
      // scene on a fresh data directory and free ports, start the server and a provider desktop, walk
      // the guide's steps and take its figures (docs/img/ with `npm run docs:screenshots`).
      name: 'docs',
      testDir: 'docs/screenshots',
      timeout: 120_000,
      // Several programs at once (server, desktop, two windows): give a busy machine some slack.
      expect: { timeout: 15_000 },
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
  ],
  webServer: {
    command: 'node apps/server/bin/siui.js serve',
    url: `http://127.0.0.1:${E2E_HTTP_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      SIUI_DATA_DIR: dataDir,
      SIUI_HTTP_PORT: String(E2E_HTTP_PORT),
      SIUI_ONLINE_PORT: String(E2E_ONLINE_PORT),
      SIUI_ADMIN_PASSWORD: E2E_ADMIN.password,
    },
  },
});

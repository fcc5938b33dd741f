// Browser journeys (e2e/*.spec.ts) in the machine's Chromium; Playwright downloads no browser.
// Each worker starts its own Weerbaar server on a free port with a fresh data folder
// (e2e/support/server.ts), copied from a migrated template that globalSetup makes once per run
// (e2e/support/global-setup.ts, which also builds the web app when it is missing); tests get its
// address as baseURL. `app.cli([...])` runs the command inside that server (e2e/support/serve.ts).
//
// One project per spec file: a worker belongs to one project, so every file gets a server and a
// data folder of its own. Journeys set up people (and the demo's staff enrol a second factor), so a
// file must not find what another file left behind.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const specs = fs
  .readdirSync(path.join(import.meta.dirname, 'e2e'))
  .filter((file) => file.endsWith('.spec.ts'))
  .sort();

const chromium = process.env.WEERBAAR_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/support/global-setup.ts',
  projects: specs.map((file) => ({ name: file.replace(/\.spec\.ts$/, ''), testMatch: file })),
  outputDir: 'test-results',
  // Retries would hide flaky journeys; a flaky test is a bug to fix.
  retries: 0,
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
  },
});

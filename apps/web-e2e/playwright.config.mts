import { defineConfig, devices } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

// The browser tests start the whole system (API, worker, web) on a throwaway database of the
// PostgreSQL server with the demo data: `npm run start:e2e`. BASE_URL points at another one.
const webPort = process.env['E2E_WEB_PORT'] ?? '4911';
const baseURL = process.env['BASE_URL'] ?? `http://localhost:${webPort}`;

export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  // One system under test, shared: two workers are what two cores can carry.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: 'node tools/start.mjs --e2e',
        // Through the web app's proxy: ready once both the web app and the API answer.
        url: `${baseURL}/api/health/ready`,
        reuseExistingServer: false,
        // SIGTERM lets the start script stop its children and drop the throwaway database.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
        timeout: 10 * 60_000,
        cwd: workspaceRoot,
        env: { PORT: process.env['E2E_API_PORT'] ?? '3911', WEB_PORT: webPort },
        stdout: 'ignore',
        stderr: 'pipe',
      },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's chromium: Playwright cannot download its own browser here.
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});

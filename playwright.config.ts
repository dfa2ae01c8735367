import { defineConfig } from '@playwright/test';
import { chromiumArgs, findBrowser } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

// `npm test` builds with SITE_URL set to this server, so canonical and og:image URLs can be fetched;
// the tests' own imports of lib/ must agree with the build.
process.env.SITE_URL ??= baseURL;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    launchOptions: { executablePath: findBrowser(), args: chromiumArgs },
  },
  // The production build, served the way it is deployed. `npm test` builds first.
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

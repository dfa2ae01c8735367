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
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    launchOptions: { executablePath: findBrowser(), args: chromiumArgs },
  },
  // The static export, served the way it is deployed (npm start). `npm test` builds first.
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port), HOST: '127.0.0.1' },
    url: `${baseURL}/`,
    // Never test a stale server left running from an earlier build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

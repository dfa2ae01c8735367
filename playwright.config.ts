import { defineConfig } from '@playwright/test';
import { chromiumArgs, findBrowser } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
const hostPort = Number(process.env.E2E_HOST_PORT ?? 3101);
/** out/ served by Cloudflare Pages' own local runtime (wrangler), for the deploy test. */
export const hostURL = `http://127.0.0.1:${hostPort}`;

// `npm test` builds with SITE_URL set to this server, so canonical and og:image URLs can be fetched;
// the tests' own imports of lib/ must agree with the build.
process.env.SITE_URL ??= baseURL;

// The deploy test runs only when E2E_HOST=1 (npm test sets it, and so CI): Playwright starts every
// webServer whatever --project or file filter a run names, and booting Cloudflare's runtime for a
// run that does not test it costs seconds, or every test where workerd cannot run. npm run lint sets
// it too, so knip reading this file sees wrangler in use.
const withHost = process.env.E2E_HOST === '1';

/** out/ on Cloudflare Pages' local runtime, for the deploy test (tests/e2e/host). */
const cloudflarePages = {
  // Offline: no telemetry, no update check (it comes with the banner) and no download of the
  // `request.cf` sample from Cloudflare. The compatibility date is the newest the pinned
  // runtime supports, fixed so a wrangler upgrade is the only thing that changes it.
  command: `npx wrangler pages dev out --ip 127.0.0.1 --port ${hostPort} --compatibility-date 2026-04-26 --log-level warn`,
  env: {
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  },
  url: `${hostURL}/`,
  // Its warnings show in the test output: one for each Netlify-only line of out/_redirects, which it
  // is meant to skip (scripts/build/redirect-rules.mjs), and any other, such as a _headers rule.
  stdout: 'pipe' as const,
  reuseExistingServer: false,
  timeout: 60_000,
};

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
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
  projects: [
    // The static export, served the way npm start serves it. `npm test` builds first.
    { name: 'npm-start', testIgnore: 'host/**' },
    // The same export on a real host's runtime, compared with npm start.
    ...(withHost ? [{ name: 'cloudflare-pages', testDir: 'tests/e2e/host', use: { baseURL: hostURL } }] : []),
  ],
  // Never test a stale server left running from an earlier build.
  webServer: [
    {
      command: `node scripts/serve.mjs`,
      env: { PORT: String(port), HOST: '127.0.0.1' },
      url: `${baseURL}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(withHost ? [cloudflarePages] : []),
  ],
});

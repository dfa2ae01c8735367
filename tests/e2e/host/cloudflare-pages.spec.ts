// The deploy test: out/ served by Cloudflare Pages' own runtime (wrangler pages dev, started by
// playwright.config.ts) must answer every address as npm start does, so what the other browser
// tests prove of npm start holds on the host.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { baseURL, hostURL } from '../../../playwright.config';
import { listFiles, urlPathOf } from '@/scripts/build/export-files.mjs';
import { resultPaths } from '../search-results';
import { publishedUrls, sitemapPaths } from '../site-paths';

/** Our headers. The host adds others of its own (Access-Control-Allow-Origin: *, for one). */
const COMPARED = [
  'cache-control',
  'content-security-policy',
  'cross-origin-resource-policy',
  'permissions-policy',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'location',
];

const pages = [...new Set([...sitemapPaths(), ...publishedUrls().map((url) => url.split('#')[0]!)])];
// Every file the host publishes, at the address it serves it at: pages, embed cards, feeds, social
// cards, the stylesheet and the search index. Not the 404 page, which Cloudflare also serves at
// /404 with status 200, where npm start answers 404 (tests/e2e/not-found.spec.ts).
const files = listFiles('out')
  .filter((file) => !['_headers', '_redirects', '404.html'].includes(file) && !/\.(br|gz)$/.test(file))
  .map(urlPathOf);
const served = [...new Set([...pages, ...files])];
// A page's other addresses, with a query a clinic's link might carry.
const redirected = [
  ...pages.filter((path) => path !== '/').flatMap((path) => [`${path}/?from=clinic`, `${path}.html?from=clinic`]),
  '/index.html?from=clinic',
  '/index',
  '/embed/scars/',
];
const unknown = ['/no-such-page', '/no-such-page/', '/scars/extra', '/embed/no-such-card', '/social-cards/none.png'];

/**
 * The host's answer to one address (redirects not followed), once it has the status expected and
 * the same status, our headers and media type as npm start's answer.
 */
async function hostAnswer(request: APIRequestContext, path: string, status: number): Promise<APIResponse> {
  const [host, local] = await Promise.all([
    request.get(`${hostURL}${path}`, { maxRedirects: 0 }),
    request.get(`${baseURL}${path}`, { maxRedirects: 0 }),
  ]);
  expect(host.status(), path).toBe(status);
  expect(local.status(), `${path} from npm start`).toBe(status);
  for (const name of COMPARED) expect(host.headers()[name], `${path}: ${name}`).toBe(local.headers()[name]);
  const mediaType = (response: APIResponse) => response.headers()['content-type']?.split(';')[0];
  if (status !== 308) expect(mediaType(host), `${path}: content-type`).toBe(mediaType(local));
  return host;
}

test('every page, published URL, embed card, feed, social card and asset answers 200 with npm start’s headers', async ({
  request,
}) => {
  for (const path of served) await hostAnswer(request, path, 200);
});

test('a page’s other addresses get a 308 to its clean URL, keeping the query, as from npm start', async ({
  request,
}) => {
  for (const path of redirected) {
    const [pathname = '', query] = path.split('?');
    const clean = pathname
      .replace(/\/$/, '')
      .replace(/\.html$/, '')
      .replace(/^\/index$/, '/');
    const host = await hostAnswer(request, path, 308);
    expect(host.headers()['location'], path).toBe(query === undefined ? clean : `${clean}?${query}`);
  }
});

test('an unknown URL gets the 404 page with status 404, never stored, as from npm start', async ({ request }) => {
  for (const path of unknown) {
    const host = await hostAnswer(request, path, 404);
    expect(await host.text(), path).toContain('Page not found');
    expect(host.headers()['cache-control'], path).toBe('no-store');
  }
});

test('only the embed cards may be framed, by any site', async ({ page }) => {
  const framed = ['/embed/scars', '/', '/scars', '/search', '/faq'];
  // A clinic's page on another origin, served here. (A page the browser is handed by page.route
  // counts as public, and Chromium refuses any frame from it to this machine.)
  const clinic = http.createServer((_request, response) =>
    response
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(framed.map((path) => `<iframe src="${hostURL}${path}"></iframe>`).join('')),
  );
  await new Promise<void>((resolve) => clinic.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(clinic.address() as AddressInfo).port}/`);
    const frames = page.locator('iframe');
    for (const [index, path] of framed.entries()) {
      const frame = (await frames.nth(index).elementHandle())!;
      // A refused frame is shown Chromium's error page instead of ours. (Chromium drops the refused
      // responses unread, which workerd logs as a "Broken pipe" error; it is expected.)
      await expect
        .poll(async () => (await frame.contentFrame())?.url(), path)
        .toBe(path.startsWith('/embed/') ? `${hostURL}${path}` : 'chrome-error://chromewebdata/');
    }
  } finally {
    clinic.close();
  }
});

/** Console errors from now on; Chromium reports each Content-Security-Policy violation as one. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  return errors;
}

test('every page and an embed card load on the host with no policy violation or other error', async ({ page }) => {
  const errors = consoleErrors(page);
  for (const path of [...sitemapPaths(), '/embed/scars']) await page.goto(path);
  expect(errors).toEqual([]);
});

test('/search runs its script on the host and lists results', async ({ page }) => {
  const errors = consoleErrors(page);
  expect(await resultPaths(page, 'keloid')).toContain('/scars');
  expect(errors).toEqual([]);
});

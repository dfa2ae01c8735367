import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-paths';

// Every page has one address. Its others answer 308 with the clean URL and the query the link
// carried, as Cloudflare Pages' runtime does (tests/e2e/host checks the two agree).
const query = '?utm_source=clinic&x=%3Cb%3E';

test('a trailing slash or .html sends every page to its clean URL, keeping the query', async ({ request }) => {
  for (const path of sitemapPaths().filter((path) => path !== '/')) {
    for (const other of [`${path}/`, `${path}.html`]) {
      const response = await request.get(`${other}${query}`, { maxRedirects: 0 });
      expect(response.status(), other).toBe(308);
      expect(response.headers()['location'], other).toBe(`${path}${query}`);
    }
  }
});

test('the home page has one address: /index and /index.html send to /', async ({ request }) => {
  for (const other of ['/index', '/index.html']) {
    const response = await request.get(`${other}${query}`, { maxRedirects: 0 });
    expect(response.status(), other).toBe(308);
    expect(response.headers()['location'], other).toBe(`/${query}`);
  }
});

test('an embed card has one address too', async ({ request }) => {
  for (const other of ['/embed/scars/', '/embed/scars.html']) {
    const response = await request.get(other, { maxRedirects: 0 });
    expect(response.status(), other).toBe(308);
    expect(response.headers()['location'], other).toBe('/embed/scars');
  }
});

test('a trailing slash on an address with no page is a 404, not a redirect', async ({ request }) => {
  for (const path of ['/no-such-page/', '/embed/', '/social-cards/']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

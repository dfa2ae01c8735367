import { expect, test, type APIResponse } from '@playwright/test';
import { embedHeaders, noFramingHeaders, securityHeaders, type Header } from '@/lib/http-headers.mjs';

function expectHeaders(response: APIResponse, expected: Header[]) {
  const headers = response.headers();
  for (const { key, value } of expected) expect(headers[key.toLowerCase()], key).toBe(value);
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
}

const pageHeaders = [...securityHeaders, ...noFramingHeaders];

test.describe('security headers', () => {
  test('are on an article page, which may not be framed', async ({ request }) => {
    const response = await request.get('/scars');
    expect(response.status()).toBe(200);
    expectHeaders(response, pageHeaders);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('are on the home page and the feeds', async ({ request }) => {
    for (const path of ['/', '/feed.json', '/feed.xml', '/sitemap.xml']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectHeaders(response, pageHeaders);
    }
  });

  test('are on a hashed static asset, which is cached for a year and immutable', async ({ request, page }) => {
    await page.goto('/');
    const src = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    const response = await request.get(src!);
    expect(response.status()).toBe(200);
    expectHeaders(response, pageHeaders);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('are on the 404 page', async ({ request }) => {
    const response = await request.get('/no-such-page');
    expect(response.status()).toBe(404);
    expectHeaders(response, pageHeaders);
  });

  test('let only the embed cards be framed, by any site', async ({ request }) => {
    const response = await request.get('/embed/scars');
    expect(response.status()).toBe(200);
    expectHeaders(response, [...securityHeaders, ...embedHeaders]);
    expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(response.headers()['x-frame-options']).toBeUndefined();
  });
});

test.describe('caching', () => {
  test('lets a CDN keep pages, feeds and embed cards for an hour and serve them stale for a day', async ({
    request,
  }) => {
    for (const path of ['/', '/scars', '/faq', '/feed.json', '/feed.xml', '/embed/scars']) {
      const response = await request.get(path);
      expect(response.headers()['cache-control'], path).toBe('s-maxage=3600, stale-while-revalidate=82800');
    }
  });

  test('never lets anyone cache the 404 page', async ({ request }) => {
    expect((await request.get('/no-such-page')).headers()['cache-control']).toContain('no-store');
  });
});

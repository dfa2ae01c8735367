import { expect, test, type APIResponse } from '@playwright/test';
import { contentSecurityPolicy, securityHeaders } from '@/lib/http-headers.mjs';

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  for (const { key, value } of securityHeaders) expect(headers[key.toLowerCase()], key).toBe(value);
  expect(headers['content-security-policy']).toBe(contentSecurityPolicy());
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
}

test.describe('security headers', () => {
  test('are on an article page', async ({ request }) => {
    const response = await request.get('/scars');
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response);
  });

  test('are on a hashed static asset, which is cached for a year and immutable', async ({ request, page }) => {
    await page.goto('/');
    const src = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    const response = await request.get(src!);
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('are on the 404 page', async ({ request }) => {
    const response = await request.get('/no-such-page');
    expect(response.status()).toBe(404);
    expectSecurityHeaders(response);
  });
});

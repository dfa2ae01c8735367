import fs from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { cacheControl, headersFor, parseHeadersFile, securityHeaders, type Header } from '@/lib/http-headers.mjs';
import { sitemapPaths } from './site-paths';

const rules = parseHeadersFile(fs.readFileSync('out/_headers', 'utf8'));

function expectHeaders(response: APIResponse, expected: Header[]) {
  const headers = response.headers();
  for (const { key, value } of expected) expect(headers[key.toLowerCase()], key).toBe(value);
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
}

const policy = (response: APIResponse) => response.headers()['content-security-policy'] ?? '';

test.describe('security headers', () => {
  test('every page gets exactly the headers out/_headers gives a CDN, with a strict policy', async ({ request }) => {
    for (const path of sitemapPaths()) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectHeaders(response, [...securityHeaders, ...headersFor(rules, path)]);
      expect(policy(response), path).toContain("default-src 'none'");
      expect(policy(response), path).toContain("frame-ancestors 'none'");
      expect(policy(response), path).not.toContain('unsafe-inline');
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
      expect(response.headers()['cache-control'], path).toBe(cacheControl.page);
      // Only the search page may run WebAssembly (Pagefind).
      expect(policy(response).includes("'wasm-unsafe-eval'"), path).toBe(path === '/search');
    }
  });

  test('are on a hashed stylesheet, which is cached for a year and immutable', async ({ request, page }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute('href');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/css');
    expectHeaders(response, [...securityHeaders, { key: 'Cache-Control', value: cacheControl.immutable }]);
  });

  test('are on the 404 page, which no one may cache', async ({ request }) => {
    const response = await request.get('/no-such-page');
    expect(response.status()).toBe(404);
    expectHeaders(response, [...securityHeaders, ...headersFor(rules, '/404')]);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(policy(response)).toContain("frame-ancestors 'none'");
  });

  test('let only the embed cards be framed, by any site', async ({ request }) => {
    const response = await request.get('/embed/scars');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expectHeaders(response, [...securityHeaders, ...headersFor(rules, '/embed/scars')]);
    expect(policy(response)).toContain('frame-ancestors *');
    expect(response.headers()['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers()['x-frame-options']).toBeUndefined();
  });

  test('feeds, social cards and the search index are cached like pages', async ({ request }) => {
    for (const path of [
      '/feed.json',
      '/feed.xml',
      '/sitemap.xml',
      '/social-cards/scars.png',
      '/pagefind/pagefind.js',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectHeaders(response, [...securityHeaders, { key: 'Cache-Control', value: cacheControl.page }]);
    }
  });

  test('pages come precompressed with brotli when the browser accepts it', async ({ request }) => {
    const response = await request.get('/scars', { headers: { 'Accept-Encoding': 'br' } });
    expect(response.headers()['content-encoding']).toBe('br');
    expect(response.headers()['vary']).toContain('Accept-Encoding');
  });
});

test('no page loads a script from /_next/ or any script file of its own', async ({ request }) => {
  const embeds = fs.readdirSync('out/embed').map((file) => `/embed/${file.replace(/\.html.*$/, '')}`);
  for (const path of [...sitemapPaths(), ...new Set(embeds), '/no-such-page']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(html, path).not.toMatch(/<link[^>]*rel="(?:module)?preload"[^>]*as="script"/);
    expect(html, path).not.toContain('self.__next_f');
    const sources = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
    // /search imports /search.js from a one-line inline loader, and only when there is a query.
    expect(sources, path).toEqual([]);
  }
});

test('the home page passes each check of the MDN HTTP Observatory that plain HTTP allows', async ({ request }) => {
  // The Observatory's own scanner downloads lists from the internet when installed, so this test
  // checks its criteria directly; docs/performance.md has the scanner's grade for this server.
  const response = await request.get('/', { headers: { Origin: 'https://example.org' } });
  const headers = response.headers();
  const directives = new Map(
    (headers['content-security-policy'] ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'none'"]);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", 'data:', 'http:', 'https:', '*']) {
    expect(directives.get('script-src'), unsafe).not.toContain(unsafe);
    expect(directives.get('style-src'), unsafe).not.toContain(unsafe);
  }
  expect(directives.get('object-src') ?? directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.has('base-uri') && directives.has('form-action')).toBe(true);
  expect(headers['referrer-policy']).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
    15_768_000,
  );
  expect(headers['set-cookie']).toBeUndefined();
  expect(headers['access-control-allow-origin']).toBeUndefined();
});

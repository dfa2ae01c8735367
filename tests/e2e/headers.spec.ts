import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { cacheControl, securityHeaders, type Header } from '@/lib/publish/http-headers.mjs';
import { sitemapPaths } from './site-paths';

// Expectations come from the inputs of the rule builder (lib/publish/http-headers.mjs) and from the served
// pages themselves, never from out/_headers, which the server under test reads.

function expectHeaders(response: APIResponse, expected: Header[]) {
  const headers = response.headers();
  for (const { key, value } of expected) expect(headers[key.toLowerCase()], key).toBe(value);
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
}

const policy = (response: APIResponse) => response.headers()['content-security-policy'] ?? '';
const withoutFrameAncestors = (text: string) => text.replace(/; frame-ancestors [^;]*$/, '');

/**
 * The CSP sources a browser needs for a page's inline scripts and styles, worked out here rather than
 * with the build's own hashing, so a mistake there cannot agree with itself: the SHA-256 of each
 * element's exact text, base64. Script and style contents are raw text in HTML, so the text is what
 * lies between the tags. Data blocks such as JSON-LD do not run, so CSP does not cover them.
 */
function inlineSources(html: string) {
  const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const elements = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))].map((match) => ({
      attributes: match[1] ?? '',
      text: match[2] ?? '',
    }));
  const runs = (attributes: string) => {
    const type = /\stype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    return (
      !/\ssrc=/i.test(attributes) &&
      (type === undefined || type === 'module' || /^(text|application)\/javascript$/.test(type))
    );
  };
  return {
    scripts: elements('script')
      .filter((script) => runs(script.attributes))
      .map((script) => sha256(script.text)),
    styles: elements('style').map((style) => sha256(style.text)),
  };
}

test.describe('security headers', () => {
  test('every page gets the one site policy, which allows its inline code by hash and no framing', async ({
    request,
  }) => {
    const policies = new Set<string>();
    for (const path of sitemapPaths()) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectHeaders(response, [
        ...securityHeaders,
        { key: 'Cache-Control', value: cacheControl.page },
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
      ]);
      const sources = policy(response).split('; ');
      expect(sources, path).toContain("default-src 'none'");
      expect(sources, path).toContain("frame-ancestors 'none'");
      expect(policy(response), path).not.toContain('unsafe-inline');
      const inline = inlineSources(await response.text());
      const directive = (name: string) => sources.find((source) => source.startsWith(`${name} `))?.split(' ') ?? [];
      for (const hash of inline.scripts) expect(directive('script-src'), path).toContain(hash);
      for (const hash of inline.styles) expect(directive('style-src'), path).toContain(hash);
      policies.add(policy(response));
    }
    expect(policies.size).toBe(1);
    // Pagefind on /search runs WebAssembly.
    expect([...policies][0]).toContain("'wasm-unsafe-eval'");
  });

  test('are on a hashed stylesheet, which is cached for a year and immutable', async ({ request, page }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute('href');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/css');
    expectHeaders(response, [...securityHeaders, { key: 'Cache-Control', value: cacheControl.immutable }]);
  });

  test('an unknown URL gets only the headers every response shares, as on a CDN, and is never stored', async ({
    request,
  }) => {
    // Hosts match rules against the requested path, and no rule but `/*` names an unknown one.
    const response = await request.get('/no-such-page');
    expect(response.status()).toBe(404);
    expectHeaders(response, [...securityHeaders, { key: 'Cache-Control', value: 'no-store' }]);
    expect(response.headers()['content-security-policy']).toBeUndefined();
  });

  test('the 404 page at /404 gets the page policy and is never stored', async ({ request }) => {
    const response = await request.get('/404');
    expect(response.status()).toBe(404);
    expectHeaders(response, [...securityHeaders, { key: 'Cache-Control', value: 'no-store' }]);
    expect(policy(response)).toContain("frame-ancestors 'none'");
  });

  test('let only the embed cards be framed, by any site, under the site policy', async ({ request }) => {
    const [card, page] = await Promise.all([request.get('/embed/scars'), request.get('/scars')]);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('text/html; charset=utf-8');
    expectHeaders(card, [
      ...securityHeaders,
      { key: 'Cache-Control', value: cacheControl.page },
      { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
    ]);
    expect(policy(card)).toMatch(/; frame-ancestors \*$/);
    expect(withoutFrameAncestors(policy(card))).toBe(withoutFrameAncestors(policy(page)));
    expect(card.headers()['x-frame-options']).toBeUndefined();
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

import { describe, expect, it } from 'vitest';
import { cacheControl, headersFor, securityHeaders, type HeaderRule } from '@/lib/publish/http-headers.mjs';
import {
  assertNoRepeatedHeader,
  headerRules,
  headersFileWithinLimits,
  HOST_LIMITS,
} from '@/scripts/build/header-rules.mjs';

const policy = {
  scriptHashes: ['sha256-faq=', 'sha256-search='],
  styleHashes: ['sha256-print=', 'sha256-card='],
  wasm: true,
  framesOwnPages: true,
};
const files = [
  '404.html',
  '_headers',
  '_redirects',
  '_next/static/chunks/a.css',
  '_next/static/chunks/a.css.br',
  'embed/risks.html',
  'embed/scars.html',
  'feed.xml',
  'index.html',
  'pagefind/pagefind.js',
  'scars.html',
  'scars.html.br',
  'scars.html.gz',
  'social-cards/scars.png',
];
const rules = headerRules({ files, policy });
/** The headers a host gives a request path, by lowercase name; throws on a header given twice. */
const headers = (path: string) => {
  const list = headersFor(rules, path);
  const byName = Object.fromEntries(list.map(({ key, value }) => [key.toLowerCase(), value]));
  expect(Object.keys(byName)).toHaveLength(list.length);
  return byName;
};

describe('headerRules', () => {
  it('gives splats to folders, one rule to each page at its clean URL, and none to copies', () => {
    expect(rules.map((rule) => rule.path)).toEqual([
      '/*',
      '/_next/static/*',
      '/pagefind/*',
      '/social-cards/*',
      '/embed/*',
      '/404',
      '/feed.xml',
      '/',
      '/scars',
    ]);
  });

  it('adds one rule per article: its embed card and social card fall under splats', () => {
    const more = headerRules({ files: [...files, 'risks.html', 'embed/acne.html', 'social-cards/risks.png'], policy });
    expect(more).toHaveLength(rules.length + 1);
  });

  it('gives every page the one site policy, with every inline hash, and forbids framing', () => {
    for (const path of ['/', '/scars', '/404']) {
      const page = headers(path);
      for (const hash of [...policy.scriptHashes, ...policy.styleHashes]) {
        expect(page['content-security-policy'], path).toContain(`'${hash}'`);
      }
      expect(page['content-security-policy'], path).toContain("'wasm-unsafe-eval'");
      expect(page['content-security-policy'], path).toMatch(/; frame-ancestors 'none'$/);
      expect(page['x-frame-options'], path).toBe('DENY');
      expect(page['x-content-type-options'], path).toBe('nosniff');
    }
    expect(headers('/scars')['content-security-policy']).toBe(headers('/')['content-security-policy']);
  });

  it('lets any site frame an embed card, and nothing in /* takes that back', () => {
    const card = headers('/embed/scars');
    expect(card['content-security-policy']).toMatch(/; frame-ancestors \*$/);
    expect(card['x-frame-options']).toBeUndefined();
    expect(card['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('caches pages for an hour at the CDN, hashed files for a year, and never the 404 page', () => {
    expect(headers('/scars')['cache-control']).toBe(cacheControl.page);
    expect(headers('/social-cards/scars.png')['cache-control']).toBe(cacheControl.page);
    expect(headers('/feed.xml')['cache-control']).toBe(cacheControl.page);
    expect(headers('/_next/static/chunks/a.css')['cache-control']).toBe(cacheControl.immutable);
    expect(headers('/404')['cache-control']).toBe(cacheControl.notFound);
  });

  it('gives an address with no file only the headers every response shares', () => {
    expect(headersFor(rules, '/no-such-page')).toEqual(securityHeaders);
  });
});

describe('assertNoRepeatedHeader', () => {
  it('refuses a header that two rules would give one path, which hosts merge differently', () => {
    const clash: HeaderRule[] = [
      { path: '/*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      { path: '/embed/*', headers: [{ key: 'x-frame-options', value: 'ALLOWALL' }] },
    ];
    expect(() => assertNoRepeatedHeader(clash)).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers: /embed/x would get x-frame-options from two rules, /* and /embed/*]`,
    );
  });
});

describe('headersFileWithinLimits', () => {
  const rule = (path: string, value = 'b'): HeaderRule => ({ path, headers: [{ key: 'X-A', value }] });

  it('writes a file at the limits and reports its longest line', () => {
    const atLimit = Array.from({ length: HOST_LIMITS.rules }, (_, index) => rule(`/p${index}`));
    atLimit[0] = rule('/p0', 'v'.repeat(HOST_LIMITS.lineLength - '  X-A: '.length));
    const { text, longestLine } = headersFileWithinLimits(atLimit);
    expect(longestLine).toBe(2000);
    expect(text.match(/^\//gm)).toHaveLength(100);
  });

  it('fails the build, naming the limit, past 100 rules', () => {
    const tooMany = Array.from({ length: HOST_LIMITS.rules + 1 }, (_, index) => rule(`/p${index}`));
    expect(() => headersFileWithinLimits(tooMany)).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers: 101 rules, but Cloudflare Pages reads at most 100 and drops the rest]`,
    );
  });

  it('fails the build, naming the limit, on a line over 2,000 characters', () => {
    const long = [rule('/a'), rule('/b', 'v'.repeat(HOST_LIMITS.lineLength))];
    expect(() => headersFileWithinLimits(long)).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers: line 5 has 2007 characters, but Cloudflare Pages reads lines of at most 2000:   X-A: vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv…]`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  formatHeadersFile,
  headersFor,
  pageHeaders,
  parseHeadersFile,
  securityHeaders,
} from '@/lib/publish/http-headers.mjs';

describe('contentSecurityPolicy', () => {
  it('allows nothing by default and no inline code but by hash', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ['sha256-abc='], styleHashes: ['sha256-def='] });
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("style-src 'self' 'sha256-def='");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(policy).not.toContain('frame-src');
  });

  it('adds WebAssembly and framing of our own pages only when asked', () => {
    const policy = contentSecurityPolicy({ wasm: true, framesOwnPages: true });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("frame-src 'self'");
  });
});

describe('pageHeaders', () => {
  it('forbids framing of a page, and lets any site frame an embed card', () => {
    const page = Object.fromEntries(pageHeaders({}).map(({ key, value }) => [key, value]));
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(page['Cross-Origin-Resource-Policy']).toBe('same-origin');
    const embed = Object.fromEntries(pageHeaders({ embed: true }).map(({ key, value }) => [key, value]));
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(embed['Cross-Origin-Resource-Policy']).toBe('cross-origin');
  });
});

describe('the _headers file', () => {
  const rules = [
    { path: '/*', headers: securityHeaders },
    { path: '/_next/static/*', headers: [{ key: 'Cache-Control', value: 'immutable' }] },
    { path: '/scars', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; a: b" }] },
  ];

  it('reads back exactly what it writes', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('gives a path the headers of every rule that matches it, splats included', () => {
    const keys = (path: string) => headersFor(rules, path).map((header) => header.key);
    expect(keys('/scars')).toEqual([...securityHeaders.map((header) => header.key), 'Content-Security-Policy']);
    expect(keys('/_next/static/chunks/a.css')).toContain('Cache-Control');
    expect(keys('/scarsx')).not.toContain('Content-Security-Policy');
    expect(keys('/_next/other')).not.toContain('Cache-Control');
  });

  it('rejects a header line with no path above it', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers: cannot read line "  X-A: b"]`,
    );
  });
});

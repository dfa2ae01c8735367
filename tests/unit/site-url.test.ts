import { describe, expect, it } from 'vitest';
import { parseSiteUrl } from '@/lib/site-url';

describe('SITE_URL', () => {
  it('is required for a production build, with a message that says what to set', () => {
    expect(() => parseSiteUrl({ NODE_ENV: 'production' })).toThrow(
      /^SITE_URL: missing\. Set it to the public https origin/,
    );
  });

  it('falls back to the local server outside production', () => {
    expect(parseSiteUrl({ NODE_ENV: 'test' })).toBe('http://127.0.0.1:3000');
  });

  it('accepts an https origin and drops a trailing slash', () => {
    expect(parseSiteUrl({ SITE_URL: 'https://guide.example.org/', NODE_ENV: 'production' })).toBe(
      'https://guide.example.org',
    );
  });

  it('accepts http only for this machine', () => {
    expect(parseSiteUrl({ SITE_URL: 'http://localhost:3000', NODE_ENV: 'production' })).toBe('http://localhost:3000');
    expect(() => parseSiteUrl({ SITE_URL: 'http://guide.example.org', NODE_ENV: 'production' })).toThrow(
      'SITE_URL: must use https (http is allowed only for localhost or 127.0.0.1), got "http://guide.example.org"',
    );
  });

  it('rejects a relative URL and a URL with a path', () => {
    expect(() => parseSiteUrl({ SITE_URL: 'guide.example.org' })).toThrow(
      'SITE_URL: must be an absolute URL such as https://example.org',
    );
    expect(() => parseSiteUrl({ SITE_URL: 'https://example.org/guide' })).toThrow(
      'SITE_URL: must be an origin without a path',
    );
  });
});

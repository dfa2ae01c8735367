import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { isOurScript, scriptUrl, unknownScripts } from '@/scripts/build/known-scripts.mjs';

const elements = (html: string) => selectAll('script, link', fromHtml(html, { fragment: true }));

describe('isOurScript', () => {
  it('allows /search.js and the files under /pagefind/, with or without a query', () => {
    for (const url of ['/search.js', '/search.js?v=2', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js']) {
      expect(isOurScript(url), url).toBe(true);
    }
  });

  it('refuses any other path, another host and a relative path', () => {
    for (const url of [
      '/_next/static/chunks/a.js',
      '/assets/search.js',
      '/search.jsx',
      '/pagefindx/pagefind.js',
      'search.js',
      '//cdn.example.org/search.js',
      'https://cdn.example.org/pagefind/pagefind.js',
    ]) {
      expect(isOurScript(url), url).toBe(false);
    }
  });
});

describe('scriptUrl', () => {
  it('reads script sources and the links that preload a script, and nothing else', () => {
    const urls = elements(`
      <script src="/a.js"></script>
      <script>inline()</script>
      <link rel="preload" as="script" href="/b.js">
      <link rel="modulepreload" href="/c.js">
      <link rel="preload" as="style" href="/d.css">
      <link rel="stylesheet" href="/e.css">
      <link rel="canonical" href="/scars">`).map(scriptUrl);
    expect(urls).toEqual(['/a.js', undefined, '/b.js', '/c.js', undefined, undefined, undefined]);
  });
});

describe('unknownScripts', () => {
  it('describes each script a page loads from outside the allowlist', () => {
    const tree = fromHtml(`<head>
      <link rel="modulepreload" href="/pagefind/pagefind.js">
      <link rel="preload" as="script" href="/assets/runtime.js">
      </head><body><script type="module" src="/search.js"></script><script src="https://cdn.example.org/x.js"></script>`);
    expect(unknownScripts(tree)).toEqual([
      '<link rel="preload" as="script" href="/assets/runtime.js">',
      '<script src="https://cdn.example.org/x.js">',
    ]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { embedCardStyle, faqOpenerScript, printLinkOriginStyle, searchLoaderScript } from '@/lib/pages/inline-code.mjs';
import { cspHash, inlineHashes } from '@/scripts/build/inline-hashes.mjs';
import { allowedInlineHashes, buildOrigin } from '@/scripts/build/known-inline.mjs';
import { nextExportFixture } from '@/scripts/build/next-fixture.mjs';
import { isRuntimeElement, stripRuntime } from '@/scripts/build/strip-runtime.mjs';

const allowed = allowedInlineHashes('https://guide.example.org');

/** A small page shaped like Next 16's export: runtime scripts, a preload, the bootstrap and the payload. */
const page = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css">
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js">
<script src="/_next/static/chunks/c.js" async=""></script>
<script src="/_next/static/chunks/d.js" noModule=""></script>
${head}</head><body>${body}
<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([])</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"a page's text, a second time"])</script>
</body></html>`;

describe('stripRuntime', () => {
  it("removes Next's scripts, their preload, the bootstrap and the payload, and nothing else", () => {
    const { html, removed } = stripRuntime(
      page(`<main><h1>Acne scars</h1><p>Text</p></main><script>${faqOpenerScript}</script>`),
      'out/scars.html',
      { allowed },
    );
    expect(removed).toBe(6);
    expect(html).not.toContain('/_next/static/chunks/b.js');
    expect(html).not.toContain('/_next/static/chunks/c.js');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(html).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>');
    expect(html).toContain(`<script>${faqOpenerScript}</script>`);
    expect(html).toContain('<h1>Acne scars</h1><p>Text</p>');
  });

  it("drops React's hydration markers and keeps every other comment", () => {
    const { html } = stripRuntime(
      page('<p>Cited on:<!-- --> <a href="/faq">FAQ</a></p><!--$--><p>Late</p><!--/$--><!-- licence: MIT -->'),
      'out/references.html',
      { allowed },
    );
    expect(html).toContain('<p>Cited on: <a href="/faq">FAQ</a></p><p>Late</p><!-- licence: MIT -->');
  });

  it('keeps a script from anywhere but /_next/', () => {
    const { html } = stripRuntime(page('<p>Search</p><script src="/search.js" type="module"></script>'), 'x', {
      allowed,
    });
    expect(html).toContain('<script src="/search.js" type="module"></script>');
  });

  it('fails, naming the file, when a runtime script it does not recognise survives', () => {
    expect(() =>
      stripRuntime(page('<p>Hi</p><script>window.TURBOPACK_LOADED = true</script>'), 'out/faq.html', { allowed }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: out/faq.html: Next's runtime is still loaded: <script >window.TURBOPACK_LOADED = true]`,
    );
  });

  it('fails, naming the file and the code, on an inline script or style that is not ours', () => {
    expect(() =>
      stripRuntime(page('<p>Hi</p><script>track("visit")</script>', '<style>p{color:red}</style>'), 'out/tips.html', {
        allowed,
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: out/tips.html: inline code that is not ours: <script> sha256-jejpw7wEC4rSo4JqdmXA7Wq42vjNDPsmxMzwhtQ6jjE= "track(\\"visit\\")", <style> sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64= "p{color:red}". Only the texts in lib/pages/inline-code.mjs may run inline; if this is new code of ours, add it there.]`,
    );
  });

  it('fails when what it removes would change the text a reader sees', () => {
    expect(() =>
      stripRuntime(page('<p>Hi</p><aside>Get medical help</aside>'), 'out/risks.html', {
        allowed,
        isRemovable: (node) => isRuntimeElement(node) || node.tagName === 'aside',
      }),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: out/risks.html: removing the runtime changed the visible text]`);
  });
});

/**
 * Real pages as `next build` exported them (SITE_URL=http://127.0.0.1:3100), before the post-build
 * step: the fixture of the installed Next (docs/upgrading-next.md). A change in how Next writes its
 * runtime shows up here first.
 */
describe('stripRuntime on real exported pages', () => {
  const fixture = (file: string) => fs.readFileSync(path.join(nextExportFixture(), file), 'utf8');
  const builtWith = allowedInlineHashes(buildOrigin({ SITE_URL: 'http://127.0.0.1:3100' }));

  it('leaves /search with its stylesheet, its loader and its print style, and no runtime', () => {
    const exported = fixture('search.html');
    expect(exported).toContain('/_next/static/chunks/');
    const { html, tree, removed } = stripRuntime(exported, 'search.html', { allowed: builtWith });
    expect(removed).toBeGreaterThan(5);
    expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(html).not.toContain('__next_f');
    expect(selectAll('link[rel=stylesheet]', tree)).toHaveLength(1);
    const hashes = inlineHashes(tree);
    expect(hashes.scriptHashes).toEqual([cspHash(searchLoaderScript)]);
    expect(hashes.styleHashes).toEqual([cspHash(printLinkOriginStyle('http://127.0.0.1:3100'))]);
  });

  it('leaves an article with its structured data and its print style, without hydration markers', () => {
    const exported = fixture('tips.html');
    expect(exported).toContain('<!--$-->');
    const { html, tree } = stripRuntime(exported, 'tips.html', { allowed: builtWith });
    expect(html).not.toMatch(/<!--\/?\$-->/);
    expect(selectAll('script[src], link[rel~=preload]', tree)).toEqual([]);
    expect(selectAll('script[type="application/ld+json"]', tree).length).toBeGreaterThan(0);
    expect(selectAll('[data-pagefind-body]', tree)).toHaveLength(1);
    const hashes = inlineHashes(tree);
    expect(hashes.scriptHashes).toEqual([]);
    expect(hashes.styleHashes).toEqual([cspHash(printLinkOriginStyle('http://127.0.0.1:3100'))]);
  });

  it('removes every comment React writes, so a new kind of hydration marker shows up here', () => {
    for (const file of ['index.html', 'tips.html', 'search.html', '404.html']) {
      const { tree } = stripRuntime(fixture(file), file, { allowed: builtWith });
      const comments: string[] = [];
      visit(tree, 'comment', (node) => void comments.push(node.value));
      expect(comments, file).toEqual([]);
    }
  });

  it('leaves an embed card as it is: one style of ours, no script', () => {
    const { tree, removed } = stripRuntime(fixture('embed/tips'), 'embed/tips.html', { allowed: builtWith });
    expect(removed).toBe(0);
    expect(inlineHashes(tree).styleHashes).toEqual([cspHash(embedCardStyle)]);
  });

  it('fails when the print style was built for another origin than the one the step is told', () => {
    expect(() => stripRuntime(fixture('search.html'), 'search.html', { allowed })).toThrow(
      /^search\.html: inline code that is not ours: <style> sha256-\S+ "@media print\{\.article-body a\[href/,
    );
  });

  it('fails when an upgrade renames the flight payload, instead of hashing it into the CSP', () => {
    const renamed = fixture('search.html').replaceAll('self.__next_f', 'self.__next_g');
    expect(() => stripRuntime(renamed, 'search.html', { allowed: builtWith })).toThrow(
      /^search\.html: inline code that is not ours: <script> sha256-\S+ "\(self\.__next_g=self\.__next_g\|\|\[\]\)\.push\(\[0\]\)"/,
    );
  });

  it('fails, naming the page and each script, when an upgrade serves the runtime from outside /_next/', () => {
    const exported = fixture('tips.html');
    const runtimeScripts = [...exported.matchAll(/"\/_next\/static\/chunks\/([^"]+\.js)"/g)].map((match) => match[1]);
    expect(runtimeScripts.length).toBeGreaterThan(3);
    const moved = exported.replaceAll('/_next/static/chunks/', '/assets/');
    let message = '';
    try {
      stripRuntime(moved, 'out/tips.html', { allowed: builtWith });
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(
      /^Error: out\/tips\.html: loads scripts that are not ours: <link rel="preload" as="script" href="\/assets\/\S+\.js">, <script src="\/assets\//,
    );
    for (const script of runtimeScripts) expect(message).toContain(`"/assets/${script}"`);
    expect(message).toMatch(
      /Pages may load only \/search\.js and \/pagefind\/\* \(scripts\/build\/known-scripts\.mjs\)/,
    );
  });
});

describe('buildOrigin', () => {
  it('reads the origin from SITE_URL and refuses to guess one', () => {
    expect(buildOrigin({ SITE_URL: 'https://guide.example.org/' })).toBe('https://guide.example.org');
    expect(() => buildOrigin({})).toThrow('SITE_URL: missing');
  });
});

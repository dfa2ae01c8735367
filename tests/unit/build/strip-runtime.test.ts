import { describe, expect, it } from 'vitest';
import { isRuntimeElement, stripRuntime } from '@/scripts/build/strip-runtime.mjs';

/** A page shaped like Next 16's export: runtime scripts, a preload, the bootstrap and the payload. */
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
      page('<main><h1>Acne scars</h1><p>Text</p></main><script>(function(){})()</script>'),
      'out/scars.html',
    );
    expect(removed).toBe(6);
    expect(html).not.toContain('/_next/static/chunks/b.js');
    expect(html).not.toContain('/_next/static/chunks/c.js');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(html).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>');
    expect(html).toContain('<script>(function(){})()</script>');
    expect(html).toContain('<h1>Acne scars</h1><p>Text</p>');
  });

  it("drops React's hydration markers and keeps every other comment", () => {
    const { html } = stripRuntime(
      page('<p>Cited on:<!-- --> <a href="/faq">FAQ</a></p><!--$--><p>Late</p><!--/$--><!-- licence: MIT -->'),
      'out/references.html',
    );
    expect(html).toContain('<p>Cited on: <a href="/faq">FAQ</a></p><p>Late</p><!-- licence: MIT -->');
  });

  it('keeps a script from anywhere but /_next/', () => {
    const { html } = stripRuntime(page('<p>Search</p><script src="/search.js" type="module"></script>'), 'x');
    expect(html).toContain('<script src="/search.js" type="module"></script>');
  });

  it('fails, naming the file, when a runtime script it does not recognise survives', () => {
    expect(() =>
      stripRuntime(page('<p>Hi</p><script>window.TURBOPACK_LOADED = true</script>'), 'out/faq.html'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: out/faq.html: Next's runtime is still loaded: <script >window.TURBOPACK_LOADED = true]`,
    );
  });

  it('fails when what it removes would change the text a reader sees', () => {
    expect(() =>
      stripRuntime(
        page('<p>Hi</p><aside>Get medical help</aside>'),
        'out/risks.html',
        (node) => isRuntimeElement(node) || node.tagName === 'aside',
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: out/risks.html: removing the runtime changed the visible text]`);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embedCardStyle, printLinkOriginStyle, searchLoaderScript } from '@/lib/pages/inline-code.mjs';
import { cacheControl, headersFor, parseHeadersFile } from '@/lib/publish/http-headers.mjs';
import { listFiles } from '@/scripts/build/export-files.mjs';
import { cspHash } from '@/scripts/build/inline-hashes.mjs';
import { nextExportFixture } from '@/scripts/build/next-fixture.mjs';
import { postbuild } from '@/scripts/build/postbuild.mjs';

/** The origin the fixture was exported with. */
const ORIGIN = 'http://127.0.0.1:3100';

let out: string;
const run = () => postbuild(out, { SITE_URL: ORIGIN }, () => {});
const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const isCopy = (file: string) => /\.(br|gz)$/.test(file);

beforeEach(() => {
  // Named out/ so that errors read as they do in a build.
  out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'postbuild-')), 'out');
  fs.cpSync(nextExportFixture(), out, { recursive: true });
});
afterEach(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));

describe('postbuild on a real export (the fixture of the installed Next)', () => {
  it('leaves pages, the stylesheet, feeds, social cards, our script, the search index, _headers and _redirects', async () => {
    await run();
    const files = listFiles(out);
    expect(files.filter((file) => !isCopy(file) && !file.startsWith('pagefind/'))).toMatchInlineSnapshot(`
      [
        "404.html",
        "_headers",
        "_next/static/chunks/305rec2f83g2w.css",
        "_redirects",
        "embed/tips.html",
        "feed.json",
        "feed.xml",
        "index.html",
        "robots.txt",
        "search.html",
        "search.js",
        "sitemap.xml",
        "social-cards/index.png",
        "social-cards/tips.png",
        "tips.html",
      ]
    `);
    expect(files).toEqual(
      expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']),
    );
    const compressible = files.filter((file) => /\.(html|css|js|json|xml|txt)$/.test(file));
    expect(files.filter(isCopy)).toEqual(
      expect.arrayContaining(compressible.flatMap((file) => [`${file}.br`, `${file}.gz`])),
    );
  });

  it('leaves no page with a script file or an inline payload', async () => {
    await run();
    for (const file of listFiles(out).filter((name) => name.endsWith('.html'))) {
      expect(read(file), file).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*as="script"|__next_f|<!--\$-->/);
    }
  });

  it('writes _headers with a rule per page and folder and one policy with every inline hash', async () => {
    await run();
    const rules = parseHeadersFile(read('_headers'));
    expect(rules.map((rule) => rule.path)).toMatchInlineSnapshot(`
      [
        "/*",
        "/_next/static/*",
        "/pagefind/*",
        "/social-cards/*",
        "/embed/*",
        "/404",
        "/feed.json",
        "/feed.xml",
        "/",
        "/robots.txt",
        "/search",
        "/search.js",
        "/sitemap.xml",
        "/tips",
      ]
    `);
    const policy = (url: string) =>
      headersFor(rules, url).find((header) => header.key === 'Content-Security-Policy')?.value ?? '';
    for (const code of [searchLoaderScript, printLinkOriginStyle(ORIGIN), embedCardStyle]) {
      expect(policy('/tips')).toContain(`'${cspHash(code)}'`);
    }
    expect(policy('/tips')).toBe(policy('/search'));
    expect(policy('/tips')).toMatch(/frame-ancestors 'none'$/);
    expect(policy('/embed/tips')).toMatch(/frame-ancestors \*$/);
    const cache = (url: string) => headersFor(rules, url).find((header) => header.key === 'Cache-Control')?.value;
    expect(cache('/404')).toBe(cacheControl.notFound);
    expect(cache('/tips')).toBe(cacheControl.page);
  });

  it('fails the build, naming each file, on a file of a kind it does not know', async () => {
    fs.writeFileSync(path.join(out, 'tips.rsc'), '');
    fs.mkdirSync(path.join(out, '_next/static/media'));
    fs.writeFileSync(path.join(out, '_next/static/media/font.woff2'), '');
    await expect(run()).rejects.toThrow(
      /^out\/: files of a kind the site does not publish: _next\/static\/media\/font\.woff2, tips\.rsc\. /,
    );
  });

  it("fails the build, naming the page and the script, when Next's runtime moves off /_next/", async () => {
    for (const file of listFiles(out).filter((name) => name.endsWith('.html'))) {
      fs.writeFileSync(path.join(out, file), read(file).replaceAll('/_next/static/chunks/', '/assets/'));
    }
    await expect(run()).rejects.toThrow(
      /^out\/404\.html: loads scripts that are not ours: <link rel="preload" as="script" href="\/assets\//,
    );
  });
});

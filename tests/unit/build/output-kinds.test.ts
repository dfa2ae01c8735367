import { describe, expect, it } from 'vitest';
import { checkOutputKinds, unknownOutputFiles } from '@/scripts/build/output-kinds.mjs';

/** One of each kind of file a real build leaves in out/. */
const published = [
  '404.html',
  '404.html.br',
  '404.html.gz',
  '_headers',
  '_next/static/chunks/3_1u-eypz2gwu.css',
  '_next/static/chunks/3_1u-eypz2gwu.css.br',
  'embed/scars.html',
  'feed.json',
  'feed.xml',
  'index.html',
  'pagefind/fragment/en_10c8184.pf_fragment',
  'pagefind/index/en_3f3256b.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_9f8a11f216.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/pagefind.js.gz',
  'pagefind/wasm.en.pagefind',
  'robots.txt',
  'robots.txt.br',
  'search.js',
  'search.js.br',
  'sitemap.xml',
  'social-cards/scars.png',
];

describe('unknownOutputFiles', () => {
  it('knows every kind of file the site publishes', () => {
    expect(unknownOutputFiles(published)).toEqual([]);
  });

  it("names Next's files left behind, scripts that are not ours and kinds it has never seen", () => {
    const unknown = [
      '__next._tree.txt',
      '_not-found.html',
      '_next/static/chunks/turbopack-077hmtqrhcoji.js',
      '_next/static/e8pZkLGUYnV5jXVTb3RKi/_buildManifest.json',
      '_next/static/media/font.woff2',
      'assets/runtime.js',
      'embed/scars',
      'scars.rsc',
      'scars.txt',
      'scars/__next._full.txt',
      'orphan.html.br',
    ];
    const copiesOfUnknown = ['scars.txt.br', 'scars.txt.gz'];
    expect(unknownOutputFiles([...published, ...unknown, ...copiesOfUnknown])).toEqual(unknown);
  });
});

describe('checkOutputKinds', () => {
  it('fails the build naming each unknown file and where each kind of fix goes', () => {
    expect(() =>
      checkOutputKinds('site/out', [...published, 'scars.rsc', '_next/static/media/font.woff2']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: out/: files of a kind the site does not publish: scars.rsc, _next/static/media/font.woff2. A new file of Next's that nothing reads: delete it in scripts/build/export-files.mjs (deletePayloads); a new kind of our own: add it to scripts/build/output-kinds.mjs.]`,
    );
  });
});

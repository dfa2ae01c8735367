import { describe, expect, it } from 'vitest';
import { formatRedirectsFile, redirectRules } from '@/scripts/build/redirect-rules.mjs';

const files = [
  '404.html',
  '_headers',
  '_next/static/chunks/a.css',
  'embed/scars.html',
  'feed.xml',
  'index.html',
  'scars.html',
  'scars.html.br',
];

describe('redirectRules', () => {
  it('sends each page file’s own address and /index to the clean URL, and nothing else', () => {
    expect(redirectRules(files)).toEqual([
      { from: '/embed/scars.html', to: '/embed/scars' },
      { from: '/index.html', to: '/' },
      { from: '/scars.html', to: '/scars' },
      { from: '/index', to: '/' },
    ]);
  });
});

describe('formatRedirectsFile', () => {
  it('writes one forced 308 a line under a note on why Cloudflare skips them', () => {
    expect(formatRedirectsFile(redirectRules(files))).toMatchInlineSnapshot(`
      "# For Netlify, which serves /x.html beside /x. Cloudflare Pages skips these lines (it knows no "!")
      # and redirects these addresses itself. Built by scripts/build/redirect-rules.mjs.
      /embed/scars.html /embed/scars 308!
      /index.html / 308!
      /scars.html /scars 308!
      /index / 308!
      "
    `);
  });
});

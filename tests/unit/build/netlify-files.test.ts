// Netlify cannot run here (README, Deploy). What can be shown without it, on the real page list:
// Netlify's own parsers read the _headers and _redirects the build writes as we mean them, its
// matchers give each address the rules npm start applies and loop nowhere, and npm start answers
// every line of _redirects the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import redirector from 'netlify-redirector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticles, getArticleSlugs } from '@/lib/content/articles';
import { sitePages } from '@/lib/pages/site-pages';
import { matchingRules } from '@/lib/publish/http-headers.mjs';
import { urlPathOf } from '@/scripts/build/export-files.mjs';
import { headerRules, headersFileWithinLimits } from '@/scripts/build/header-rules.mjs';
import { allowedInlineHashes } from '@/scripts/build/known-inline.mjs';
import { formatRedirectsFile, REDIRECT_STATUS, redirectRules } from '@/scripts/build/redirect-rules.mjs';
import { createServer } from '@/scripts/serve.mjs';

/** A redirect as Netlify's parser returns it (`path` is `from` without a host). */
type NetlifyRedirect = { from: string; path: string; to: string; status: number; force: boolean };

const pageFiles = [
  ...getArticles().map((article) => article.href),
  ...Object.values(sitePages).map((page) => page.path),
]
  .map((href) => (href === '/' ? 'index.html' : `${href.slice(1)}.html`))
  .concat(getArticleSlugs().map((slug) => `embed/${slug}.html`));
/** What the export holds: every page and embed card as the build names them, the 404 page, and a file of each other kind. */
const files = [
  ...pageFiles,
  '404.html',
  '_next/static/chunks/site.css',
  'feed.json',
  'feed.xml',
  'pagefind/pagefind.js',
  'robots.txt',
  'search.js',
  'sitemap.xml',
  'social-cards/scars.png',
];
/** Every address the site answers 200 at. */
const served = files.filter((file) => file !== '404.html').map(urlPathOf);
const pages = pageFiles.map(urlPathOf);

const allowed = allowedInlineHashes('https://guide.example.org');
const rules = headerRules({
  files,
  policy: { scriptHashes: [...allowed.scripts], styleHashes: [...allowed.styles], wasm: true, framesOwnPages: true },
});
const redirects = redirectRules(files);

let out: string;
/** Writes a file under the temporary out/ and returns its path. */
const write = (file: string, text: string) => {
  const full = path.join(out, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
};

/** A _headers text as Netlify's parser reads it, with each rule's path matcher. */
async function netlifyHeaders(text: string, file = '_headers') {
  const result = await parseAllHeaders({ headersFiles: [write(file, text)], configHeaders: [], minimal: false });
  return { errors: result.errors, headers: result.headers as Header[] };
}

/** A _redirects text as Netlify's parser reads it. */
async function netlifyRedirects(text: string, file = '_redirects') {
  const result = await parseAllRedirects({ redirectsFiles: [write(file, text)], configRedirects: [], minimal: false });
  return { errors: result.errors, redirects: result.redirects as NetlifyRedirect[] };
}

let netlify: { headers: Header[]; redirects: NetlifyRedirect[] };

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
  for (const file of files) write(file, '<!DOCTYPE html><title>page</title>');
  const headers = await netlifyHeaders(headersFileWithinLimits(rules).text);
  const parsed = await netlifyRedirects(formatRedirectsFile(redirects));
  expect([...headers.errors, ...parsed.errors]).toEqual([]);
  netlify = { headers: headers.headers, redirects: parsed.redirects };
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('Netlify’s parsers', () => {
  it('read every rule of _headers with each value as written', () => {
    expect(netlify.headers.map(({ for: rulePath, values }) => ({ path: rulePath, values }))).toEqual(
      rules.map((rule) => ({ path: rule.path, values: Object.fromEntries(rule.headers.map((h) => [h.key, h.value])) })),
    );
  });

  it('give every address the site serves the rules npm start gives it, and a page’s .html address only /*', () => {
    const netlifyRules = (address: string) =>
      netlify.headers.filter((rule) => rule.forRegExp.test(address)).map((rule) => rule.for);
    for (const address of served) {
      expect(netlifyRules(address), address).toEqual(matchingRules(rules, address).map((rule) => rule.path));
    }
    // Why _redirects exists: served there, a page would carry no policy, frame ban or caching rule.
    expect(netlifyRules('/scars.html')).toEqual(['/*']);
  });

  it('read every line of _redirects as a forced 308 from a page’s .html address, or /index, to its clean URL', () => {
    expect(netlify.redirects.map(({ from, to, status, force }) => ({ from, to, status, force }))).toEqual(
      redirects.map((rule) => ({ ...rule, status: REDIRECT_STATUS, force: true })),
    );
    expect(redirects.map((rule) => rule.from).sort()).toEqual(
      [...pageFiles.map((file) => `/${file}`), '/index'].sort(),
    );
  });

  it('report a redirect line they cannot read, and drop a header line without a colon (compared above)', async () => {
    expect((await netlifyRedirects('/scars.html scars 308!\n', 'bad/_redirects')).errors).toHaveLength(1);
    expect((await netlifyHeaders('/scars\n  X-Frame-Options DENY\n', 'bad/_headers')).headers).toEqual([]);
  });
});

describe('Netlify’s redirect matcher (netlify-redirector, as netlify dev uses it)', () => {
  it('sends each .html address to its clean URL and matches no address the site serves, so nothing loops', async () => {
    const matcher = await redirector.parseJSON(
      JSON.stringify(netlify.redirects.map(({ path: from, to, status, force }) => ({ path: from, to, status, force }))),
      {},
    );
    const match = (address: string) =>
      matcher.match({
        scheme: 'https',
        host: 'guide.example.org',
        path: address,
        query: '',
        getHeader: () => '',
        getCookie: () => '',
      });
    for (const { from, to } of redirects) {
      expect(match(from), from).toMatchObject({ to, status: REDIRECT_STATUS, force: true });
    }
    // Netlify matches a rule with or without a trailing slash: `/x/` is left to Netlify's own redirect.
    for (const address of [...served, ...pages.filter((page) => page !== '/').map((page) => `${page}/`)]) {
      expect(match(address), address).toBeNull();
    }
  });
});

describe('npm start', () => {
  let app: Awaited<ReturnType<typeof createServer>>;
  beforeAll(async () => {
    app = await createServer({ root: out });
  });
  afterAll(() => app.close());

  it('answers every line of _redirects as Netlify is asked to, keeping the query, and serves each target', async () => {
    for (const { from, to } of netlify.redirects) {
      const redirect = await app.inject({ method: 'GET', url: `${from}?from=clinic` });
      expect(redirect.statusCode, from).toBe(REDIRECT_STATUS);
      expect(redirect.headers.location, from).toBe(`${to}?from=clinic`);
      expect((await app.inject({ method: 'GET', url: to })).statusCode, to).toBe(200);
    }
  });

  it('never serves the hosts’ rule files', async () => {
    for (const file of ['/_headers', '/_redirects']) {
      expect((await app.inject({ method: 'GET', url: file })).statusCode, file).toBe(404);
    }
  });
});

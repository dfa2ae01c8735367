// @ts-check
// The rules of out/_headers, built from the files the export holds, and checked against what the
// hosts that read the file accept. Pure: postbuild.mjs gathers the inputs and writes the file.
//
// Why the rules are laid out like this. Cloudflare Pages and Netlify both give a request the
// headers of EVERY rule whose path matches it, and neither has a portable way for one rule to
// replace a header of another: Cloudflare joins repeated headers with a comma (for
// Content-Security-Policy that is two policies, and both apply), and its `! Header` line, which
// detaches an inherited header, is unknown to Netlify. So no request path may match two rules that
// set the same header (checked below), and:
//   - `/*` carries only the headers every response shares. The page policy cannot live there: the
//     embed cards must be framable by any site, and a `frame-ancestors 'none'` or X-Frame-Options
//     in `/*` could not be taken back for `/embed/*`. Caching cannot live there either (pages,
//     hashed files and the 404 page differ).
//   - Each page gets one rule, at its clean URL, with the one site-wide policy. Both hosts serve
//     pages at clean URLs. Cloudflare redirects `/x.html` to `/x` itself; Netlify serves it as a
//     copy unless out/_redirects sends it on (redirect-rules.mjs). So there are no `.html` twins.
//   - Each folder of like files (`/_next/static/*`, `/pagefind/*`, `/social-cards/*`, `/embed/*`)
//     gets one splat rule; any other file gets a rule of its own.
// That is 5 splats, one rule per page and one per root file (33 rules for 23 pages), and each new
// article adds one (its embed card and social card fall under splats): room for 67 more.
// The price: an address with no file (a 404) carries only the `/*` headers, on a CDN and in
// npm start alike (scripts/serve.mjs matches rules against the request path, as CDNs do).
import {
  assetHeaders,
  cacheControl,
  formatHeadersFile,
  matchingRules,
  notFoundPath,
  pageHeaders,
  securityHeaders,
} from '../../lib/publish/http-headers.mjs';
import { urlPathOf } from './export-files.mjs';

/** @typedef {import('../../lib/publish/http-headers.mjs').Header} Header */
/** @typedef {import('../../lib/publish/http-headers.mjs').HeaderRule} HeaderRule */
/** @typedef {import('../../lib/publish/http-headers.mjs').PolicyOptions} PolicyOptions */

/** Cloudflare Pages reads at most 100 rules and lines of at most 2,000 characters; Netlify has no lower limit. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 };

/**
 * The rules for a built site.
 * @param {object} site
 * @param {string[]} site.files every file in out/, relative to it with forward slashes
 * @param {Omit<PolicyOptions, 'frameAncestors'>} site.policy what the one page policy allows: every
 *   inline hash of every page, WebAssembly, framing of our own pages
 * @returns {HeaderRule[]}
 */
export function headerRules({ files, policy }) {
  const page = (/** @type {string} */ cache) => [{ key: 'Cache-Control', value: cache }, ...pageHeaders(policy)];
  const asset = (/** @type {string} */ cache) => [{ key: 'Cache-Control', value: cache }, ...assetHeaders];
  /** @type {HeaderRule[]} */
  const splats = [
    { path: '/_next/static/*', headers: asset(cacheControl.immutable) },
    { path: '/pagefind/*', headers: asset(cacheControl.page) },
    { path: '/social-cards/*', headers: asset(cacheControl.page) },
    {
      path: '/embed/*',
      headers: [{ key: 'Cache-Control', value: cacheControl.page }, ...pageHeaders({ ...policy, embed: true })],
    },
  ];
  const underSplat = (/** @type {string} */ url) => splats.some((rule) => url.startsWith(rule.path.slice(0, -1)));
  const own = files
    // The hosts' rule files and the precompressed copies are read by servers, never requested by path.
    .filter((file) => !['_headers', '_redirects'].includes(file) && !/\.(br|gz)$/.test(file))
    .map((file) => ({ url: urlPathOf(file), isPage: file.endsWith('.html') }))
    .filter(({ url }) => !underSplat(url))
    .map(({ url, isPage }) => ({
      path: url,
      headers: isPage
        ? page(url === notFoundPath ? cacheControl.notFound : cacheControl.page)
        : asset(cacheControl.page),
    }));
  const rules = [{ path: '/*', headers: securityHeaders }, ...splats, ...own];
  assertNoRepeatedHeader(rules);
  return rules;
}

/**
 * Throws if some request path would get one header from two rules, which the hosts would merge in
 * ways that differ (see the top of this file).
 * @param {HeaderRule[]} rules
 */
export function assertNoRepeatedHeader(rules) {
  for (const rule of rules) {
    // A path the rule matches, and so every broader rule too.
    const sample = rule.path.endsWith('/*') ? `${rule.path.slice(0, -1)}x` : rule.path;
    const seen = new Map();
    for (const other of matchingRules(rules, sample)) {
      for (const { key } of other.headers) {
        const name = key.toLowerCase();
        if (seen.has(name)) {
          throw new Error(`_headers: ${sample} would get ${key} from two rules, ${seen.get(name)} and ${other.path}`);
        }
        seen.set(name, other.path);
      }
    }
  }
}

/**
 * The text of out/_headers, or an error naming the host limit the rules would break.
 * @param {HeaderRule[]} rules
 */
export function headersFileWithinLimits(rules) {
  if (rules.length > HOST_LIMITS.rules) {
    throw new Error(
      `_headers: ${rules.length} rules, but Cloudflare Pages reads at most ${HOST_LIMITS.rules} and drops the rest`,
    );
  }
  const text = formatHeadersFile(rules);
  const lines = text.split('\n');
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length > HOST_LIMITS.lineLength) {
    throw new Error(
      `_headers: line ${lines.indexOf(longest) + 1} has ${longest.length} characters, but Cloudflare Pages ` +
        `reads lines of at most ${HOST_LIMITS.lineLength}: ${longest.slice(0, 60)}…`,
    );
  }
  return { text, longestLine: longest.length };
}

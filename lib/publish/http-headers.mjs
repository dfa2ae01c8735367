// @ts-check
// The one source of truth for response headers. The build turns them into the rules of out/_headers
// (scripts/build/header-rules.mjs; the file Netlify, Cloudflare Pages and similar hosts read), and
// scripts/serve.mjs reads that file back, so the local server and a CDN send the same headers.
// Plain JavaScript because the server runs with plain Node, without a TypeScript step.

/** @typedef {{ key: string, value: string }} Header */
/** @typedef {{ path: string, headers: Header[] }} HeaderRule */

/**
 * What a page's Content-Security-Policy must allow beyond our own files.
 * @typedef {object} PolicyOptions
 * @property {string} [frameAncestors] who may show the page in a frame
 * @property {string[]} [scriptHashes] 'sha256-…' sources of the page's inline scripts
 * @property {string[]} [styleHashes] 'sha256-…' sources of the page's inline styles
 * @property {boolean} [wasm] the page runs WebAssembly (Pagefind on /search)
 * @property {boolean} [framesOwnPages] the page shows one of our pages in an iframe (/for-clinics)
 */

/**
 * Content-Security-Policy for one page: nothing by default, our own files, and each inline script
 * or style only by the hash of its exact text.
 * @param {PolicyOptions} [options]
 */
export function contentSecurityPolicy({
  frameAncestors = "'none'",
  scriptHashes = [],
  styleHashes = [],
  wasm = false,
  framesOwnPages = false,
} = {}) {
  return [
    "default-src 'none'",
    ['script-src', "'self'", ...scriptHashes.map((hash) => `'${hash}'`), ...(wasm ? ["'wasm-unsafe-eval'"] : [])].join(
      ' ',
    ),
    ['style-src', "'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...(framesOwnPages ? ["frame-src 'self'"] : []),
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  // Topics API, the successor of FLoC's interest-cohort, which browsers no longer recognise.
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * @type {Header[]} Headers every response carries.
 * No Cross-Origin-Opener-Policy: the site has no script, cookie or per-reader state that another
 * window could reach, and COOP makes every arrival from a page without it start a fresh renderer
 * process, which more than doubled the first task of each page in Lighthouse (docs/performance.md).
 */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

/** The address of the 404 page (out/404.html), which hosts also send for every unknown URL. */
export const notFoundPath = '/404';

/** Cache-Control values. File names under /_next/static/ contain a hash of their content. */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  // A CDN keeps a page for an hour, then serves it stale for up to a day while it fetches a fresh
  // copy; browsers always revalidate, so a fix reaches readers within the hour.
  page: 'public, max-age=0, s-maxage=3600, stale-while-revalidate=82800',
  // A stored 404 would hide a page published after it.
  notFound: 'no-store',
};

/**
 * Headers of one page beyond the security headers: who may frame it and what its policy allows.
 * @param {PolicyOptions & { embed?: boolean }} options
 * @returns {Header[]}
 */
export function pageHeaders({ embed = false, ...policy }) {
  if (embed) {
    // The embed cards (/embed/<slug>) are made to sit in an iframe on any clinic's site.
    return [
      { key: 'Content-Security-Policy', value: contentSecurityPolicy({ ...policy, frameAncestors: '*' }) },
      { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
    ];
  }
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(policy) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ];
}

/** @type {Header[]} Headers of every file that is not a page (stylesheet, images, feeds, search index). */
export const assetHeaders = [{ key: 'Cross-Origin-Resource-Policy', value: 'same-origin' }];

/**
 * out/_headers in the format Netlify and Cloudflare Pages read: a path, then its headers indented.
 * @param {HeaderRule[]} rules
 */
export function formatHeadersFile(rules) {
  return (
    rules
      .map((rule) => [rule.path, ...rule.headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n'))
      .join('\n\n') + '\n'
  );
}

/**
 * Reads a _headers file back into rules.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: cannot read line ${JSON.stringify(line)}`);
    rule.headers.push({ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return rules;
}

/**
 * The rules that apply to a request path: every rule whose path is the request's, or a `/prefix/*`
 * splat that covers it, in file order. Hosts match the path that was requested, not the file that
 * answers it.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 */
export function matchingRules(rules, pathname) {
  return rules.filter((rule) =>
    rule.path.endsWith('/*') ? pathname.startsWith(rule.path.slice(0, -1)) : rule.path === pathname,
  );
}

/**
 * The headers for a request path, from every rule that matches it. The build never lets two
 * matching rules set the same header (scripts/build/header-rules.mjs).
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Header[]}
 */
export function headersFor(rules, pathname) {
  return matchingRules(rules, pathname).flatMap((rule) => rule.headers);
}

// @ts-check
// The rules of out/_redirects, built from the files the export holds. Pure: postbuild.mjs writes the
// file.
//
// Why they are for Netlify, and written like this. Both hosts serve a page at `/x`, and Cloudflare
// Pages sends `/x.html`, `/x/` and `/index` there itself with a 308 (tests/e2e/host). Netlify serves
// `/x.html` as a second copy with only the `/*` headers: no policy, no frame ban, no caching rule. So:
//   - one static line per page file, `/x.html /x 308!`, and `/index / 308!`. The `!` forces the rule:
//     Netlify skips an unforced rule when a file exists at its path, and `/x.html` is one. Cloudflare
//     knows no `!`: it skips these lines with a warning and keeps redirecting by itself.
//   - no `/x/` lines: Netlify matches a rule with or without the trailing slash, so `/x/ /x` would
//     also match `/x` and loop. Netlify redirects `/x/` to `/x` by itself.
//   - no placeholder such as `/:page.html /:page`: Netlify's matcher (netlify-redirector) matches it
//     against `/x` too, another loop. One line per page is explicit and far below the 2,000 static
//     lines Cloudflare counts, skipped ones included.
// scripts/serve.mjs answers every line the same way (tests/unit/build/netlify-files.test.ts).
import { notFoundPath } from '../../lib/publish/http-headers.mjs';
import { urlPathOf } from './export-files.mjs';

/** @typedef {{ from: string, to: string }} Redirect */

/** A permanent redirect that keeps the method, as Cloudflare Pages and npm start send. */
export const REDIRECT_STATUS = 308;

/**
 * Every address that names a page but is not its clean URL, with the clean URL.
 * @param {string[]} files every file in out/, relative to it with forward slashes
 * @returns {Redirect[]}
 */
export function redirectRules(files) {
  const pages = files.filter((file) => file.endsWith('.html') && urlPathOf(file) !== notFoundPath);
  return [
    ...pages.map((file) => ({ from: encodeURI(`/${file}`), to: encodeURI(urlPathOf(file)) })),
    { from: '/index', to: '/' },
  ];
}

/**
 * The text of out/_redirects: one forced redirect a line, after a note for whoever reads a host's
 * warnings about it.
 * @param {Redirect[]} rules
 */
export function formatRedirectsFile(rules) {
  return [
    '# For Netlify, which serves /x.html beside /x. Cloudflare Pages skips these lines (it knows no "!")',
    '# and redirects these addresses itself. Built by scripts/build/redirect-rules.mjs.',
    ...rules.map(({ from, to }) => `${from} ${to} ${REDIRECT_STATUS}!`),
  ]
    .join('\n')
    .concat('\n');
}

// @ts-check
// The only inline code the site ships, as the exact texts the pages carry. The components render
// these constants, and the build (scripts/build/known-inline.mjs) allows an inline script or style
// only if its hash is one of theirs: anything else in an exported page (a runtime script left by a
// Next upgrade, a <script> written in MDX) fails the build instead of being hashed into the CSP.
// Plain JavaScript, so the Node build scripts and the TypeScript components import the same text.

import { themeColors } from './theme-colors.mjs';

/**
 * Opens the answer a URL fragment points at in browsers that do not open <details> for a fragment
 * by themselves (Safari). Inline so it runs without a bundle; the page works without it.
 */
export const faqOpenerScript = `(function(){function o(){var h=location.hash.slice(1),t;if(!h)return;try{t=document.getElementById(decodeURIComponent(h))}catch(e){return}var d=t&&t.closest('details');if(d&&!d.open){d.open=true;t.scrollIntoView()}}o();addEventListener('hashchange',o)})();`;

/** /search fetches its script only when there is something to search for, so the A to Z page loads none. */
export const searchLoaderScript = `if(new URLSearchParams(location.search).has('q'))import('/search.js')`;

/**
 * Printed links show their full address. The origin comes from SITE_URL, so the rule is written
 * per build rather than in the stylesheet.
 * @param {string} origin the site's origin, e.g. https://example.org
 */
export const printLinkOriginStyle = (origin) =>
  `@media print{.article-body a[href^="/"]::after{content:" (${origin}" attr(href) ")"}}`;

/**
 * One scheme's colors as custom properties named by role (--ink, --link, …).
 * @param {Record<string, string>} colors
 */
const colorProperties = (colors) =>
  Object.entries(colors)
    .map(([role, value]) => `--${role}:${value}`)
    .join(';');

/**
 * The embed card's whole style: the card is one request, with no script and nothing else to fetch.
 * Its colors are the site's (lib/pages/theme-colors.mjs), so a clinic's page shows ours.
 */
export const embedCardStyle = `
:root{color-scheme:light dark;${colorProperties(themeColors.light)}}
@media (prefers-color-scheme:dark){:root{${colorProperties(themeColors.dark)}}}
*{box-sizing:border-box}
body{margin:0;padding:16px 20px;font:17px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:var(--ink);background:var(--page)}
h1{font-size:1.25rem;line-height:1.25;margin:0 0 8px}
ul{margin:0 0 12px;padding-left:1.2em}
li{margin:4px 0}
a{color:var(--link);font-weight:600}
a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
p{margin:0}
.source{margin-top:8px;padding-top:8px;border-top:1px solid var(--line);font-size:.85rem;color:var(--muted)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

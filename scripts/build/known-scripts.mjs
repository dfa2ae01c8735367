// @ts-check
// The allowlist of script files: the twin of known-inline.mjs for code a page loads by URL. Next's
// runtime is recognised by where it loads from (/_next/, strip-runtime.mjs); a release that serves it
// from anywhere else would leave it on every page, hydrating and fetching payloads. So once the
// runtime is stripped, a page may load a script (<script src>, or a preload of one) only from this
// list, and out/ may hold JavaScript only here (output-kinds.mjs): anything else fails the build.
import { selectAll } from 'hast-util-select';

/** @typedef {import('hast').Element} Element */

/**
 * Our own scripts, as URL paths (a trailing `*` takes a folder): /search imports search.js from its
 * inline loader when there is a query, and search.js imports Pagefind's files.
 */
export const OUR_SCRIPTS = ['/search.js', '/pagefind/*'];

/**
 * Is a script URL one of ours? Only a root-relative path can be: a script from another host, or a
 * relative path that would resolve differently from each page, is not.
 * @param {string} url
 */
export function isOurScript(url) {
  if (!url.startsWith('/') || url.startsWith('//')) return false;
  const urlPath = url.split(/[?#]/)[0] ?? '';
  return OUR_SCRIPTS.some((ours) => (ours.endsWith('*') ? urlPath.startsWith(ours.slice(0, -1)) : urlPath === ours));
}

/** @param {Element} node */
const rels = (node) => {
  const rel = node.properties.rel;
  return Array.isArray(rel) ? rel.map(String) : String(rel ?? '').split(/\s+/);
};

/**
 * The URL an element makes the browser fetch as a script: a <script src>, a <link rel=modulepreload>,
 * or a <link rel=preload as=script>. Undefined for any other element.
 * @param {Element} node
 */
export function scriptUrl(node) {
  const { src, href, as } = node.properties;
  if (node.tagName === 'script') return src ? String(src) : undefined;
  if (node.tagName !== 'link' || !href) return undefined;
  const preloadsScript =
    rels(node).includes('modulepreload') || (rels(node).includes('preload') && String(as).toLowerCase() === 'script');
  return preloadsScript ? String(href) : undefined;
}

/**
 * Each script a page loads by URL that is not on the allowlist, described for an error.
 * @param {import('hast').Root} tree
 * @returns {string[]}
 */
export function unknownScripts(tree) {
  return selectAll('script[src], link[href]', tree).flatMap((node) => {
    const url = scriptUrl(node);
    if (url === undefined || isOurScript(url)) return [];
    if (node.tagName === 'script') return [`<script src="${url}">`];
    const as = node.properties.as ? ` as="${node.properties.as}"` : '';
    return [`<link rel="${rels(node).join(' ')}"${as} href="${url}">`];
  });
}

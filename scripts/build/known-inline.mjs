// @ts-check
// The allowlist of inline code: a page may carry an inline script or style only if its text is one
// of those in lib/pages/inline-code.mjs, compared by hash. The CSP then records what we meant to ship,
// not whatever the export happened to contain.
import {
  embedCardStyle,
  faqOpenerScript,
  printLinkOriginStyle,
  searchLoaderScript,
} from '../../lib/pages/inline-code.mjs';
import { cspHash, inlineCode } from './inline-hashes.mjs';

/** @typedef {{ scripts: Set<string>, styles: Set<string> }} AllowedInline */

/**
 * The origin the pages were built with, from SITE_URL as `next build` read it (the print style
 * carries it, so its hash depends on it).
 * @param {Record<string, string | undefined>} env
 */
export function buildOrigin(env) {
  if (!env.SITE_URL)
    throw new Error('SITE_URL: missing; the post-build step needs the origin the pages were built with');
  return new URL(env.SITE_URL).origin;
}

/**
 * Hashes of every inline script and style the site means to ship.
 * @param {string} origin
 * @returns {AllowedInline}
 */
export function allowedInlineHashes(origin) {
  return {
    scripts: new Set([faqOpenerScript, searchLoaderScript].map(cspHash)),
    styles: new Set([printLinkOriginStyle(origin), embedCardStyle].map(cspHash)),
  };
}

/** @param {string} text */
const excerpt = (text) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 60));

/**
 * Each inline script or style of a page that is not on the allowlist, described for an error.
 * @param {import('hast').Root} tree
 * @param {AllowedInline} allowed
 * @returns {string[]}
 */
export function unknownInlineCode(tree, allowed) {
  const { scripts, styles } = inlineCode(tree);
  return [
    ...scripts.filter((text) => !allowed.scripts.has(cspHash(text))).map((text) => ['script', text]),
    ...styles.filter((text) => !allowed.styles.has(cspHash(text))).map((text) => ['style', text]),
  ].map(([kind, text = '']) => `<${kind}> ${cspHash(text)} ${excerpt(text)}`);
}

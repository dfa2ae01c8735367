// @ts-check
// SHA-256 sources for a page's Content-Security-Policy: each inline script and style is allowed by
// the hash of its exact text, so the policy needs no 'unsafe-inline'.
import crypto from 'node:crypto';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** @typedef {import('hast').Root} Root */

/** The CSP hash source of a script or style's text, without quotes. @param {string} text */
export function cspHash(text) {
  return `sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Scripts the browser runs: JSON-LD and other data blocks are not scripts to CSP. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'module', 'application/javascript']);

/**
 * The texts of the inline scripts a browser would run and of the inline styles, in page order.
 * @param {Root} tree
 */
export function inlineCode(tree) {
  return {
    scripts: selectAll('script:not([src])', tree)
      .filter((node) => EXECUTABLE_TYPES.has(String(node.properties.type ?? '').toLowerCase()))
      .map((node) => toString(node)),
    styles: selectAll('style', tree).map((node) => toString(node)),
  };
}

/**
 * Hashes of the inline scripts and styles in a page, and the bytes of inline script it carries.
 * @param {Root} tree
 */
export function inlineHashes(tree) {
  const { scripts, styles } = inlineCode(tree);
  const unique = (/** @type {string[]} */ texts) => [...new Set(texts.map(cspHash))];
  return {
    framesOwnPages: selectAll('iframe[src^="/"]', tree).length > 0,
    scriptHashes: unique(scripts),
    styleHashes: unique(styles),
    inlineScriptBytes: scripts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  };
}

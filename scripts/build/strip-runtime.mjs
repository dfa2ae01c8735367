// @ts-check
// Removes Next.js's client runtime from one exported HTML page. The site has no client component,
// so the runtime only hydrates pages that never change, and its inline payload sends the page's
// text a second time (docs/performance.md has the figures). Works on a parsed tree, never on text.
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';
import { unknownInlineCode } from './known-inline.mjs';
import { OUR_SCRIPTS, scriptUrl, unknownScripts } from './known-scripts.mjs';

/** @typedef {import('hast').Root} Root */
/** @typedef {import('hast').Element} Element */

const RUNTIME_PREFIX = '/_next/';

/** @param {Element} node @param {string} name */
const prop = (node, name) => {
  const value = node.properties[name];
  return Array.isArray(value) ? value.join(' ') : value == null ? undefined : String(value);
};

/**
 * Is this element part of Next's client runtime? Script files under /_next/, their preloads, the
 * Turbopack bootstrap and the inline flight payload (`self.__next_f`) that hydration reads.
 * @param {Element} node
 */
export function isRuntimeElement(node) {
  const url = scriptUrl(node);
  if (url !== undefined) return url.startsWith(RUNTIME_PREFIX);
  if (node.tagName !== 'script') return false;
  const code = toString(node).trimStart();
  return prop(node, 'id') === '_R_' || code.startsWith('self.__next_f') || code.startsWith('(self.__next_f');
}

/**
 * React's hydration markers: `<!-- -->` between adjacent text nodes and `<!--$-->` … `<!--/$-->`
 * around Suspense boundaries. Only hydration reads them, so without the runtime they are bytes.
 */
const HYDRATION_MARKERS = new Set(['', '$', '/$', '$?', '$!']);

/** @param {{ type: string }} node */
const isHydrationMarker = (node) =>
  node.type === 'comment' && HYDRATION_MARKERS.has(/** @type {import('hast').Comment} */ (node).value.trim());

/** The text a reader sees in the body: what the step must never change. @param {Root} tree */
function visibleText(tree) {
  const body = selectAll('body', tree)[0];
  return body ? toText(body).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Every script a page still loads from /_next/ or still runs from Next's runtime.
 * @param {Root} tree
 * @returns {string[]} descriptions of the offending elements
 */
export function runtimeLeftovers(tree) {
  return selectAll('script, link', tree)
    .filter((node) => isRuntimeElement(node) || /__next_f|TURBOPACK/.test(toString(node)))
    .map((node) => `<${node.tagName} ${prop(node, 'src') ?? prop(node, 'href') ?? ''}>${toString(node).slice(0, 40)}`);
}

/**
 * The page without Next's runtime and React's hydration markers. Throws if a runtime script
 * survives, if the page still loads a script file that is not on the allowlist (known-scripts.mjs),
 * if an inline script or style that is not on the allowlist is left (known-inline.mjs), or if the
 * text a reader sees changes, so the step can never lose content or let in code.
 * @param {string} html
 * @param {string} file for error messages
 * @param {{ allowed: import('./known-inline.mjs').AllowedInline, isRemovable?: (node: Element) => boolean }} options
 *   the inline code the site ships, and which elements go (tests pass their own)
 * @returns {{ html: string, removed: number, tree: Root }}
 */
export function stripRuntime(html, file, { allowed, isRemovable = isRuntimeElement }) {
  const tree = fromHtml(html);
  const before = visibleText(tree);
  let removed = 0;
  remove(tree, { cascade: false }, (node) => {
    if (isHydrationMarker(node)) return true;
    if (node.type !== 'element' || !isRemovable(/** @type {Element} */ (node))) return false;
    removed++;
    return true;
  });
  const leftovers = runtimeLeftovers(tree);
  if (leftovers.length > 0) throw new Error(`${file}: Next's runtime is still loaded: ${leftovers.join(', ')}`);
  const scripts = unknownScripts(tree);
  if (scripts.length > 0) {
    throw new Error(
      `${file}: loads scripts that are not ours: ${scripts.join(', ')}. Pages may load only ${OUR_SCRIPTS.join(' and ')} ` +
        "(scripts/build/known-scripts.mjs); if Next's runtime now loads from outside /_next/, teach " +
        'scripts/build/strip-runtime.mjs where.',
    );
  }
  const unknown = unknownInlineCode(tree, allowed);
  if (unknown.length > 0) {
    throw new Error(
      `${file}: inline code that is not ours: ${unknown.join(', ')}. Only the texts in lib/pages/inline-code.mjs may ` +
        'run inline; if this is new code of ours, add it there.',
    );
  }
  const after = visibleText(tree);
  if (after !== before) throw new Error(`${file}: removing the runtime changed the visible text`);
  return { html: toHtml(tree), removed, tree };
}

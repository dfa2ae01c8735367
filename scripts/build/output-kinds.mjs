// @ts-check
// The kinds of file the site publishes. Every file left in out/ after the post-build step must be one
// of them, or the build fails naming it: a payload, manifest or asset that a Next release starts
// writing would otherwise be published unnoticed, and take a _headers rule of its own (of 100).
import path from 'node:path';
import { isOurScript } from './known-scripts.mjs';

/** Next names its own files and folders with a leading underscore: `_next/`, `_not-found.html`, `__next.*.txt`. */
const isNextInternal = (/** @type {string} */ file) => file.split('/').some((part) => part.startsWith('_'));
const atRoot = (/** @type {string} */ file) => !file.includes('/');

/** @type {((file: string) => boolean)[]} */
const PUBLISHED = [
  // Pages and embed cards (route handlers' extensionless files have their .html by now).
  (file) => file.endsWith('.html') && !isNextInternal(file),
  // The one stylesheet, under a hashed name.
  (file) => file.startsWith('_next/static/') && file.endsWith('.css'),
  (file) => /^social-cards\/[^/]+\.png$/.test(file),
  // Feeds, the sitemap and robots.txt: route outputs of app/.
  (file) => atRoot(file) && /\.(xml|json)$/.test(file) && !isNextInternal(file),
  (file) => file === 'robots.txt',
  (file) => file.endsWith('.js') && isOurScript(`/${file}`),
  // Pagefind's index and its own scripts, all written by postbuild.mjs.
  (file) => file.startsWith('pagefind/'),
  // The hosts' own files: response headers, and Netlify's redirects.
  (file) => file === '_headers' || file === '_redirects',
];

/** @param {string} file */
const isPublished = (file) => PUBLISHED.some((kind) => kind(file));

/**
 * The files of out/ that are of no kind the site publishes. A precompressed copy is judged by its
 * original, so it is named only when it has none.
 * @param {string[]} files every file in out/, relative to it with forward slashes
 */
export function unknownOutputFiles(files) {
  const all = new Set(files);
  return files.filter((file) => {
    const original = file.replace(/\.(br|gz)$/, '');
    return original === file ? !isPublished(file) : !all.has(original);
  });
}

/**
 * Throws, naming each file, if out/ holds a file of a kind the site does not publish.
 * @param {string} outDir
 * @param {string[]} files every file in it
 */
export function checkOutputKinds(outDir, files) {
  const unknown = unknownOutputFiles(files);
  if (unknown.length > 0) {
    throw new Error(
      `${path.basename(outDir)}/: files of a kind the site does not publish: ${unknown.join(', ')}. ` +
        "A new file of Next's that nothing reads: delete it in scripts/build/export-files.mjs (deletePayloads); " +
        'a new kind of our own: add it to scripts/build/output-kinds.mjs.',
    );
  }
}

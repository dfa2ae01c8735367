// @ts-check
// File-level clean-up of Next's static export in out/: names, payloads and unused scripts.
import fs from 'node:fs';
import path from 'node:path';

/** Every file under a directory, as paths relative to it with forward slashes. @param {string} dir */
export function listFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Route handlers (the embed cards) export as files without an extension, which a static host sends
 * with no Content-Type. An HTML document gets `.html`, so hosts serve it at its clean URL as HTML;
 * any other extensionless file stops the build, since nothing could say what it is.
 * @param {string} outDir
 * @returns {string[]} the renamed files
 */
export function nameExtensionlessFiles(outDir) {
  const renamed = [];
  for (const file of listFiles(outDir)) {
    if (path.posix.extname(file) !== '' || path.posix.basename(file).startsWith('_')) continue;
    const full = path.join(outDir, file);
    const start = fs.readFileSync(full, 'utf8').slice(0, 100).trimStart().toLowerCase();
    if (!start.startsWith('<!doctype html')) {
      throw new Error(
        `out/${file}: exported without an extension and is not HTML; give its route a file name with one`,
      );
    }
    fs.renameSync(full, `${full}.html`);
    renamed.push(`${file}.html`);
  }
  return renamed;
}

/**
 * Next writes an RSC payload (`.txt`) beside every page for client-side navigation, and keeps
 * `_not-found.html` beside `404.html`. Without the runtime nothing reads them.
 * @param {string} outDir
 * @returns {string[]} the deleted files
 */
export function deletePayloads(outDir) {
  const files = new Set(listFiles(outDir));
  const deleted = [...files].filter((file) => {
    const base = path.posix.basename(file);
    if (base.startsWith('__next.') && base.endsWith('.txt')) return true;
    if (file.endsWith('.txt') && files.has(file.replace(/\.txt$/, '.html'))) return true;
    return file === '_not-found.html';
  });
  for (const file of deleted) fs.rmSync(path.join(outDir, file));
  removeEmptyDirectories(outDir);
  return deleted;
}

/**
 * Deletes every JavaScript file under out/_next/ that no page references any more.
 * @param {string} outDir
 * @param {Set<string>} referenced URL paths the pages still load
 * @returns {string[]} the deleted files
 */
export function deleteUnusedScripts(outDir, referenced) {
  const deleted = listFiles(outDir).filter(
    (file) => file.startsWith('_next/') && file.endsWith('.js') && !referenced.has(`/${file}`),
  );
  for (const file of deleted) fs.rmSync(path.join(outDir, file));
  removeEmptyDirectories(outDir);
  return deleted;
}

/** @param {string} dir */
function removeEmptyDirectories(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const child = path.join(dir, entry.name);
    removeEmptyDirectories(child);
    if (fs.readdirSync(child).length === 0) fs.rmdirSync(child);
  }
}

/** The URL path a static host serves an exported file at: clean, without `.html` or `index`. @param {string} file */
export function urlPathOf(file) {
  if (!file.endsWith('.html')) return `/${file}`;
  const withoutExtension = `/${file.slice(0, -'.html'.length)}`;
  return withoutExtension === '/index' ? '/' : withoutExtension.replace(/\/index$/, '');
}

// @ts-check
// The fixture of the installed Next's export: a few pages of a real `next build`, on which the unit
// tests run the post-build step. Its folder is named after the installed version, so an upgrade
// without a fresh fixture fails the tests instead of testing the old version's output.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { listFiles } from './export-files.mjs';

/** @type {string} */
const NEXT_VERSION = createRequire(import.meta.url)('next/package.json').version;

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'tests', 'fixtures');
/** @param {string} version */
const exportFixtureOf = (version) => path.join(FIXTURES, `next-${version}`, 'export');

/**
 * The fixture's copy of out/ as `next build` left it. Throws when that Next version has none.
 * @param {string} [version] the installed one unless given
 */
export function nextExportFixture(version = NEXT_VERSION) {
  const dir = exportFixtureOf(version);
  if (!fs.existsSync(dir)) throw new Error(`no fixture for next ${version}: see docs/upgrading-next.md`);
  return dir;
}

/** The pages whose files the fixture keeps: the home page, one article, /search and the two 404 pages. */
const KEPT_PAGES = new Set(['index', 'tips', 'search', '404', '_not-found']);

/**
 * The page a file of the export belongs to: `tips` for tips.html, tips.txt, tips/__next.*.txt,
 * embed/tips and social-cards/tips.png. Files of no page (_next/, feeds, root payloads) name none
 * that exists.
 * @param {string} file
 */
function pageOf(file) {
  const [first = '', second] = file.split('/');
  const name = second !== undefined && ['embed', 'social-cards'].includes(first) ? second : first;
  return name.replace(/\.[^.]*$/, '');
}

/** The text of each flight payload push: the page a second time, and most of its bytes. */
const FLIGHT_PAYLOAD_TEXT = /(<script>self\.__next_f\.push\(\[\d+,)"(?:[^"\\]|\\.)*"(\]\)<\/script>)/g;

/**
 * Copies a raw export (out/ after `next build`, before the post-build step) into the fixture of the
 * installed Next. Small on purpose: it keeps every file of the pages in KEPT_PAGES and every file of
 * no page, so the names are the real ones, and drops the other pages. The step reads only HTML and
 * names: each HTML file is kept as exported but for the text of its flight payload, which the step
 * deletes whole; every other file is kept empty.
 * @param {string} exportDir
 * @param {string} [dir] where to write it: the installed Next's fixture unless given
 * @returns {{ dir: string, files: number, bytes: number }}
 */
export function saveNextFixture(exportDir, dir = exportFixtureOf(NEXT_VERSION)) {
  const pages = new Set(
    listFiles(exportDir)
      .filter((file) => !file.includes('/') && file.endsWith('.html'))
      .map(pageOf),
  );
  const files = listFiles(exportDir).filter((file) => !pages.has(pageOf(file)) || KEPT_PAGES.has(pageOf(file)));
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(exportDir, file), 'latin1');
    const isHtml = text.trimStart().slice(0, 15).toLowerCase() === '<!doctype html>';
    const kept = isHtml ? text.replace(FLIGHT_PAYLOAD_TEXT, '$1""$2') : '';
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), kept, 'latin1');
    bytes += kept.length;
  }
  return { dir, files: files.length, bytes };
}

// @ts-check
// Runs after `next build` (output: 'export'): turns out/ into a site of plain HTML and CSS.
//   1. names extensionless route files (embed cards), deletes RSC payloads, checks the CSS budget;
//   2. removes Next's client runtime from every page (strip-runtime.mjs) and the scripts it used;
//   3. indexes article bodies for /search with Pagefind;
//   4. writes out/_headers from lib/http-headers.mjs, with each page's inline code allowed by hash;
//   5. writes brotli and gzip copies of text files for servers that send precompressed files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { selectAll } from 'hast-util-select';
import * as pagefind from 'pagefind';
import {
  assetHeaders,
  cacheControl,
  formatHeadersFile,
  pageHeaders,
  securityHeaders,
} from '../../lib/http-headers.mjs';
import { CSS_BUDGET_BYTES, checkCssBudget } from './css-budget.mjs';
import { deletePayloads, deleteUnusedScripts, listFiles, nameExtensionlessFiles, urlPathOf } from './export-files.mjs';
import { inlineHashes } from './inline-hashes.mjs';
import { allowedInlineHashes, buildOrigin } from './known-inline.mjs';
import { stripRuntime } from './strip-runtime.mjs';

const OUT = path.resolve(process.argv[2] ?? 'out');
/** Pages that run WebAssembly (Pagefind), and so need 'wasm-unsafe-eval' in their policy. */
const WASM_PAGES = new Set(['/search']);
/** The inline scripts and styles the pages may carry; any other fails the build. */
const allowed = allowedInlineHashes(buildOrigin(process.env));
const COMPRESSIBLE = /\.(html|css|js|json|xml|txt|svg|webmanifest)$/;

/** @param {string} file */
const read = (file) => fs.readFileSync(path.join(OUT, file), 'utf8');

nameExtensionlessFiles(OUT);
const payloads = deletePayloads(OUT);
const css = checkCssBudget(OUT);
console.log(`postbuild: CSS ${css.rawBytes} bytes, ${css.brotliBytes} brotli (budget ${CSS_BUDGET_BYTES})`);

/** @type {Map<string, { file: string, hashes: ReturnType<typeof inlineHashes> }>} */
const pages = new Map();
/** @type {Set<string>} */
const referenced = new Set();
const search = await pagefind.createIndex({ forceLanguage: 'en' });
if (!search.index) throw new Error(`Pagefind: ${search.errors.join('; ')}`);

for (const file of listFiles(OUT).filter((name) => name.endsWith('.html'))) {
  const { html, tree } = stripRuntime(read(file), `out/${file}`, { allowed });
  fs.writeFileSync(path.join(OUT, file), html);
  for (const node of selectAll('[src], link[href]', tree)) {
    referenced.add(String(node.properties.src ?? node.properties.href).split('?')[0] ?? '');
  }
  const url = urlPathOf(file);
  pages.set(url, { file, hashes: inlineHashes(tree) });
  // Only pages that mark an article body (data-pagefind-body) are indexed; Pagefind skips the rest.
  const added = await search.index.addHTMLFile({ url, content: html });
  if (added.errors.length > 0) throw new Error(`Pagefind, out/${file}: ${added.errors.join('; ')}`);
}
const unusedScripts = deleteUnusedScripts(OUT, referenced);

const written = await search.index.writeFiles({ outputPath: path.join(OUT, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();

/** @type {import('../../lib/http-headers.mjs').HeaderRule[]} */
const rules = [
  { path: '/*', headers: securityHeaders },
  {
    path: '/_next/static/*',
    headers: [{ key: 'Cache-Control', value: cacheControl.immutable }, ...assetHeaders],
  },
  { path: '/pagefind/*', headers: [{ key: 'Cache-Control', value: cacheControl.page }, ...assetHeaders] },
];
for (const [url, { file, hashes }] of pages) {
  const headers = [
    { key: 'Cache-Control', value: url === '/404' ? cacheControl.notFound : cacheControl.page },
    ...pageHeaders({
      embed: url.startsWith('/embed/'),
      scriptHashes: hashes.scriptHashes,
      styleHashes: hashes.styleHashes,
      framesOwnPages: hashes.framesOwnPages,
      wasm: WASM_PAGES.has(url),
    }),
  ];
  // Hosts serve a page at its clean URL and, on some, at its file name too.
  rules.push({ path: url, headers }, { path: `/${file}`, headers });
}
for (const file of listFiles(OUT)) {
  if (/\.(html|br|gz)$/.test(file) || /^(_next|pagefind)\//.test(file) || file === '_headers') continue;
  rules.push({ path: `/${file}`, headers: [{ key: 'Cache-Control', value: cacheControl.page }, ...assetHeaders] });
}
fs.writeFileSync(path.join(OUT, '_headers'), formatHeadersFile(rules));

let compressed = 0;
for (const file of listFiles(OUT).filter((name) => COMPRESSIBLE.test(name))) {
  const data = fs.readFileSync(path.join(OUT, file));
  fs.writeFileSync(
    path.join(OUT, `${file}.br`),
    zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  fs.writeFileSync(path.join(OUT, `${file}.gz`), zlib.gzipSync(data, { level: 9 }));
  compressed++;
}

const inlineKiB = Math.max(...[...pages.values()].map((page) => page.hashes.inlineScriptBytes)) / 1024;
console.log(
  `postbuild: ${pages.size} pages without Next's runtime; deleted ${payloads.length} payloads and ` +
    `${unusedScripts.length} scripts; largest inline script ${inlineKiB.toFixed(2)} KiB; ` +
    `${rules.length} header rules; ${compressed} files precompressed`,
);

// @ts-check
// Runs after `next build` (output: 'export'): turns out/ into a site of plain HTML and CSS.
//   1. names extensionless route files (embed cards), deletes RSC payloads, checks the CSS budget;
//   2. removes Next's client runtime from every page (strip-runtime.mjs) and the scripts it used;
//   3. indexes article bodies for /search with Pagefind;
//   4. writes out/_headers (header-rules.mjs), with one page policy that allows every page's inline
//      code by hash, and fails if a host could not read the file;
//   5. writes brotli and gzip copies of text files for servers that send precompressed files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { selectAll } from 'hast-util-select';
import * as pagefind from 'pagefind';
import { CSS_BUDGET_BYTES, checkCssBudget } from './css-budget.mjs';
import { deletePayloads, deleteUnusedScripts, listFiles, nameExtensionlessFiles, urlPathOf } from './export-files.mjs';
import { headerRules, headersFileWithinLimits } from './header-rules.mjs';
import { inlineHashes } from './inline-hashes.mjs';
import { allowedInlineHashes, buildOrigin } from './known-inline.mjs';
import { formatRedirectsFile, redirectRules } from './redirect-rules.mjs';
import { stripRuntime } from './strip-runtime.mjs';

const OUT = path.resolve(process.argv[2] ?? 'out');
/** The inline scripts and styles the pages may carry; any other fails the build. */
const allowed = allowedInlineHashes(buildOrigin(process.env));
const COMPRESSIBLE = /\.(html|css|js|json|xml|txt|svg|webmanifest)$/;

/** @param {string} file */
const read = (file) => fs.readFileSync(path.join(OUT, file), 'utf8');

nameExtensionlessFiles(OUT);
const payloads = deletePayloads(OUT);
const css = checkCssBudget(OUT);
console.log(`postbuild: CSS ${css.rawBytes} bytes, ${css.brotliBytes} brotli (budget ${CSS_BUDGET_BYTES})`);

/** @type {ReturnType<typeof inlineHashes>[]} */
const pages = [];
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
  pages.push(inlineHashes(tree));
  // Only pages that mark an article body (data-pagefind-body) are indexed; Pagefind skips the rest.
  const added = await search.index.addHTMLFile({ url, content: html });
  if (added.errors.length > 0) throw new Error(`Pagefind, out/${file}: ${added.errors.join('; ')}`);
}
const unusedScripts = deleteUnusedScripts(OUT, referenced);

const written = await search.index.writeFiles({ outputPath: path.join(OUT, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();

const rules = headerRules({
  files: listFiles(OUT),
  policy: {
    scriptHashes: [...new Set(pages.flatMap((page) => page.scriptHashes))],
    styleHashes: [...new Set(pages.flatMap((page) => page.styleHashes))],
    framesOwnPages: pages.some((page) => page.framesOwnPages),
    // /search runs Pagefind's WebAssembly. One policy for every page lets no new script in: scripts
    // still come only from our own files and the hashed inline ones.
    wasm: true,
  },
});
const headersFile = headersFileWithinLimits(rules);
fs.writeFileSync(path.join(OUT, '_headers'), headersFile.text);
// Netlify's redirects from /x.html to /x (redirect-rules.mjs says why only Netlify needs them).
fs.writeFileSync(path.join(OUT, '_redirects'), formatRedirectsFile(redirectRules(listFiles(OUT))));

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

const inlineKiB = Math.max(...pages.map((page) => page.inlineScriptBytes)) / 1024;
console.log(
  `postbuild: ${pages.length} pages without Next's runtime; deleted ${payloads.length} payloads and ` +
    `${unusedScripts.length} scripts; largest inline script ${inlineKiB.toFixed(2)} KiB; ` +
    `${rules.length} header rules (longest line ${headersFile.longestLine} characters); ${compressed} files precompressed`,
);

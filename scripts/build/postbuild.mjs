// @ts-check
// The step after `next build` (output: 'export'): turns the export into a site of plain HTML and CSS.
//   1. names extensionless route files (embed cards), deletes RSC payloads, checks the CSS budget;
//   2. removes Next's client runtime from every page (strip-runtime.mjs) and the scripts it used;
//   3. indexes article bodies for /search with Pagefind;
//   4. writes _headers (header-rules.mjs), with one page policy that allows every page's inline
//      code by hash, and fails if a host could not read the file, and Netlify's _redirects
//      (redirect-rules.mjs);
//   5. writes brotli and gzip copies of text files for servers that send precompressed files;
//   6. fails if any file left is of a kind the site does not publish (output-kinds.mjs).
// A function of the folder and the environment, so a unit test can run it on a real export's files.
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
import { checkOutputKinds } from './output-kinds.mjs';
import { formatRedirectsFile, redirectRules } from './redirect-rules.mjs';
import { stripRuntime } from './strip-runtime.mjs';

const COMPRESSIBLE = /\.(html|css|js|json|xml|txt|svg|webmanifest)$/;

/**
 * Runs the whole step on an exported folder, in place.
 * @param {string} outDir the export, `out/` in a build
 * @param {Record<string, string | undefined>} env SITE_URL: the origin `next build` was given
 * @param {(line: string) => void} [log]
 */
export async function postbuild(outDir, env, log = console.log) {
  /** The inline scripts and styles the pages may carry; any other fails the build. */
  const allowed = allowedInlineHashes(buildOrigin(env));

  nameExtensionlessFiles(outDir);
  const payloads = deletePayloads(outDir);
  const css = checkCssBudget(outDir);
  log(`postbuild: CSS ${css.rawBytes} bytes, ${css.brotliBytes} brotli (budget ${CSS_BUDGET_BYTES})`);

  const pages = await stripAndIndexPages(outDir, allowed);
  const unusedScripts = deleteUnusedScripts(outDir, pages.referenced);

  const rules = headerRules({
    files: listFiles(outDir),
    policy: {
      scriptHashes: [...new Set(pages.hashes.flatMap((page) => page.scriptHashes))],
      styleHashes: [...new Set(pages.hashes.flatMap((page) => page.styleHashes))],
      framesOwnPages: pages.hashes.some((page) => page.framesOwnPages),
      // /search runs Pagefind's WebAssembly. One policy for every page lets no new script in: scripts
      // still come only from our own files and the hashed inline ones.
      wasm: true,
    },
  });
  const headersFile = headersFileWithinLimits(rules);
  fs.writeFileSync(path.join(outDir, '_headers'), headersFile.text);
  // Netlify's redirects from /x.html to /x (redirect-rules.mjs says why only Netlify needs them).
  fs.writeFileSync(path.join(outDir, '_redirects'), formatRedirectsFile(redirectRules(listFiles(outDir))));

  const compressed = precompress(outDir);
  checkOutputKinds(outDir, listFiles(outDir));

  const inlineKiB = Math.max(...pages.hashes.map((page) => page.inlineScriptBytes)) / 1024;
  log(
    `postbuild: ${pages.hashes.length} pages without Next's runtime; deleted ${payloads.length} payloads and ` +
      `${unusedScripts.length} scripts; largest inline script ${inlineKiB.toFixed(2)} KiB; ` +
      `${rules.length} header rules (longest line ${headersFile.longestLine} characters); ${compressed} files precompressed`,
  );
}

/**
 * Strips the runtime from every page and indexes it for search (the index must see the final HTML),
 * then writes the index to pagefind/.
 * @param {string} outDir
 * @param {import('./known-inline.mjs').AllowedInline} allowed
 */
async function stripAndIndexPages(outDir, allowed) {
  /** @type {ReturnType<typeof inlineHashes>[]} */
  const hashes = [];
  /** URL paths the pages still load, so the scripts nothing loads can go. @type {Set<string>} */
  const referenced = new Set();
  const search = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!search.index) throw new Error(`Pagefind: ${search.errors.join('; ')}`);
    for (const file of listFiles(outDir).filter((name) => name.endsWith('.html'))) {
      const named = `${path.basename(outDir)}/${file}`;
      const { html, tree } = stripRuntime(fs.readFileSync(path.join(outDir, file), 'utf8'), named, { allowed });
      fs.writeFileSync(path.join(outDir, file), html);
      for (const node of selectAll('[src], link[href]', tree)) {
        referenced.add(String(node.properties.src ?? node.properties.href).split('?')[0] ?? '');
      }
      hashes.push(inlineHashes(tree));
      // Only pages that mark an article body (data-pagefind-body) are indexed; Pagefind skips the rest.
      const added = await search.index.addHTMLFile({ url: urlPathOf(file), content: html });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${named}: ${added.errors.join('; ')}`);
    }
    const written = await search.index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    // Pagefind runs as a child process, which would keep Node (or a test worker) alive.
    await pagefind.close();
  }
  return { hashes, referenced };
}

/**
 * Writes brotli and gzip copies of the text files, for servers that send precompressed files.
 * @param {string} outDir
 * @returns {number} how many files were compressed
 */
function precompress(outDir) {
  const files = listFiles(outDir).filter((name) => COMPRESSIBLE.test(name));
  for (const file of files) {
    const data = fs.readFileSync(path.join(outDir, file));
    fs.writeFileSync(
      path.join(outDir, `${file}.br`),
      zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    fs.writeFileSync(path.join(outDir, `${file}.gz`), zlib.gzipSync(data, { level: 9 }));
  }
  return files.length;
}

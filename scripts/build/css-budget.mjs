// @ts-check
// The stylesheet blocks the first paint of every page, so its size is part of every first view.
// Tailwind decides that size from what its scanner reads (app/globals.css scopes it), and one
// stray source can triple it without any test noticing: the build checks it instead.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { listFiles } from './export-files.mjs';

/** All CSS together, brotli-compressed as the build precompresses it (quality 11). */
export const CSS_BUDGET_BYTES = 6 * 1024;

/** @param {Buffer} data */
const brotliBytes = (data) =>
  zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Sizes of the CSS files in out/: each file compressed on its own, as a browser fetches them.
 * @param {string} outDir
 */
export function cssSize(outDir) {
  const files = listFiles(outDir).filter((file) => file.endsWith('.css'));
  const data = files.map((file) => fs.readFileSync(path.join(outDir, file)));
  return {
    files,
    rawBytes: data.reduce((sum, bytes) => sum + bytes.length, 0),
    brotliBytes: data.reduce((sum, bytes) => sum + brotliBytes(bytes), 0),
  };
}

/**
 * Throws, naming the limit, the size and the files, when all CSS together is over the budget.
 * @param {string} outDir
 * @param {number} [limit] bytes of brotli
 */
export function checkCssBudget(outDir, limit = CSS_BUDGET_BYTES) {
  const size = cssSize(outDir);
  if (size.brotliBytes > limit) {
    throw new Error(
      `CSS is ${size.brotliBytes} bytes brotli (${size.rawBytes} raw), over its budget of ${limit} bytes ` +
        `(${limit / 1024} KiB): ${size.files.join(', ')}. Check the @source lines in app/globals.css first.`,
    );
  }
  return size;
}

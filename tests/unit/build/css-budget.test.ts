import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSS_BUDGET_BYTES, checkCssBudget, cssSize } from '@/scripts/build/css-budget.mjs';

let out: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  fs.writeFileSync(path.join(out, file), text);
};
/** CSS that brotli cannot shrink much: one rule per random class name. */
const randomRules = (count: number) =>
  Array.from({ length: count }, () => `.c${crypto.randomBytes(6).toString('hex')}{color:red}`).join('');

beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'css-'));
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

describe('the CSS budget', () => {
  it('allows CSS of exactly the budget and fails it one byte over', () => {
    write('_next/static/chunks/site.css', randomRules(100));
    const { brotliBytes } = cssSize(out);
    expect(checkCssBudget(out, brotliBytes).brotliBytes).toBe(brotliBytes);
    expect(() => checkCssBudget(out, brotliBytes - 1)).toThrow(
      `CSS is ${brotliBytes} bytes brotli (${cssSize(out).rawBytes} raw), over its budget of ${brotliBytes - 1} bytes`,
    );
  });

  it('adds up every CSS file under out/, raw and compressed', () => {
    write('_next/static/chunks/a.css', 'a{color:red}');
    write('other/b.css', 'b{color:blue}');
    write('index.html', '<p>not CSS</p>');
    const size = cssSize(out);
    expect(size.files).toEqual(['_next/static/chunks/a.css', 'other/b.css']);
    expect(size.rawBytes).toBe(25);
    expect(size.brotliBytes).toBeGreaterThan(0);
  });

  it('fails the build naming the size, the limit and the files when the CSS is over it', () => {
    write('_next/static/chunks/site.css', randomRules(1200));
    const { brotliBytes, rawBytes } = cssSize(out);
    expect(brotliBytes).toBeGreaterThan(CSS_BUDGET_BYTES);
    expect(() => checkCssBudget(out)).toThrow(
      `CSS is ${brotliBytes} bytes brotli (${rawBytes} raw), over its budget of 6144 bytes (6 KiB): _next/static/chunks/site.css.`,
    );
  });

  it('passes a stylesheet within the budget', () => {
    write('_next/static/chunks/site.css', randomRules(20));
    expect(checkCssBudget(out).brotliBytes).toBeLessThanOrEqual(CSS_BUDGET_BYTES);
  });
});

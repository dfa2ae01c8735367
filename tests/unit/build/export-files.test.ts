import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deletePayloads,
  deleteUnusedScripts,
  listFiles,
  nameExtensionlessFiles,
  urlPathOf,
} from '@/scripts/build/export-files.mjs';

let out: string;
const write = (file: string, text = '') => {
  fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  fs.writeFileSync(path.join(out, file), text);
};

beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

describe('the export clean-up', () => {
  it('gives an HTML route file its extension and refuses any other extensionless file', () => {
    write('embed/scars', '<!DOCTYPE html><html></html>');
    expect(nameExtensionlessFiles(out)).toEqual(['embed/scars.html']);
    write('social/card', '\x89PNG');
    expect(() => nameExtensionlessFiles(out)).toThrow(
      /out\/social\/card: exported without an extension and is not HTML/,
    );
  });

  it("deletes Next's payloads and duplicate 404 page, keeping robots.txt and the pages", () => {
    for (const file of [
      'scars.html',
      'scars.txt',
      'scars/__next._tree.txt',
      'robots.txt',
      '_not-found.html',
      '404.html',
    ]) {
      write(file);
    }
    deletePayloads(out);
    expect(listFiles(out)).toEqual(['404.html', 'robots.txt', 'scars.html']);
  });

  it('deletes only the scripts no page references', () => {
    write('_next/static/chunks/used.js');
    write('_next/static/chunks/unused.js');
    write('_next/static/chunks/a.css');
    deleteUnusedScripts(out, new Set(['/_next/static/chunks/used.js']));
    expect(listFiles(out)).toEqual(['_next/static/chunks/a.css', '_next/static/chunks/used.js']);
  });

  it('maps exported files to the clean URLs a host serves them at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('scars.html')).toBe('/scars');
    expect(urlPathOf('embed/scars.html')).toBe('/embed/scars');
    expect(urlPathOf('feed.xml')).toBe('/feed.xml');
  });
});

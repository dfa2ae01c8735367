import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles } from '@/scripts/build/export-files.mjs';
import { nextExportFixture, saveNextFixture } from '@/scripts/build/next-fixture.mjs';

let tmp: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(tmp, 'out', file)), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'out', file), text);
};
const page = (title: string) =>
  `<!DOCTYPE html><html><body><h1>${title}</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n${title}"])</script></body></html>`;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the export fixture', () => {
  it('is named after the installed Next, and says where to look when an upgrade has none', () => {
    expect(fs.existsSync(path.join(nextExportFixture(), 'index.html'))).toBe(true);
    expect(() => nextExportFixture('99.0.0')).toThrow('no fixture for next 99.0.0: see docs/upgrading-next.md');
  });

  it("keeps the real names of the kept pages' files and of files of no page, drops other pages", () => {
    for (const file of ['index.html', 'tips.html', 'scars.html', 'embed/tips', 'embed/scars']) write(file, page(file));
    for (const file of [
      'tips.txt',
      'scars.txt',
      'scars/__next._tree.txt',
      '__next._tree.txt',
      'social-cards/scars.png',
    ]) {
      write(file, 'payload');
    }
    write('_next/static/chunks/a.js', 'runtime()');
    write('feed.xml', '<feed/>');
    const saved = saveNextFixture(path.join(tmp, 'out'), path.join(tmp, 'fixture'));
    expect(listFiles(saved.dir)).toEqual([
      '__next._tree.txt',
      '_next/static/chunks/a.js',
      'embed/tips',
      'feed.xml',
      'index.html',
      'tips.html',
      'tips.txt',
    ]);
    expect(saved.files).toBe(7);
  });

  it('keeps HTML as exported but for the text of the flight payload, and other files empty', () => {
    write('index.html', page('Home'));
    write('feed.xml', '<feed/>');
    const saved = saveNextFixture(path.join(tmp, 'out'), path.join(tmp, 'fixture'));
    expect(fs.readFileSync(path.join(saved.dir, 'index.html'), 'utf8')).toBe(
      '<!DOCTYPE html><html><body><h1>Home</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
        '<script>self.__next_f.push([1,""])</script></body></html>',
    );
    expect(fs.readFileSync(path.join(saved.dir, 'feed.xml'), 'utf8')).toBe('');
  });
});

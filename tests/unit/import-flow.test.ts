import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Data flows one way: content -> page models -> app routes -> components, and output that is not
 * an HTML page reads both content and page models. Each room lists the rooms it may import values
 * from; a type-only import crosses freely, since it ships no code and reads no file. The one
 * exception is named with its reason.
 */
const ROOMS = {
  'lib/content': ['lib/content', 'lib'],
  'lib/pages': ['lib/pages', 'lib/content', 'lib'],
  'lib/publish': ['lib/publish', 'lib/pages', 'lib/content', 'lib'],
  lib: ['lib'],
  app: ['app', 'components', 'lib/publish', 'lib/pages', 'lib/content', 'lib'],
  components: ['components', 'lib/pages', 'lib'],
} as const;
type Room = keyof typeof ROOMS;

/** Value imports allowed against the flow, each with why. */
const EXCEPTIONS: Record<string, string> = {
  // The props contract of the MDX components: zod schemas and their option lists, no file access.
  'components -> lib/content/component-props': 'the components render what this contract allows',
};

const ROOT = process.cwd();
const SOURCE = /\.(ts|tsx|mjs)$/;

function roomOf(file: string): Room | undefined {
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  if (relative === 'mdx-components.tsx') return 'components';
  const rooms = Object.keys(ROOMS) as Room[];
  // The longest matching prefix: lib/content before lib.
  return rooms.filter((room) => relative.startsWith(`${room}/`)).sort((a, b) => b.length - a.length)[0];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

/** Every import of a file: its specifier and whether it brings only types. */
function importsOf(text: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(statement)) {
    const names = match[3] ?? '';
    const everyNameIsType =
      /^\{[^}]*\}$/.test(names.trim()) &&
      names
        .replace(/[{}\s]/g, '')
        .split(',')
        .filter(Boolean)
        .every((name) => name.startsWith('type'));
    found.push({ specifier: match[4]!, typeOnly: Boolean(match[2]) || everyNameIsType });
  }
  for (const match of text.matchAll(/(?:import\(|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: match[1]!, typeOnly: false });
  }
  return found;
}

function resolve(specifier: string, from: string): string | undefined {
  if (specifier.startsWith('@/')) return path.join(ROOT, specifier.slice(2));
  if (specifier.startsWith('.')) return path.resolve(path.dirname(from), specifier);
  return undefined;
}

/** Each value import against the flow, as "file: imports target (room -> room)". */
function wrongWayImports(files: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const from = roomOf(file);
    if (!from) continue;
    for (const { specifier, typeOnly } of importsOf(fs.readFileSync(file, 'utf8'))) {
      const target = resolve(specifier, file);
      const to = target && roomOf(target);
      if (!to || typeOnly || (ROOMS[from] as readonly string[]).includes(to)) continue;
      const targetModule = path.relative(ROOT, target).replace(/\.(ts|tsx|mjs)$/, '');
      if (EXCEPTIONS[`${from} -> ${targetModule}`]) continue;
      problems.push(`${path.relative(ROOT, file)}: imports ${specifier} (${from} -> ${to})`);
    }
  }
  return problems;
}

describe('imports follow the data flow', () => {
  const files = ['lib', 'app', 'components'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  it('finds the source files of every room', () => {
    const seen = new Set(files.map(roomOf));
    expect([...seen].sort()).toEqual(Object.keys(ROOMS).sort());
  });

  it('no file imports a value against the flow', () => {
    expect(wrongWayImports([...files, path.join(ROOT, 'mdx-components.tsx')])).toEqual([]);
  });

  it('reads type-only imports apart from value imports', () => {
    expect(importsOf("import type { A } from '@/lib/content/articles';\n")).toEqual([
      { specifier: '@/lib/content/articles', typeOnly: true },
    ]);
    expect(importsOf("import { type A, type B } from './x';\n")).toEqual([{ specifier: './x', typeOnly: true }]);
    expect(importsOf("import { getArticles, type A } from './x';\n")).toEqual([{ specifier: './x', typeOnly: false }]);
  });

  it('fails on a page model imported by the content room', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'lib', 'content', '.flow-test-'));
    const file = path.join(dir, 'bad.ts');
    try {
      fs.writeFileSync(file, "import { pageIds } from '@/lib/pages/page-ids';\n");
      expect(wrongWayImports([file])).toEqual([
        `${path.relative(ROOT, file)}: imports @/lib/pages/page-ids (lib/content -> lib/pages)`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

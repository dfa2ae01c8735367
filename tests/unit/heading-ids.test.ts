import { nodeTypes } from '@mdx-js/mdx';
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '@/lib/content/article-source';
import { articlesDir } from '@/lib/content/paths';
import { foldAccents } from '@/lib/content/rehype-ascii-heading-ids.mjs';
import { renderMdx } from '../helpers/render-mdx';

const SPANISH = [
  '## ¿Qué es el microneedling con PRP?',
  '## Después de la sesión',
  '## Niños y adolescentes',
  '## Después de la sesión',
  '## Pingüino, ¡señal!',
].join('\n\nTexto.\n\n');

const renderedHeadingIds = (html: string) => [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((match) => match[1]);

/** Heading ids as rehype-slug alone gives them, as every published anchor was made. */
function rehypeSlugIds(source: string): string[] {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkRehype, { passThrough: [...nodeTypes] })
    .use(rehypeSlug);
  const tree = processor.runSync(processor.parse(source)) as Root;
  const ids: string[] = [];
  visit(tree, 'element', (element) => {
    if (headingRank(element)) ids.push(String(element.properties.id));
  });
  return ids;
}

describe('heading ids are ASCII (issue 25: Spanish headings)', () => {
  const expected = [
    'que-es-el-microneedling-con-prp',
    'despues-de-la-sesion',
    'ninos-y-adolescentes',
    'despues-de-la-sesion-1',
    'pinguino-senal',
  ];

  it('folds accents, tildes and diaeresis, and drops ¿ and ¡', () => {
    expect(foldAccents('Después, señal, pingüino, ÁÉÍÓÚÑ')).toBe('Despues, senal, pinguino, AEIOUN');
    const { headings } = parseArticleSource(SPANISH, 'content/articles/es/prueba.mdx');
    expect(headings.map((heading) => heading.id)).toEqual(expected);
    // The text a reader sees keeps its accents.
    expect(headings[1]?.text).toBe('Después de la sesión');
  });

  it('gives the rendered page the ids lib/ reads', async () => {
    expect(renderedHeadingIds(await renderMdx(SPANISH, []))).toEqual(expected);
  });

  it('leaves every English article’s heading ids as rehype-slug alone made them', () => {
    const files = fs.readdirSync(articlesDir).filter((name) => name.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const source = fs.readFileSync(path.join(articlesDir, name), 'utf8');
      const ids = parseArticleSource(source, name).headings.map((heading) => heading.id);
      expect(ids, name).toEqual(rehypeSlugIds(source));
    }
  });
});

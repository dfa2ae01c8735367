import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/articles';
import { extractAnchorIds, extractInternalLinks } from '@/lib/mdx-source';
import { getRegistry } from '@/lib/references';

/** Ids every article page has besides those in its body (from the article layout). */
const LAYOUT_IDS = ['main', 'in-short', 'on-this-page', 'sources', 'how-sure', 'all-topics'];

describe('links between articles', () => {
  const articles = getArticles();
  const anchorsByPath = new Map<string, Set<string>>(
    articles.map((article) => [
      article.href,
      new Set([...LAYOUT_IDS, ...extractAnchorIds(article.body), ...article.citations.map((id) => `ref-${id}`)]),
    ]),
  );
  anchorsByPath.set('/references', new Set(['main', ...[...getRegistry().keys()].map((id) => `ref-${id}`)]));
  for (const path of ['/for-clinics', '/handout']) anchorsByPath.set(path, new Set(['main']));

  for (const article of articles) {
    it(`${article.file} links only to pages and sections that exist`, () => {
      const broken = extractInternalLinks(article.body).filter((link) => {
        const [path = '', fragment] = link.split('#');
        const anchors = anchorsByPath.get(path);
        return !anchors || (fragment !== undefined && !anchors.has(fragment));
      });
      expect(broken, `${article.file}: broken internal links`).toEqual([]);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/articles';
import { LAYOUT_IDS, refId } from '@/lib/pages/page-ids';
import { sitePages } from '@/lib/pages/site-pages';

describe('links between articles', () => {
  const articles = getArticles();
  const anchorsByPath = new Map<string, Set<string>>(
    articles.map((article) => [
      article.href,
      new Set([
        ...LAYOUT_IDS,
        ...article.headings.map((heading) => heading.id),
        ...article.faq.map((entry) => entry.id),
        ...article.glossary.map((entry) => entry.id),
        ...article.keptAnchors,
        ...article.citations.map(refId),
      ]),
    ]),
  );
  anchorsByPath.set('/references', new Set(['main']));
  for (const page of Object.values(sitePages))
    anchorsByPath.set(page.path, anchorsByPath.get(page.path) ?? new Set(['main']));

  for (const article of articles) {
    it(`${article.file} links only to pages and sections that exist`, () => {
      const broken = article.internalLinks.filter((link) => {
        const [path = '', fragment] = link.startsWith('#') ? [article.href, link.slice(1)] : link.split('#');
        const anchors = anchorsByPath.get(path);
        return !anchors || (fragment !== undefined && !anchors.has(fragment));
      });
      expect(broken, `${article.file}: broken internal links`).toEqual([]);
    });
  }
});

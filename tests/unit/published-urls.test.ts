import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/articles';
import { publishedUrls } from '@/lib/pages/published-urls';
import { sitePages } from '@/lib/pages/site-pages';

const committed = fs.readFileSync('tests/published-urls.txt', 'utf8').split('\n').filter(Boolean);

describe('the committed list of published URLs', () => {
  it('includes every current page and anchor (run npm run urls:update and review the diff)', () => {
    expect(publishedUrls(getArticles()).filter((url) => !committed.includes(url))).toEqual([]);
  });

  it('still resolves every URL it ever listed: no page, heading or FAQ id was removed or renamed', () => {
    const current = new Set([
      sitePages.references.path,
      ...getArticles().flatMap((article) => [
        article.href,
        ...[
          ...article.headings.map((heading) => heading.id),
          ...article.faq.map((entry) => entry.id),
          ...article.glossary.map((entry) => entry.id),
          ...article.keptAnchors,
        ].map((id) => `${article.href}#${id}`),
      ]),
    ]);
    expect(committed.filter((url) => !current.has(url))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/articles';
import { checkArticlePageIds } from '@/lib/pages/check-page-ids';

// The page model runs this check on the page it builds; here it runs on every article at once, so a
// clash shows in the unit tests before a build.
describe('every article page', () => {
  for (const article of getArticles()) {
    it(`${article.file} gives each id to one element only`, () => {
      expect(() => checkArticlePageIds(article)).not.toThrow();
    });
  }
});

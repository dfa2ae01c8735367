import { describe, expect, it } from 'vitest';
import { getArticle, getArticles } from '@/lib/content/articles';

describe('treatment articles', () => {
  const treatments = getArticles().filter((a) => a.evidence !== undefined);

  it('are the pages on what it is and what it may help, each rated for evidence', () => {
    expect(treatments.map((a) => a.slug).sort()).toEqual([
      'collagen',
      'growth-factors',
      'hyperpigmentation',
      'scars',
      'skin-texture',
      'wrinkles',
    ]);
  });

  for (const article of treatments) {
    it(`${article.file} says how sure the evidence is and links to the risks and who should not have it`, () => {
      expect(article.evidence, `${article.file}: evidence`).toBeDefined();
      const links = article.internalLinks.map((link) => link.split('#')[0]);
      expect(links).toContain('/risks');
      expect(links).toContain('/is-it-right-for-me');
    });
  }
});

describe('the FAQ and tips', () => {
  it('answer the six questions the source document asks, at stable anchors', () => {
    expect(getArticle('faq')?.faq.map((item) => item.id)).toEqual(
      expect.arrayContaining([
        'recovery-time',
        'number-of-sessions',
        'side-effects',
        'skin-types',
        'how-long-results-last',
        'cost',
      ]),
    );
  });

  it('give at least seven tips', () => {
    expect(getArticle('tips')?.components.get('Tip') ?? 0).toBeGreaterThanOrEqual(7);
  });
});

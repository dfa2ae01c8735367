import type { Article } from './articles';
import { readability } from './readability';

/**
 * How long the articles may be, how hard to read, and how much they may repeat each other. A good
 * public health page answers one need in about 800 words; the option grid's table cells count as
 * prose, so its page gets more. The content tests and `npm run report:content` both read these.
 */
export const contentBudgets = {
  totalWords: 14_000,
  articleWords: 1_500,
  /** Pages allowed more words than `articleWords`, by slug. */
  articleWordsBySlug: { 'acne-scar-treatments': 2_200 } as Record<string, number>,
  maxGrade: 7,
  maxSentenceWords: 25,
  faqAnswerWords: 60,
  /**
   * Passages of 8 or more words that stand on 3 or more articles: 28 before the rewrite of
   * 2026-12-06 (by this count), 2 after it. A few short shared phrases are fine; a fact is not.
   */
  repeatedPassages: 5,
} as const;

export function wordBudget(article: Pick<Article, 'slug'>): number {
  return contentBudgets.articleWordsBySlug[article.slug] ?? contentBudgets.articleWords;
}

/** Words a reader reads on a page: its key points, verdict and body prose. */
export function articleWords(article: Pick<Article, 'readableText'>): number {
  return readability(article.readableText).words;
}

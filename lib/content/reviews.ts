import type { Article } from './articles';
import { toUtcDate } from './schemas';

const DAY = 86_400_000;

/** Whole days from `day` (YYYY-MM-DD) to the article's next review: negative when it is overdue. */
export function daysUntilReview(article: Pick<Article, 'nextReview'>, day: string): number {
  return Math.round((toUtcDate(article.nextReview).getTime() - toUtcDate(day).getTime()) / DAY);
}

/** The rule CI holds every page to: a page is overdue once its next review date has passed. */
export function overdueArticles<T extends Pick<Article, 'nextReview'>>(articles: readonly T[], day: string): T[] {
  return articles.filter((article) => daysUntilReview(article, day) < 0);
}

import { describe, expect, it } from 'vitest';
import { getArticles, type Article } from '@/lib/content/articles';

/**
 * The day the check is made for: REVIEW_DATE (YYYY-MM-DD), which CI sets to today, so a page past
 * its "Next review due" date turns the run red. Without it the check uses the newest lastReviewed
 * of the site, so an old commit still passes when rebuilt later; `npm run check:reviews` reads the
 * clock and lists what is due soon.
 */
const reviewDate =
  process.env.REVIEW_DATE ??
  getArticles()
    .map((article) => article.lastReviewed)
    .sort()
    .at(-1)!;

/** Articles whose next review was due before `day`. */
const overdue = (articles: readonly Article[], day: string) =>
  articles
    .filter((article) => article.nextReview < day)
    .map((article) => `${article.file}: next review was due ${article.nextReview}`);

/** Articles that claim a review after `day`. */
const reviewedLater = (articles: readonly Article[], day: string) =>
  articles
    .filter((article) => article.lastReviewed > day)
    .map((article) => `${article.file}: last reviewed ${article.lastReviewed}`);

describe(`review dates on ${reviewDate}`, () => {
  it('no page is overdue for review', () => {
    expect(overdue(getArticles(), reviewDate)).toEqual([]);
  });

  it('no page claims a review in the future', () => {
    expect(reviewedLater(getArticles(), reviewDate)).toEqual([]);
  });

  it('can fail: a day after a due date is overdue, a review after the day is in the future', () => {
    const [article] = getArticles();
    expect(overdue([article!], '2099-01-01')).toEqual([`${article!.file}: next review was due ${article!.nextReview}`]);
    expect(reviewedLater([article!], '2000-01-01')).toHaveLength(1);
  });
});

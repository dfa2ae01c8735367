import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/articles';

// Today's date (UTC). A page past its "Next review due" date turns the build red, so readers never
// see an overdue review date under a green CI run. `npm run check:reviews` lists what is due soon.
const today = new Date().toISOString().slice(0, 10);

describe('review dates', () => {
  it(`no page is overdue for review on ${today}`, () => {
    const overdue = getArticles()
      .filter((article) => article.nextReview < today)
      .map((article) => `${article.file}: next review was due ${article.nextReview}`);
    expect(overdue).toEqual([]);
  });

  it('no page claims a review in the future', () => {
    const future = getArticles()
      .filter((article) => article.lastReviewed > today)
      .map((article) => `${article.file}: last reviewed ${article.lastReviewed}`);
    expect(future).toEqual([]);
  });
});

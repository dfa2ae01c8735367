import { describe, expect, it } from 'vitest';
import { getArticles, siteLastReviewed } from '@/lib/content/articles';
import { daysUntilReview, overdueArticles } from '@/lib/content/reviews';

/**
 * The day to check against: REVIEW_DATE (CI sets it, .ci/run) or today by the clock, so a page past
 * its "Next check due" date turns any run red, as it should: its facts are out of date. To rebuild
 * an old commit as it was, set REVIEW_DATE to that commit's day. `npm run check:reviews` lists what
 * is due within 30 days.
 */
const reviewDate = process.env.REVIEW_DATE ?? new Date().toISOString().slice(0, 10);

describe(`review dates on ${reviewDate}`, () => {
  it('no page is overdue for review', () => {
    expect(overdueArticles(getArticles(), reviewDate).map((article) => article.file)).toEqual([]);
  });

  it('no page claims a check later than that day', () => {
    expect(siteLastReviewed(getArticles()) <= reviewDate).toBe(true);
  });
});

describe('the review rules', () => {
  const page = (nextReview: string) => ({ nextReview, file: `${nextReview}.mdx` });

  it('counts whole days to the next review, negative once it has passed', () => {
    expect(daysUntilReview(page('2027-01-31'), '2027-01-01')).toBe(30);
    expect(daysUntilReview(page('2027-01-01'), '2027-01-02')).toBe(-1);
  });

  it('calls a page overdue the day after its review date, not on it', () => {
    expect(overdueArticles([page('2027-01-01'), page('2027-01-02')], '2027-01-02')).toEqual([page('2027-01-01')]);
  });

  it('dates the site by its newest check', () => {
    expect(siteLastReviewed([{ lastReviewed: '2026-12-06' }, { lastReviewed: '2026-12-08' }])).toBe('2026-12-08');
    expect(() => siteLastReviewed([])).toThrow('no articles');
  });
});

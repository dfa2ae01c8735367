import { formatDate } from '@/lib/format';

export type ReviewDatesProps = { lastReviewed: string; nextReview: string };

/**
 * When the page's facts were last checked against their sources, and when the next check is due:
 * the NHS website's "Page last reviewed" pattern, worded for what the date means here.
 */
export function ReviewDates({ lastReviewed, nextReview }: ReviewDatesProps) {
  return (
    <dl className="review-dates grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base text-muted">
      <dt>Facts last checked against sources:</dt>
      <dd>
        <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </dd>
      <dt>Next check due:</dt>
      <dd>
        <time dateTime={nextReview}>{formatDate(nextReview)}</time>
      </dd>
    </dl>
  );
}

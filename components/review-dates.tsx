import { formatDate } from '@/lib/format';

export type ReviewDatesProps = { lastReviewed: string; nextReview: string };

/** "Page last reviewed / Next review due", at the bottom of the page as on the NHS website. */
export function ReviewDates({ lastReviewed, nextReview }: ReviewDatesProps) {
  return (
    <dl className="review-dates grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base text-muted">
      <dt>Page last reviewed:</dt>
      <dd>
        <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </dd>
      <dt>Next review due:</dt>
      <dd>
        <time dateTime={nextReview}>{formatDate(nextReview)}</time>
      </dd>
    </dl>
  );
}

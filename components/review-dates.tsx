const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD) as readers write it, e.g. 25 November 2026. */
export function formatDate(value: string): string {
  return dateFormat.format(new Date(`${value}T00:00:00Z`));
}

export type ReviewDatesProps = { lastReviewed: string; nextReview: string };

/** "Page last reviewed / Next review due", at the bottom of the page as on the NHS website. */
export function ReviewDates({ lastReviewed, nextReview }: ReviewDatesProps) {
  return (
    <dl className="review-dates grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base text-zinc-700 dark:text-zinc-300">
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

import { formatDate } from '@/lib/pages/format';
import { FACTS_LAST_CHECKED } from '@/lib/pages/labels';
import type { SiteContact } from '@/lib/site-contact';
import { ReportPageProblem } from './report-problem';

export type ReviewDatesProps = {
  lastReviewed: string;
  nextReview: string;
  /** The page's path, named in a report's email subject. */
  path: string;
  contact: SiteContact | undefined;
};

/**
 * When the page's facts were last checked against their sources, and when the next check is due:
 * the NHS website's "Page last reviewed" pattern, worded for what the date means here. Beside the
 * dates, where the site has a contact route, a way to report a fact that is wrong.
 */
export function ReviewDates({ lastReviewed, nextReview, path, contact }: ReviewDatesProps) {
  return (
    <div className="review-dates space-y-2 text-base text-muted">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt>{FACTS_LAST_CHECKED} against sources:</dt>
        <dd>
          <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        </dd>
        <dt>Next check due:</dt>
        <dd>
          <time dateTime={nextReview}>{formatDate(nextReview)}</time>
        </dd>
      </dl>
      <ReportPageProblem path={path} contact={contact} />
    </div>
  );
}

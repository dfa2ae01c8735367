import { toUtcDate } from './schemas';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD) as readers write it, e.g. 25 November 2026. */
export function formatDate(value: string): string {
  return dateFormat.format(toUtcDate(value));
}

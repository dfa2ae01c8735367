import { toUtcDate } from './schemas';

const dateFormat = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD) as US readers write it, e.g. November 25, 2026. */
export function formatDate(value: string): string {
  return dateFormat.format(toUtcDate(value));
}

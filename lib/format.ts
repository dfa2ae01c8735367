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

/** Text made safe to place in HTML or XML, in element content or a quoted attribute. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

import { toUtcDate } from '@/lib/content/schemas';

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

/** One person's name as the registry writes it: surname, then initials ("Chi C-C", "Abdel Hay R"). */
const PERSON = /^\p{Lu}[\p{L}'’ -]+ \p{Lu}[\p{Lu}-]{0,4}$/u;

/**
 * Authors as a reference list prints them: one or two people in full, more as the first and
 * "et al." (the linked record names them all). An organization's name is printed as it is. The
 * full lists made /references heavier than a first view may be.
 */
export function printedAuthors(authors: string): string {
  const names = authors.replace(/\.$/, '').split(', ');
  return names.length > 2 && names.every((name) => PERSON.test(name)) ? `${names[0]} et al` : names.join(', ');
}

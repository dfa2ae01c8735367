import { z } from 'zod';

/** Where readers report a mistake: an email address or the https address of a web form. */
export type SiteContact = { kind: 'email'; address: string } | { kind: 'form'; url: string };

const email = z.email();
// A public domain, so a form on this machine or a private host never reaches the pages.
const formUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

/** What is wrong with the two near misses a publisher is likely to make; empty for anything else. */
function hint(raw: string): string {
  if (/^http:\/\//i.test(raw)) return ' (a form must use https)';
  if (URL.canParse(raw) && new URL(raw).username) return ' (the URL must not carry a user name or password)';
  return '';
}

/**
 * The contact route from SITE_CONTACT, set by whoever publishes the site. Unset or empty means
 * there is none: the pages then offer no contact, since an invented address would be a dead end.
 */
export function parseSiteContact(env: Readonly<Record<string, string | undefined>>): SiteContact | undefined {
  const raw = env.SITE_CONTACT;
  if (raw === undefined || raw === '') return undefined;
  if (email.safeParse(raw).success) return { kind: 'email', address: raw };
  // A URL with credentials would publish them in every page.
  if (formUrl.safeParse(raw).success && !new URL(raw).username) return { kind: 'form', url: new URL(raw).href };
  throw new Error(`SITE_CONTACT: expected an email address or an https:// URL${hint(raw)}, got ${JSON.stringify(raw)}`);
}

/**
 * The link to the contact route. An email gets the subject prefilled, so the report says which
 * page it is about; a form's own query parameters are unknown, so its URL is used as it is.
 */
export function contactHref(contact: SiteContact, subject?: string): string {
  if (contact.kind === 'form') return contact.url;
  return subject ? `mailto:${contact.address}?subject=${encodeURIComponent(subject)}` : `mailto:${contact.address}`;
}

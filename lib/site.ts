import { parseSiteContact } from './site-contact';
import { parseSiteUrl } from './site-url';

/** Site-wide settings: the one place the name, language, origin and contact route are written down. */
export const site = {
  name: 'Microneedling with PRP: a plain guide',
  shortName: 'PRP microneedling guide',
  description:
    'An independent, plain-English guide to microneedling with platelet-rich plasma (PRP): what it may help, how sure the evidence is, the risks and what to ask.',
  lang: 'en-US',
  locale: 'en_US',
  url: parseSiteUrl(process.env),
  /** Where readers report a mistake, from SITE_CONTACT; undefined when the publisher set none. */
  contact: parseSiteContact(process.env),
} as const;

/** An absolute URL on this site, as canonical links, feeds and structured data write it. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).toString();
}

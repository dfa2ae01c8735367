import { z } from 'zod';

const siteUrlSchema = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

/** The canonical origin, from SITE_URL; local builds and tests fall back to the local server. */
function readSiteUrl(): string {
  const raw = process.env.SITE_URL ?? 'http://127.0.0.1:3000';
  const parsed = siteUrlSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`SITE_URL: expected an absolute http(s) URL, got ${JSON.stringify(raw)}`);
  }
  return parsed.data;
}

/** Site-wide settings: the one place the name, language and origin are written down. */
export const site = {
  name: 'Microneedling with PRP: a plain guide',
  shortName: 'PRP microneedling guide',
  description:
    'An independent, plain-English guide to microneedling with platelet-rich plasma (PRP): what it may help, how sure the evidence is, the risks and what to ask.',
  lang: 'en',
  locale: 'en_GB',
  url: readSiteUrl(),
} as const;

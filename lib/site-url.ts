import { z } from 'zod';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An absolute origin: https, or http only for a server on this machine (local preview and tests). */
const siteUrlSchema = z
  .url({ error: 'must be an absolute URL such as https://example.org' })
  .refine((value) => {
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  }, 'must use https (http is allowed only for localhost or 127.0.0.1)')
  .refine((value) => !URL.canParse(value) || new URL(value).pathname === '/', 'must be an origin without a path')
  .transform((value) => new URL(value).origin);

/**
 * The site's public origin from SITE_URL. A production build must say where the site lives, or
 * every canonical URL, sitemap entry and social card would point at the wrong host.
 */
export function parseSiteUrl(env: { SITE_URL?: string; NODE_ENV?: string }): string {
  const raw = env.SITE_URL;
  if (raw === undefined || raw === '') {
    if (env.NODE_ENV === 'production') {
      throw new Error(
        'SITE_URL: missing. Set it to the public https origin of the site, e.g. SITE_URL=https://example.org npm run build (use http://localhost:3000 to preview locally).',
      );
    }
    return 'http://127.0.0.1:3000';
  }
  const parsed = siteUrlSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`SITE_URL: ${parsed.error.issues[0]?.message}, got ${JSON.stringify(raw)}`);
  return parsed.data;
}

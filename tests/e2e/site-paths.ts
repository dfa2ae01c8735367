import sitemap from '@/app/sitemap';

/** Every page path in the sitemap, derived from content exactly as /sitemap.xml is. */
export function sitemapPaths(): string[] {
  return sitemap().map((entry) => new URL(entry.url).pathname);
}

import fs from 'node:fs';
import sitemap from '@/app/sitemap';

/** Every page path in the sitemap, derived from content exactly as /sitemap.xml is. */
export function sitemapPaths(): string[] {
  return sitemap().map((entry) => new URL(entry.url).pathname);
}

/** Every line of the published-URL ledger: a path, or a path with its #anchor. */
export function publishedUrls(): string[] {
  return fs.readFileSync('tests/published-urls.txt', 'utf8').split('\n').filter(Boolean);
}

import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/articles';
import { site } from '@/lib/site';
import { sitePages } from '@/lib/site-pages';

// Prerendered once at build: the sitemap only changes when content does.
export const dynamic = 'force-static';

/** Every page, dated by when it was last reviewed rather than when the site was built. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const newest = articles
    .map((article) => article.lastReviewed)
    .sort()
    .at(-1);
  return [
    ...articles.map((article) => ({ url: `${site.url}${article.href}`, lastModified: article.lastReviewed })),
    ...Object.values(sitePages).map((page) => ({ url: `${site.url}${page.path}`, lastModified: newest })),
  ];
}

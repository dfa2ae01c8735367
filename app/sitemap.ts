import type { MetadataRoute } from 'next';
import { getArticles, siteLastReviewed } from '@/lib/content/articles';
import { absoluteUrl } from '@/lib/site';
import { sitePages } from '@/lib/pages/site-pages';

// Prerendered once at build: the sitemap only changes when content does.
export const dynamic = 'force-static';

/** Every page, dated by when it was last reviewed rather than when the site was built. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const newest = siteLastReviewed(articles);
  return [
    ...articles.map((article) => ({ url: absoluteUrl(article.href), lastModified: article.lastReviewed })),
    ...Object.values(sitePages).map((page) => ({ url: absoluteUrl(page.path), lastModified: newest })),
  ];
}

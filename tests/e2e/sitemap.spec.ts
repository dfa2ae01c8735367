import { expect, test } from '@playwright/test';
import { getArticles } from '@/lib/content/articles';
import { site } from '@/lib/site';
import { sitemapPaths } from './site-paths';

test('the served sitemap lists exactly the derived pages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const served = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(served.sort()).toEqual(sitemapPaths().sort());
  // Each article is dated by its last review, not by the build.
  for (const article of getArticles()) {
    const entry = new RegExp(
      `<loc>${new URL(article.href, site.url).toString().replace(/\/$/, '/?')}</loc>\\s*<lastmod>([^<]+)</lastmod>`,
    );
    expect(entry.exec(xml)?.[1], article.href).toMatch(new RegExp(`^${article.lastReviewed}`));
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Allow: \//);
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

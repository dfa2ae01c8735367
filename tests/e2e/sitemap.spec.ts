import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-paths';

test('the served sitemap lists exactly the derived pages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const served = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(served.sort()).toEqual(sitemapPaths().sort());
  expect(xml).toContain('<lastmod>');
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Allow: \//);
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

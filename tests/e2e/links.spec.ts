import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { baseURL } from '../../playwright.config';
import { sitemapPaths } from './site-paths';

test('no internal link or #fragment on any page is broken', async () => {
  test.setTimeout(120_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${baseURL}/`,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    // /scars is the file scars.html, as on the server and any static host.
    cleanUrls: true,
    // Sources on other hosts are not fetched: the site must never make requests to them.
    linksToSkip: (link: string) => Promise.resolve(!link.startsWith(baseURL)),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.url} (status ${link.status}) on ${link.parent}`);
  expect(broken).toEqual([]);
  // Every page is reachable by following links from the home page.
  const reached = new Set(result.links.filter((link) => link.state === 'OK').map((link) => new URL(link.url).pathname));
  expect(sitemapPaths().filter((path) => !reached.has(path))).toEqual([]);
});

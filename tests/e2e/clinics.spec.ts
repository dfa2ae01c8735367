import { expect, test } from '@playwright/test';
import { HOME_SLUG, getArticleSlugs, getArticles } from '@/lib/articles';
import { clinicLinks } from '@/lib/clinic-kit';
import { site } from '@/lib/site';

test('/for-clinics lists every article and every section anchor, and each listed link resolves', async ({
  page,
  request,
}) => {
  await page.goto('/for-clinics');
  const listed = new Set((await page.locator('.copy-field code').allTextContents()).map((text) => text.trim()));
  for (const article of getArticles()) {
    const url = new URL(article.href, site.url).toString();
    expect(listed.has(url), url).toBe(true);
    for (const section of article.sections)
      expect(listed.has(`${url}#${section.id}`), `${url}#${section.id}`).toBe(true);
  }
  const pages = new Map<string, string>();
  for (const url of listed) {
    if (!url.startsWith(site.url)) continue;
    const { pathname, hash } = new URL(url);
    if (!pages.has(pathname)) {
      const response = await request.get(pathname);
      expect(response.status(), pathname).toBe(200);
      pages.set(pathname, await response.text());
    }
    if (hash) expect(pages.get(pathname), url).toContain(`id="${decodeURIComponent(hash.slice(1))}"`);
  }
});

test('every embed card is a tiny page with no JavaScript and a link that opens the guide in the top window', async ({
  request,
}) => {
  for (const slug of getArticleSlugs()) {
    const response = await request.get(`/embed/${slug}`);
    expect(response.status(), slug).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<script');
    expect(html).toMatch(/<a href="[^"]+" target="_top">Read the full guide/);
    expect(html.length).toBeLessThan(6000);
  }
  expect((await request.get('/embed/no-such-article')).status()).toBe(404);
});

test('the embed preview on /for-clinics shows the card inside the iframe', async ({ page }) => {
  await page.goto('/for-clinics');
  const frame = page.frameLocator('iframe[title^="Preview of the summary card"]');
  await expect(frame.getByRole('link', { name: /Read the full guide/ })).toBeVisible();
});

test('every embed card shows whole in the iframe height its snippet gives, at 320 and 640 px wide', async ({
  page,
}) => {
  const links = clinicLinks(getArticles()).filter((link) => link.slug !== HOME_SLUG);
  for (const width of [320, 640]) {
    for (const link of links) {
      await page.setViewportSize({ width: width + 2, height: 900 });
      // The snippet's frame has a 1 px border on each side, so the card itself gets `width` pixels.
      await page.goto(new URL(link.embedUrl).pathname);
      await page.setViewportSize({ width, height: link.embedHeight - 2 });
      const { scrollHeight, clientHeight, lastBottom } = await page.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        clientHeight: document.documentElement.clientHeight,
        lastBottom: document.querySelector('.source')!.getBoundingClientRect().bottom,
      }));
      expect(scrollHeight, `${link.slug} at ${width} px`).toBeLessThanOrEqual(clientHeight);
      expect(lastBottom, `${link.slug}: "Last reviewed" line at ${width} px`).toBeLessThanOrEqual(clientHeight);
    }
  }
});

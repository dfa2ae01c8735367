import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { HOME_SLUG, getArticleSlugs, getArticles } from '@/lib/content/articles';
import { clinicLinks } from '@/lib/publish/clinic-kit';
import { FACTS_LAST_CHECKED } from '@/lib/pages/labels';
import { publishedUrls } from '@/lib/pages/published-urls';
import { site } from '@/lib/site';
import { axeViolations } from './axe';

// That each of these addresses resolves is checked once, in published-urls.spec.ts.
test('/for-clinics lists every page, section and FAQ answer address, all in the published list', async ({ page }) => {
  await page.goto('/for-clinics');
  const listed = (await page.locator('.copy-field code').allTextContents())
    .map((text) => text.trim())
    .filter(
      (text) =>
        text.startsWith(site.url) && !text.includes('/embed/') && !text.endsWith('.json') && !text.endsWith('.xml'),
    );
  const expected = publishedUrls(getArticles())
    .filter((url) => url !== '/references')
    .map((url) => new URL(url, site.url).toString());
  expect([...new Set(listed)].sort()).toEqual(expected.sort());
  const ledger = new Set(fs.readFileSync('tests/published-urls.txt', 'utf8').split('\n'));
  expect(listed.filter((url) => !ledger.has(url.slice(site.url.length) || '/'))).toEqual([]);
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

test('the embed preview on /for-clinics loads only when opened, and then shows the card', async ({ page }) => {
  const framed: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/embed/')) framed.push(request.url());
  });
  await page.goto('/for-clinics', { waitUntil: 'networkidle' });
  expect(framed, 'the closed preview fetched its card').toEqual([]);
  await page.getByText('See how the card looks').click();
  const frame = page.frameLocator('iframe[title^="Preview of the summary card"]');
  await expect(frame.getByRole('link', { name: /Read the full guide/ })).toBeVisible();
});

// The snippet's frame is box-sizing: border-box with a 1 px border, so in a frame `width` pixels
// wide the card itself gets width - 2. One test per width keeps each within the default timeout.
for (const width of [320, 640]) {
  test(`every embed card shows whole in the iframe height its snippet gives, in a frame ${width} px wide`, async ({
    page,
  }) => {
    const links = clinicLinks(getArticles()).filter((link) => link.slug !== HOME_SLUG);
    for (const link of links) {
      await page.setViewportSize({ width: width - 2, height: link.embedHeight - 2 });
      await page.goto(new URL(link.embedUrl).pathname);
      const { scrollHeight, clientHeight, lastBottom } = await page.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        clientHeight: document.documentElement.clientHeight,
        lastBottom: document.querySelector('.source')!.getBoundingClientRect().bottom,
      }));
      expect(scrollHeight, `${link.slug} at ${width} px`).toBeLessThanOrEqual(clientHeight);
      expect(lastBottom, `${link.slug}: "${FACTS_LAST_CHECKED}" line at ${width} px`).toBeLessThanOrEqual(clientHeight);
      // The cards are pages on clinics' sites, outside the sitemap: axe checks each here.
      if (width === 320) expect(await axeViolations(page), link.slug).toEqual([]);
    }
  });
}

// The light scheme is scanned with each card above; the dark one has colors of its own.
test('every embed card has no axe violations in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const link of clinicLinks(getArticles())) {
    await page.goto(new URL(link.embedUrl).pathname);
    expect(await axeViolations(page), link.slug).toEqual([]);
  }
});

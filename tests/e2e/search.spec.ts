import { expect, test } from '@playwright/test';
import { getArticles } from '@/lib/content/articles';
import { axeViolations } from './axe';
import { tabTo } from './interaction';
import { resultPaths } from './search-results';

test.describe('site search', () => {
  test('"keloid" finds the scars page and the page on who should not have it', async ({ page }) => {
    const paths = await resultPaths(page, 'keloid');
    expect(paths).toEqual(expect.arrayContaining(['/scars', '/is-it-right-for-me']));
    await expect(page.locator('#search-query')).toHaveValue('keloid');
  });

  test('"vampire facial" finds the home page', async ({ page }) => {
    expect(await resultPaths(page, 'vampire facial')).toContain('/');
  });

  test('a query with no match says so', async ({ page }) => {
    expect(await resultPaths(page, 'xylophonic')).toEqual([]);
    await expect(page.locator('#search-status')).toContainText('No pages match “xylophonic”');
  });

  test('the header form searches by keyboard from any page', async ({ page }) => {
    await page.goto('/risks');
    // The skip link comes first, then the site name and "All topics", then the search field.
    expect(await tabTo(page, page.locator('#site-search'), 10)).toBe(true);
    await page.keyboard.type('downtime');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=downtime$/);
    await expect(page.locator('#search-results a').first()).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations with results shown, in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await resultPaths(page, 'keloid');
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('without JavaScript, /search lists every page, FAQ question and glossary term from A to Z', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search?q=keloid');
    const hrefs = await page
      .locator('#a-to-z ~ section a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const article of getArticles()) expect(hrefs, article.href).toContain(article.href);
    expect(hrefs).toContain('/faq#recovery-time');
    expect(hrefs).toContain('/glossary#keloid');
    await context.close();
  });
});

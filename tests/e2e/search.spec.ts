import { expect, test } from '@playwright/test';
import { getArticles, requireArticle } from '@/lib/content/articles';
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
    // The skip link comes first, then the site name, then the search field; the topic links follow it.
    expect(await tabTo(page, page.locator('#site-search'), 10)).toBe(true);
    await page.keyboard.type('downtime');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=downtime$/);
    await expect(page.locator('#search-results a').first()).toBeVisible();
  });

  test('results show only what a reader reads on the page: no section-link labels, no "[source N]"', async ({
    page,
  }) => {
    const scars = requireArticle('scars');
    // A heading's own words, so the excerpt is taken from beside a heading and its link.
    expect(await resultPaths(page, scars.sections[0]!.text)).toContain('/scars');
    const shown = await page.locator('#search-results').innerText();
    expect(shown).not.toMatch(/Link to|source \d/);

    // The index itself, page by page: its text and the headings it offers as places to jump to.
    type IndexedPage = { url: string; content: string; anchors: { element: string; id: string; text: string }[] };
    const indexed = await page.evaluate(async (query) => {
      const pagefindUrl = '/pagefind/pagefind.js';
      const pagefind = (await import(pagefindUrl)) as {
        search: (query: string) => Promise<{ results: { data: () => Promise<IndexedPage> }[] }>;
      };
      const search = await pagefind.search(query);
      return Promise.all(search.results.map((result) => result.data()));
    }, 'scars');
    expect(indexed.map((entry) => new URL(entry.url, 'http://x').pathname)).toContain('/scars');
    for (const entry of indexed) expect(entry.content, entry.url).not.toMatch(/Link to|source \d|#/);
    const scarsPage = indexed.find((entry) => entry.url.endsWith('/scars'))!;
    expect(scarsPage.anchors.filter((anchor) => anchor.element === 'h2').map(({ id, text }) => ({ id, text }))).toEqual(
      scars.sections.map(({ id, text }) => ({ id, text })),
    );
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

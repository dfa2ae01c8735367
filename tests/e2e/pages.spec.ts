import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getArticles } from '@/lib/articles';
import { sitemapPaths } from './site-paths';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'] as const;

const titleByPath = new Map(getArticles().map((article) => [article.href, article.title]));

/** Collects console errors and uncaught exceptions for the life of the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const path of sitemapPaths()) {
  test.describe(`page ${path}`, () => {
    test('answers 200 with one h1, a title and a description, and logs no errors', async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      const expectedTitle = titleByPath.get(path);
      if (expectedTitle) await expect(page.locator('h1')).toHaveText(expectedTitle);
      expect((await page.title()).length).toBeGreaterThan(10);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
      expect(errors).toEqual([]);
    });

    test('shows its main text with JavaScript turned off', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const main = page.locator('main');
      await expect(main.locator('h1')).toBeVisible();
      expect((await main.innerText()).split(/\s+/).length).toBeGreaterThan(150);
      await context.close();
    });

    for (const viewport of VIEWPORTS) {
      for (const colorScheme of SCHEMES) {
        test(`has no axe violations at ${viewport.width}px in ${colorScheme} mode`, async ({ page }) => {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.emulateMedia({ colorScheme });
          await page.goto(path);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          const violations = results.violations.map((v) => ({
            rule: v.id,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
          }));
          expect(violations).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
        });
      }
    }
  });
}

import { expect, test, type Page } from '@playwright/test';
import { getArticles, HOME_SLUG } from '@/lib/articles';
import { axeViolations } from './axe';
import { sitemapPaths } from './site-paths';

const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

const articleByPath = new Map(getArticles().map((article) => [article.href, article]));

/** Collects console errors and uncaught exceptions for the life of the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

// One test per page, loading it once: each property is checked here and nowhere else.
for (const path of sitemapPaths()) {
  const article = articleByPath.get(path);

  test(`page ${path}`, async ({ page, browser }) => {
    const errors = watchErrors(page);

    await test.step('answers 200 with one h1, a title and a description, loading only a stylesheet', async () => {
      const loaded: string[] = [];
      page.on('request', (request) => {
        if (request.frame() === page.mainFrame()) loaded.push(`${request.resourceType()} ${request.url()}`);
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      if (article) await expect(page.locator('h1')).toHaveText(article.title);
      expect((await page.title()).length).toBeGreaterThan(10);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
      // HTML and one stylesheet is the whole page: the icon is a data: URL, since Lighthouse's
      // simulation counts a favicon request as a round trip before LCP (lib/site-icon.ts).
      expect(loaded.filter((entry) => !entry.startsWith('document '))).toEqual([
        expect.stringMatching(/^stylesheet .*\/_next\/static\/.+\.css$/),
      ]);
      expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    });

    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        await test.step(`has no axe violations at ${width}px in ${colorScheme} mode`, async () => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }

    await test.step('reflows at 320px (WCAG 1.4.10): nothing scrolls sideways', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    });

    await test.step('no block that skips rendering off screen cuts off a focus ring', async () => {
      // content-visibility: auto clips painting at the box's edge; the focus ring is 3 px wide,
      // 2 px out (app/globals.css), so each such box must let 5 px of paint overflow.
      const clipping = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => getComputedStyle(element).contentVisibility === 'auto')
          .filter((element) => parseFloat(getComputedStyle(element).overflowClipMargin) < 5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      );
      expect(clipping).toEqual([]);
    });

    await test.step('prints without navigation, with the address of each link', async () => {
      // A4 paper is 794 CSS pixels wide: print is laid out at the width of a sheet, not of a phone.
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      const hidden = [
        '.site-header',
        '.site-footer',
        ...(article && article.slug !== HOME_SLUG ? ['.breadcrumbs', '.prev-next'] : []),
      ];
      // The contents list appears from two sections up (components/table-of-contents.tsx).
      if (article && article.sections.length > 1) hidden.push('.toc');
      for (const selector of hidden) {
        // Each must exist, so a renamed class cannot make this pass by matching nothing.
        await expect(page.locator(selector).first(), selector).toBeAttached();
        for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
      }
      const firstLink = page.locator('.article-body a[href^="/"]').first();
      if ((await firstLink.count()) > 0) {
        const after = await firstLink.evaluate((a) => getComputedStyle(a, '::after').content);
        expect(after).toContain(new URL(await firstLink.evaluate((a) => (a as HTMLAnchorElement).href)).pathname);
      }
      for (const table of await page.locator('.article-body table').all()) {
        const { scrollWidth, clientWidth } = await table.evaluate((t) => ({
          scrollWidth: t.scrollWidth,
          clientWidth: t.clientWidth,
        }));
        expect(scrollWidth, 'a printed table is cut off').toBeLessThanOrEqual(clientWidth + 1);
      }
      await page.emulateMedia({ media: 'screen' });
    });

    expect(errors, 'console errors').toEqual([]);

    await test.step('shows its main text with JavaScript turned off', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      await plain.goto(path);
      const main = plain.locator('main');
      await expect(main.locator('h1')).toBeVisible();
      expect((await main.innerText()).split(/\s+/).length).toBeGreaterThan(150);
      await context.close();
    });
  });
}

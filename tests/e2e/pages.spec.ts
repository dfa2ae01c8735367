import { expect, test, type Page } from '@playwright/test';
import { getArticles, HOME_SLUG } from '@/lib/content/articles';
import { contactHref, parseSiteContact } from '@/lib/site-contact';
import { axeViolations } from './axe';
import { sitemapPaths } from './site-paths';

const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

const articleByPath = new Map(getArticles().map((article) => [article.href, article]));
/** The contact route the build was given, read as lib/site.ts reads it: `npm test` sets none. */
const contact = parseSiteContact(process.env);

/** Collects console errors and uncaught exceptions for the life of the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

// One test per sitemap page, loading it once. Embed cards and the 404 page, which are not in the
// sitemap, are checked in clinics.spec.ts, not-found.spec.ts and headers.spec.ts.
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
      // simulation counts a favicon request as a round trip before LCP (lib/publish/site-icon.ts).
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

    await test.step('gives each id to one element only, so every #anchor has one target', async () => {
      // axe no longer reports duplicate ids (its duplicate-id rules are off since 4.8).
      const duplicates = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
      });
      expect(duplicates).toEqual([]);
    });

    if (article) {
      const name = contact
        ? 'links "Report a problem with this page" to the contact route'
        : 'offers no way to report a mistake: the build has no contact route, and a dead link would mislead';
      await test.step(name, async () => {
        if (contact) {
          const footerLink = page.locator('.review-dates .report-problem a');
          await expect(footerLink).toHaveText('Report a problem with this page');
          await expect(footerLink).toHaveAttribute('href', contactHref(contact, `Problem on ${path}`));
          if (path === '/about') {
            await expect(page.locator('.article-body .report-problem a')).toHaveAttribute('href', contactHref(contact));
          }
        } else {
          await expect(page.locator('.report-problem')).toHaveCount(0);
          await expect(page.getByText('Report a problem with this page')).toHaveCount(0);
          await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
        }
      });
    }

    await test.step('gives all its text to tools that read the rendered page (innerText)', async () => {
      // innerText leaves out what the browser does not render: a block with content-visibility:
      // auto off screen returned about 500 of the 3,400 words of /scars. Answers are opened first,
      // since a closed <details> hides its answer from innerText by design.
      await page.setViewportSize({ width: 375, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const { rendered, written } = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        for (const details of main.querySelectorAll('details')) details.open = true;
        const copy = main.cloneNode(true) as HTMLElement;
        for (const element of copy.querySelectorAll('script, style, [hidden]')) element.remove();
        const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
        return { rendered: words(main.innerText), written: words(copy.textContent ?? '') };
      });
      expect(written).toBeGreaterThan(50);
      expect(rendered, `innerText has ${rendered} of about ${written} words`).toBeGreaterThanOrEqual(0.95 * written);
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
      // A "#" beside a printed heading links nowhere.
      if (article && article.sections.length > 0) hidden.push('.section-link');
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

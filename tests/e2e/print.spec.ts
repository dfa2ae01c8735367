import { expect, test } from '@playwright/test';
import { getArticles } from '@/lib/articles';

/** Pages in a PDF: one "/Type /Page" object per page ("/Type /Pages" is the page tree). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

for (const article of getArticles()) {
  test(`${article.href} prints cleanly: no navigation, link URLs shown, tables not cut off`, async ({ page }) => {
    await page.goto(article.href);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.prev-next', '.toc', '.breadcrumbs']) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
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
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
    }
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(0);
  });
}

for (const format of ['A4', 'Letter'] as const) {
  test(`the consultation handout fits on two ${format} pages`, async ({ page }) => {
    await page.goto('/handout');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format,
      printBackground: false,
      margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
    });
    const pages = pageCount(pdf);
    console.log(`handout on ${format}: ${pages} page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

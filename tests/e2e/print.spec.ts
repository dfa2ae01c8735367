import { expect, test } from '@playwright/test';
import { pdfPageCount } from './interaction';

// Every page's print styles are checked in pages.spec.ts; only the handout promises a page count.
for (const format of ['A4', 'Letter'] as const) {
  test(`the consultation handout fits on two ${format} pages`, async ({ page }) => {
    await page.goto('/handout');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format,
      printBackground: false,
      margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
    });
    const pages = pdfPageCount(pdf);
    console.log(`handout on ${format}: ${pages} page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

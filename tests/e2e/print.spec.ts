import { expect, test } from '@playwright/test';
import { printedPages } from './interaction';

// Every page's print styles are checked in pages.spec.ts; only the handout promises a page count.
for (const format of ['A4', 'Letter'] as const) {
  test(`the consultation handout fits on two ${format} pages`, async ({ page }) => {
    await page.goto('/handout');
    const pages = await printedPages(page, {
      format,
      printBackground: false,
      margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
    });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

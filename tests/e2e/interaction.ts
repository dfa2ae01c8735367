import type { Locator, Page } from '@playwright/test';

type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/**
 * Presses Tab until the element has keyboard focus, as a keyboard user would reach it; returns
 * whether it got there within `maxPresses`.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<boolean> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return true;
  }
  return false;
}

/** Pages in a PDF: one "/Type /Page" object per page ("/Type /Pages" is the page tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** How many sheets the page prints on with its print styles, logged for the test report. */
export async function printedPages(page: Page, options: PdfOptions): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pages = pdfPageCount(await page.pdf(options));
  console.log(
    `${new URL(page.url()).pathname} on ${options.format}${options.landscape ? ' landscape' : ''}: ${pages} page(s)`,
  );
  return pages;
}

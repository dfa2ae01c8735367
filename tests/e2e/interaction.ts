import type { Locator, Page } from '@playwright/test';

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
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

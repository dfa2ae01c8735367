import { expect, test } from '@playwright/test';
import { getAcneScarGrid } from '@/lib/content/option-grid';
import { printedPages, tabTo } from './interaction';

const PATH = '/acne-scar-treatments';
const grid = getAcneScarGrid();

test('the option grid is a real table: a caption, a header per option and per question', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /Acne scar treatments compared/ });
  await expect(table).toBeVisible();
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(grid.options.length + 1);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(grid.questions.length);
  await expect(table.locator('tbody td')).toHaveCount(grid.options.length * grid.questions.length);
  // Every cell names its source or says in words that there is none (checked in the unit tests).
  await expect(table.getByRole('cell').first()).toContainText(/\S/);
});

test('on a 320 px phone the table scrolls sideways by keyboard, with the questions in view', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(PATH);
  const region = page.getByRole('region', { name: /Acne scar treatments compared/ });
  expect(await tabTo(page, region, 120), 'the scrolling region takes keyboard focus').toBe(true);
  const question = region.locator('tbody th[scope="row"]').first();
  const before = await question.boundingBox();
  for (let presses = 0; presses < 10; presses++) await page.keyboard.press('ArrowRight');
  // Keyboard scrolling is animated: wait for it to settle.
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
  const after = await question.boundingBox();
  expect(after?.x, 'the question column stays in view').toBeCloseTo(before?.x ?? 0, 0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

/** 7 pt in CSS pixels: the smallest type the printed handout may use. */
const MIN_PRINTED_PX = (7 * 96) / 72;

test('printed, the page is a handout: the table, the trade-offs list and what the web page adds', async ({ page }) => {
  await page.goto(PATH);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: /Acne scar treatments compared/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What matters most to you?' })).toBeVisible();
  await expect(page.getByText('How much time can I take off while my skin heals?')).toBeVisible();
  await expect(page.locator('.grid-print-note')).toContainText(`Printed from ${new URL(PATH, page.url()).href}`);
  await expect(page.locator('.review-dates')).toBeVisible();
  await expect(page.locator('.disclaimer')).toBeVisible();

  // Every printed letter but the source numbers is at least 7 pt.
  const tooSmall = await page.evaluate((minPx) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('sup')) continue;
      if (element.checkVisibility() && parseFloat(getComputedStyle(element).fontSize) < minPx - 0.01)
        small.push(`${getComputedStyle(element).fontSize}: ${node.textContent.trim().slice(0, 40)}`);
    }
    return small;
  }, MIN_PRINTED_PX);
  expect(tooSmall).toEqual([]);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`the handout prints on at most 2 landscape ${format} pages`, async ({ page }) => {
    await page.goto(PATH);
    const pages = await printedPages(page, { format, landscape: true });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

import { expect, test } from '@playwright/test';
import { getAcneScarGrid } from '@/lib/option-grid';
import { pdfPageCount, tabTo } from './interaction';

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

// The issue asks for two pages; at a readable type size the page prints on three (see the issue note).
const MAX_PRINTED_PAGES = 3;

for (const format of ['A4', 'Letter'] as const) {
  test(`the comparison prints on at most ${MAX_PRINTED_PAGES} landscape ${format} pages`, async ({ page }) => {
    await page.goto(PATH);
    await page.emulateMedia({ media: 'print' });
    const pages = pdfPageCount(await page.pdf({ format, landscape: true }));
    console.log(`${PATH} on ${format} landscape: ${pages} page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(MAX_PRINTED_PAGES);
  });
}

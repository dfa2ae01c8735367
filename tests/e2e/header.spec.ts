import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site-paths';

/** The distinct rows the header's visible items sit on, by their top edge. */
async function headerRows(page: Page): Promise<number> {
  const tops = await page
    .locator('header.site-header')
    .locator('a:visible, form:visible')
    .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(3);
  // Items on one row may differ by a few pixels in height, so tops within 16 px share a row.
  const rows: number[] = [];
  for (const top of tops.sort((a, b) => a - b)) if (!rows.some((row) => Math.abs(row - top) < 16)) rows.push(top);
  return rows.length;
}

test('the header takes at most two lines at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  expect(await headerRows(page)).toBeLessThanOrEqual(2);
});

test('every page title is on the first screen at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const low: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const box = await page.locator('h1').boundingBox();
    if (!box || box.y + box.height > 844) low.push(`${path}: h1 ends at ${box ? box.y + box.height : 'nowhere'} px`);
  }
  expect(low).toEqual([]);
});

test('every topic page is two clicks from any page: header group, then its link in "All topics"', async ({ page }) => {
  await page.goto('/scars');
  const groups = page.getByRole('navigation', { name: 'Topics', exact: true }).getByRole('link');
  const topicLinks: string[] = [];
  for (const group of await groups.all()) {
    const target = (await group.getAttribute('href'))!;
    expect(target).toMatch(/^#/);
    const list = page.locator(target);
    await expect(list, target).toHaveCount(1);
    topicLinks.push(
      ...(await list.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))),
    );
  }
  const pages = sitemapPaths().filter((path) => path !== '/scars');
  const unreachable = pages.filter((path) => path !== '/' && !topicLinks.includes(path));
  // Pages that are not topics (search, the handout, sources, the clinics kit) sit in the footer's
  // second list, one click away.
  const footer = await page
    .getByRole('navigation', { name: 'More from this guide' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(unreachable.filter((path) => !footer.includes(path))).toEqual([]);
});

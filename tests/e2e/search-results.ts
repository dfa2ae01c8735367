import { expect, type Page } from '@playwright/test';

/** The result links the search page lists for a query, once its script has run the search. */
export async function resultPaths(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  // The status starts empty and says "Searching…" only once the module runs, so wait for the count.
  await expect(page.locator('#search-status')).toHaveText(/pages? match/);
  return page
    .locator('#search-results a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

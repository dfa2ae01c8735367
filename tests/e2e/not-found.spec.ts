import { expect, test } from '@playwright/test';

test.describe('an unknown URL', () => {
  for (const path of ['/no-such-page', '/scars/extra', '/references/x', '/404', '/404.html', '/feed.xml/']) {
    test(`${path} gets the 404 page with status 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page not found');
      await expect(page.locator('a[href="/"]').first()).toBeVisible();
    });
  }
});

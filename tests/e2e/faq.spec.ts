import { expect, test } from '@playwright/test';
import { requireArticle } from '@/lib/content/articles';
import { tabTo } from './interaction';

const [firstId, secondId] = requireArticle('faq').faq.map((item) => item.id);

test.describe('the FAQ accordion', () => {
  test('opens and closes an answer by keyboard: Tab to it, then Enter and Space', async ({ page }) => {
    await page.goto('/faq');
    const item = page.locator('details', { has: page.locator(`[id="${firstId}"]`) });
    const summary = item.locator('summary');
    await expect(item).not.toHaveAttribute('open');

    expect(await tabTo(page, summary), 'the first question is reachable with Tab').toBe(true);

    await page.keyboard.press('Enter');
    await expect(item).toHaveAttribute('open');
    await expect(page.locator(`[id="${firstId}"]`)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(item).not.toHaveAttribute('open');
    await page.keyboard.press('Space');
    await expect(item).toHaveAttribute('open');
  });

  // Chromium opens <details> for a fragment natively, so one test without JavaScript covers it; the
  // opener script for Safari is tested in tests/unit/faq-fragment.test.ts.
  test('opens the answer named in the URL fragment without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/faq#${secondId}`);
    const answer = page.locator(`[id="${secondId}"]`);
    await expect(answer).toBeVisible();
    await expect(answer).toBeInViewport();
    await context.close();
  });
});

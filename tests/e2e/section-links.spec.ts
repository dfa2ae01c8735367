import { expect, test } from '@playwright/test';
import { getArticles, requireArticle } from '@/lib/content/articles';
import { sectionLinkLabel } from '@/lib/pages/labels';
import { tabTo } from './interaction';

test('every section heading is named by its own words, and the link after it by the section it opens', async ({
  page,
}) => {
  for (const article of getArticles().filter((each) => each.sections.length > 0)) {
    await page.goto(article.href);
    // The body only: the footer's topic lists have headings of their own ("Does it work?" on /).
    const body = page.locator('.article-body');
    for (const section of article.sections) {
      const where = `${article.href}#${section.id}`;
      const heading = body.getByRole('heading', { level: 2, name: section.text, exact: true });
      await expect(heading, where).toHaveAttribute('id', section.id);
      const link = body.getByRole('link', { name: sectionLinkLabel(section.text), exact: true });
      await expect(link, where).toHaveAttribute('href', `#${section.id}`);
    }
  }
});

test('the link after a heading is reached by Tab, shows its focus, is a 24 px target and opens its section without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const article = requireArticle('scars');
  const section = article.sections[0]!;
  await page.goto(article.href);

  const link = page.getByRole('link', { name: sectionLinkLabel(section.text), exact: true });
  expect(await tabTo(page, link), 'reached by Tab').toBe(true);
  const outline = await link.evaluate((a) => {
    const style = getComputedStyle(a);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).toBe('solid 3px');
  const box = (await link.boundingBox())!;
  expect(Math.min(box.width, box.height), 'target size (WCAG 2.5.8)').toBeGreaterThanOrEqual(24);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${section.id}$`));
  await expect(page.locator('h2:target')).toHaveAttribute('id', section.id);
  await context.close();
});

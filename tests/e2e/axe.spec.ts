import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';

// The accessibility checks pass on every page; this proves they would fail on a broken one.
test('the axe check reports a missing alt text, an unlabelled field and low contrast', async ({ page }) => {
  await page.setContent(
    '<html lang="en"><body><main><h1>T</h1><img src="a.png"><input type="text"><p style="color:#bbb;background:#fff">Faint</p></main></body></html>',
  );
  const rules = (await axeViolations(page)).map((line) => line.split(':')[0]);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast']));
});

import { expect, test } from '@playwright/test';
import { publishedUrls } from './site-paths';

const urls = publishedUrls();
const byPage = new Map<string, string[]>();
for (const url of urls) {
  const path = url.split('#')[0]!;
  byPage.set(path, [...(byPage.get(path) ?? []), url]);
}

for (const [path, entries] of byPage) {
  test(`published URL ${path} and its ${entries.length - 1} anchors still resolve`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const missing = entries
      .filter((url) => url.includes('#'))
      .map((url) => url.split('#')[1]!)
      .filter((id) => !html.includes(`id="${id}"`));
    expect(missing, `anchors missing on ${path}`).toEqual([]);
  });
}

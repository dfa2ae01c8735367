import { expect, test } from '@playwright/test';
import { HOME_SLUG, getArticles } from '@/lib/content/articles';
import { socialCardPath } from '@/lib/pages/metadata';
import { site } from '@/lib/site';
import { sitemapPaths } from './site-paths';

for (const path of sitemapPaths()) {
  test(`${path} has a canonical URL, an og:image that is a real image, and valid JSON-LD`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      new URL(path, site.url).toString().replace(/\/$/, path === '/' ? '' : '/'),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe(site.lang);
    const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(image).toBeTruthy();
    const article = getArticles().find((entry) => entry.href === path);
    expect(new URL(image!).pathname).toBe(socialCardPath(article?.slug ?? HOME_SLUG));
    const response = await request.get(image!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    for (const script of await page.locator('script[type="application/ld+json"]').allTextContents()) {
      expect(() => JSON.parse(script)).not.toThrow();
    }
  });
}

test('the FAQ page structured data mirrors exactly the visible questions and answers', async ({ page }) => {
  await page.goto('/faq');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) =>
    JSON.parse(text),
  );
  const faq = blocks.find((block) => block['@type'] === 'FAQPage');
  const visible = await page.locator('details').evaluateAll((items) =>
    items.map((details) => {
      const answer = details.querySelector('.faq-answer')!.cloneNode(true) as HTMLElement;
      answer.querySelectorAll('sup').forEach((sup) => sup.remove());
      return {
        question: details.querySelector('summary')!.textContent!.replace(/\+$/, '').trim(),
        answer: answer.textContent!.replace(/\s+/g, ' ').trim(),
      };
    }),
  );
  expect(
    faq.mainEntity.map((q: { name: string; acceptedAnswer: { text: string } }) => ({
      question: q.name,
      answer: q.acceptedAnswer.text,
    })),
  ).toEqual(visible);
});

test('every article page carries MedicalWebPage markup with its review date and no reviewer', async ({ request }) => {
  for (const article of getArticles()) {
    const html = await (await request.get(article.href)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) =>
      JSON.parse(match[1]!),
    );
    const webPage = blocks.find((block) => block['@type'] === 'MedicalWebPage');
    expect(webPage?.lastReviewed, article.href).toBe(article.lastReviewed);
    expect(webPage?.reviewedBy).toBeUndefined();
  }
});

import type { Article } from './articles';

/**
 * Every URL a clinic may have linked to: each page, each section heading and each FAQ answer.
 * The committed list (tests/published-urls.txt) only ever grows; tests check every line still resolves.
 */
export function publishedUrls(articles: readonly Article[]): string[] {
  const urls = articles.flatMap((article) => [
    article.href,
    ...article.sections.map((section) => `${article.href}#${section.id}`),
    ...article.faq.map((item) => `${article.href}#${item.id}`),
  ]);
  return [...urls, '/references'].sort();
}

import type { Article } from '@/lib/content/articles';
import { sitePages } from './site-pages';

/** An article's linkable anchors: each section heading and each FAQ answer, labelled. */
export function articleAnchors(article: Article): { label: string; href: string }[] {
  return [
    ...article.sections.map((section) => ({ label: section.text, href: `${article.href}#${section.id}` })),
    ...article.faq.map((item) => ({ label: `Answer: ${item.question}`, href: `${article.href}#${item.id}` })),
  ];
}

/**
 * Every URL a clinic may have linked to: each page, each section heading and each FAQ answer.
 * The committed list (tests/published-urls.txt) only ever grows; tests check every line still resolves.
 */
export function publishedUrls(articles: readonly Article[]): string[] {
  const urls = articles.flatMap((article) => [article.href, ...articleAnchors(article).map(({ href }) => href)]);
  return [...urls, sitePages.references.path].sort();
}

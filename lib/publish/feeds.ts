import { siteLastReviewed, type Article } from '@/lib/content/articles';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { absoluteUrl as absolute, site } from '@/lib/site';

/** Newest review first: clinics use the feed to see what changed. */
function byReview(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.order - b.order);
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of every article. */
export function jsonFeed(articles: readonly Article[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    home_page_url: absolute('/'),
    feed_url: absolute('/feed.json'),
    description: site.description,
    language: site.lang,
    items: byReview(articles).map((article) => ({
      id: absolute(article.href),
      url: absolute(article.href),
      title: article.title,
      summary: article.description,
      content_text: [article.description, '', ...article.keyPoints.map((point) => `- ${point}`)].join('\n'),
      date_modified: `${article.lastReviewed}T00:00:00Z`,
    })),
  };
}

/** XML 1.0 forbids most control characters; a title pasted with one would break the whole feed. */
function text(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Atom 1.0 feed of every article, updated when an article is reviewed. Built as an XML tree. */
export function atomFeed(articles: readonly Article[]): string {
  const sorted = byReview(articles);
  const updated = `${siteLastReviewed(articles)}T00:00:00Z`;
  const feed = x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': site.lang }, [
    x('id', absolute('/')),
    x('title', text(site.name)),
    x('subtitle', text(site.description)),
    x('link', { rel: 'alternate', type: 'text/html', href: absolute('/') }),
    x('link', { rel: 'self', type: 'application/atom+xml', href: absolute('/feed.xml') }),
    x('updated', updated),
    x('author', [x('name', text(site.name))]),
    ...sorted.map((article) =>
      x('entry', [
        x('id', absolute(article.href)),
        x('title', text(article.title)),
        x('link', { rel: 'alternate', type: 'text/html', href: absolute(article.href) }),
        x('updated', `${article.lastReviewed}T00:00:00Z`),
        x('summary', text(article.description)),
      ]),
    ),
  ]);
  return `${toXml([{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' }, feed])}\n`;
}

import type { Article } from './articles';
import { escapeMarkup as xml } from './format';
import { absoluteUrl as absolute, site } from './site';

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

/** Atom 1.0 feed of every article, updated when an article is reviewed. */
export function atomFeed(articles: readonly Article[]): string {
  const sorted = byReview(articles);
  const updated = `${sorted[0]?.lastReviewed ?? '2026-01-01'}T00:00:00Z`;
  const entries = sorted.map(
    (article) => `  <entry>
    <id>${xml(absolute(article.href))}</id>
    <title>${xml(article.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(absolute(article.href))}"/>
    <updated>${article.lastReviewed}T00:00:00Z</updated>
    <summary>${xml(article.description)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.lang}">
  <id>${xml(absolute('/'))}</id>
  <title>${xml(site.name)}</title>
  <subtitle>${xml(site.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${xml(absolute('/'))}"/>
  <link rel="self" type="application/atom+xml" href="${xml(absolute('/feed.xml'))}"/>
  <updated>${updated}</updated>
  <author><name>${xml(site.name)}</name></author>
${entries.join('\n')}
</feed>
`;
}

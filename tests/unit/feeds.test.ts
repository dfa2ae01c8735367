import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/articles';
import { atomFeed, jsonFeed } from '@/lib/publish/feeds';
import { site } from '@/lib/site';

describe('JSON Feed 1.1', () => {
  const feed = jsonFeed(getArticles());

  it('has the required top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(site.name);
    expect(feed.home_page_url).toBe(`${site.url}/`);
    expect(feed.feed_url).toBe(`${site.url}/feed.json`);
  });

  it('gives every item a unique id, a URL, content and an RFC 3339 date', () => {
    expect(feed.items).toHaveLength(getArticles().length);
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);
    for (const item of feed.items) {
      expect(item.url.startsWith(site.url)).toBe(true);
      expect(item.content_text.length).toBeGreaterThan(0);
      expect(item.date_modified).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });

  it('lists the most recently reviewed articles first', () => {
    const dates = feed.items.map((item) => item.date_modified);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('Atom feed', () => {
  const xml = atomFeed(getArticles());

  it('has one entry per article with its review date', () => {
    expect(xml.match(/<entry>/g)).toHaveLength(getArticles().length);
    for (const article of getArticles()) expect(xml).toContain(`<updated>${article.lastReviewed}T00:00:00Z</updated>`);
  });
});

describe('the Atom feed', () => {
  it('stays well-formed XML when a title holds markup or a control character', () => {
    const [first] = getArticles();
    const feed = atomFeed([{ ...first!, title: 'Scars & <marks>\u000C "quoted"' }]);
    expect(feed).toContain('<title>Scars &#x26; &#x3C;marks> "quoted"</title>');
    expect(feed).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

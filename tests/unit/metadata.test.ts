import { describe, expect, it } from 'vitest';
import { pageMetadata } from '@/lib/pages/metadata';
import { site } from '@/lib/site';

describe('page metadata', () => {
  const metadata = pageMetadata({ title: 'Acne scars', description: 'What the studies show.', path: '/scars' });

  it('sets a canonical URL from the path', () => {
    expect(metadata.alternates?.canonical).toBe('/scars');
  });

  it('repeats the site-wide Open Graph fields, since Next replaces rather than merges them', () => {
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      title: 'Acne scars',
      description: 'What the studies show.',
      url: '/scars',
      siteName: site.name,
      locale: site.locale,
    });
  });

  it('points at the site card unless the page has its own', () => {
    expect(metadata.openGraph?.images).toEqual([
      { url: '/social-cards/index.png', width: 1200, height: 630, alt: 'Acne scars' },
    ]);
    const own = pageMetadata({ title: 'A', description: 'B', path: '/scars', image: '/social-cards/scars.png' });
    expect(own.openGraph?.images).toEqual([{ url: '/social-cards/scars.png', width: 1200, height: 630, alt: 'A' }]);
  });

  it('asks for a large social card', () => {
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Acne scars' });
  });
});

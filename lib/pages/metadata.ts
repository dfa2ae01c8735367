import type { Metadata } from 'next';
import { HOME_SLUG } from '@/lib/content/articles';
import { site } from '@/lib/site';

/** The social card's file name for an article; the home page's (index.png) is also the site's. */
export function socialCardFile(slug: string): string {
  return `${slug}.png`;
}

/** The article slug a social card file name stands for. */
export function socialCardSlug(file: string): string {
  return file.replace(/\.png$/, '');
}

/** Path of an article's social card. */
export function socialCardPath(slug: string): string {
  return `/social-cards/${socialCardFile(slug)}`;
}

export type PageMetadataInput = {
  title: string;
  description: string;
  path: string;
  type?: 'article' | 'website';
  /** Path of the page's social card; pages without their own use the site's. */
  image?: string;
};

/**
 * Metadata for one page, built in one place: Next merges `openGraph` shallowly, so a page that set
 * only its own fields would lose the site's.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = 'article',
  image = socialCardPath(HOME_SLUG),
}: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type,
      title,
      description,
      url: path,
      siteName: site.name,
      locale: site.locale,
      // Set explicitly: Next drops the file-based card of a parent route once a page sets openGraph.
      images: [{ url: image, width: 1200, height: 630, alt: title }],
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}

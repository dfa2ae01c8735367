import type { Metadata } from 'next';
import { site } from './site';

export type PageMetadataInput = { title: string; description: string; path: string; type?: 'article' | 'website' };

/**
 * Metadata for one page, built in one place: Next merges `openGraph` shallowly, so a page that set
 * only its own fields would lose the site's.
 */
export function pageMetadata({ title, description, path, type = 'article' }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type, title, description, url: path, siteName: site.name, locale: site.locale },
    twitter: { card: 'summary_large_image', title, description },
  };
}

import { getArticleSlugs, requireArticle } from '@/lib/articles';
import { socialCard, socialCardSize } from '@/lib/social-card';

export const size = socialCardSize;
export const contentType = 'image/png';
export const alt = 'The title of this page of the guide to microneedling with PRP';

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return socialCard(requireArticle(slug).title, 'An independent, plain-English guide');
}

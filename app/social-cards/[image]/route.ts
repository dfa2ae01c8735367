import { getArticles, requireArticle } from '@/lib/content/articles';
import { socialCardFile, socialCardSlug } from '@/lib/pages/metadata';
import { socialCard } from '@/lib/publish/social-card';

// One PNG per article, written at build. The file name carries the extension so a static host sends
// the right Content-Type; Next's opengraph-image convention exports files without one.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ image: socialCardFile(article.slug) }));
}

export async function GET(_request: Request, { params }: RouteContext<'/social-cards/[image]'>) {
  const { image } = await params;
  return socialCard(requireArticle(socialCardSlug(image)).title, 'An independent, plain-English guide');
}

import { requireArticle } from '@/lib/content/articles';
import { articleSlugParams } from '@/lib/pages/article-page';
import { embedHtml } from '@/lib/publish/embed';

// Prerendered at build like every page; unknown slugs are 404s.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return articleSlugParams();
}

export async function GET(_request: Request, { params }: RouteContext<'/embed/[slug]'>) {
  const { slug } = await params;
  return new Response(embedHtml(requireArticle(slug)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

import { getArticles } from '@/lib/articles';
import { atomFeed } from '@/lib/feeds';

export const dynamic = 'force-static';
// Same CDN lifetime as the pages (app/layout.tsx); Next needs the literal in each route file.
export const revalidate = 3600;

export function GET() {
  return new Response(atomFeed(getArticles()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

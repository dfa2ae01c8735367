import { getArticles } from '@/lib/articles';
import { jsonFeed } from '@/lib/feeds';

export const dynamic = 'force-static';
// Same CDN lifetime as the pages (app/layout.tsx); Next needs the literal in each route file.
export const revalidate = 3600;

export function GET() {
  return new Response(JSON.stringify(jsonFeed(getArticles()), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

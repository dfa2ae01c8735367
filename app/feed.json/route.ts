import { getArticles } from '@/lib/content/articles';
import { jsonFeed } from '@/lib/publish/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(jsonFeed(getArticles()), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

import { getArticles } from '@/lib/content/articles';
import { atomFeed } from '@/lib/publish/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(atomFeed(getArticles()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

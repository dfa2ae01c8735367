import { getArticles } from '@/lib/articles';
import { atomFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(atomFeed(getArticles()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

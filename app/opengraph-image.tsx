import { HOME_SLUG, requireArticle } from '@/lib/articles';
import { socialCard, socialCardSize } from '@/lib/social-card';

export const size = socialCardSize;
export const contentType = 'image/png';
export const alt = 'Microneedling with PRP: a plain guide';

export default async function Image() {
  return socialCard(requireArticle(HOME_SLUG).title, 'An independent, plain-English guide');
}

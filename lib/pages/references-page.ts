import { getCitingArticles } from '@/lib/content/articles';
import type { NavLink } from './navigation';
import { getRegistry, type Reference } from '@/lib/content/references';

export type ReferenceUse = { reference: Reference; citedBy: NavLink[] };

/** Every registry entry, sorted by first author or body, with the pages that cite it. */
export function getReferencesPage(): ReferenceUse[] {
  const citing = getCitingArticles();
  return [...getRegistry().values()]
    .sort((a, b) => a.authors.localeCompare(b.authors))
    .map((reference) => ({
      reference,
      citedBy: (citing.get(reference.id) ?? []).map((article) => ({ href: article.href, label: article.navTitle })),
    }));
}

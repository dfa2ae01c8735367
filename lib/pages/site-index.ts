import { getArticles, type Article } from '@/lib/content/articles';
import { sitePages } from './site-pages';

/** One line of the A to Z index on /search. */
type IndexEntry = { label: string; href: string; kind: 'page' | 'question' | 'term' };
/** Entries under one initial letter. */
export type IndexLetter = { letter: string; entries: IndexEntry[] };

/** Every page, FAQ question and glossary term, as links, for readers without JavaScript. */
function buildSiteIndex(articles: readonly Article[], extraPages: readonly IndexEntry[] = []): IndexLetter[] {
  const entries: IndexEntry[] = [
    ...articles.map((article) => ({ label: article.title, href: article.href, kind: 'page' as const })),
    ...extraPages,
    ...articles.flatMap((article) =>
      article.faq.map((item) => ({
        label: item.question,
        href: `${article.href}#${item.id}`,
        kind: 'question' as const,
      })),
    ),
    ...articles.flatMap((article) =>
      article.glossary.map((item) => ({
        label: item.term,
        href: `${article.href}#${item.id}`,
        kind: 'term' as const,
      })),
    ),
  ];
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byLetter = new Map<string, IndexEntry[]>();
  for (const entry of [...entries].sort((a, b) => collator.compare(a.label, b.label))) {
    const first = entry.label
      .replace(/^[^a-z0-9]+/i, '')
      .charAt(0)
      .toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  }
  return [...byLetter].map(([letter, items]) => ({ letter, entries: items }));
}

export function getSiteIndex(): IndexLetter[] {
  const { references, forClinics, handout } = sitePages;
  return buildSiteIndex(
    getArticles(),
    [references, forClinics, handout].map((page) => ({ label: page.title, href: page.path, kind: 'page' as const })),
  );
}

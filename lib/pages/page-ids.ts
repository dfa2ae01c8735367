/**
 * Every id the site's own markup gives elements on an article page, written once: components take
 * them from here, and checkArticlePageIds checks that no heading, FAQ answer or glossary term of an
 * article takes one of them or another's. A duplicate id silently retargets a published #anchor.
 */
export const pageIds = {
  main: 'main',
  siteSearch: 'site-search',
  inShort: 'in-short',
  howSure: 'how-sure',
  onThisPage: 'on-this-page',
  optionGridCaption: 'option-grid-caption',
  sources: 'sources',
  allGuides: 'all-guides',
  allTopics: 'all-topics',
} as const;

/** The fixed ids of the layout and the article layout. */
export const LAYOUT_IDS: readonly string[] = Object.values(pageIds);

/** A source's entry in an article's reference list and on /references. */
export const refId = (referenceId: string) => `ref-${referenceId}`;
/** A scar type in the option grid page's "Which scars do I have?" list. */
export const scarId = (scarTypeId: string) => `scar-${scarTypeId}`;
/** A navigation group's heading on the home page. */
export const homeGroupId = (group: string) => `group-${group}`;
/** A navigation group's list in the footer of every page; the header links to it. */
export const footerGroupId = (group: string) => `topics-${group}`;

/** An id on a page and what gives it, for error messages. */
export type PageId = { id: string; owner: string };

/** Each id that more than one element of a page takes, with what takes it. */
export function duplicateIds(ids: readonly PageId[]): string[] {
  const owners = new Map<string, string[]>();
  for (const { id, owner } of ids) owners.set(id, [...(owners.get(id) ?? []), owner]);
  return [...owners]
    .filter(([, list]) => list.length > 1)
    .map(([id, list]) => `id "${id}" is used ${list.length} times (${list.join(', ')})`);
}

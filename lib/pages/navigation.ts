import { getArticles, HOME_SLUG, type Article } from '@/lib/content/articles';
import type { ArticleGroup } from '@/lib/content/schemas';

/** Group headings shown in the site navigation, in order: what a reader wants to know first. */
const groupLabels: Record<ArticleGroup, string> = {
  start: 'Start here',
  'what-it-is': 'What it is',
  'does-it-work': 'Does it work?',
  'is-it-safe': 'Is it safe?',
  deciding: 'Deciding and preparing',
  about: 'About this guide',
};

export type NavLink = { href: string; label: string };
/** A navigation entry with the text a home-page card needs. */
type NavEntry = NavLink & { title: string; description: string };
export type NavGroup = { id: ArticleGroup; label: string; links: NavEntry[] };

function toLink(article: Article): NavLink {
  return { href: article.href, label: article.navTitle };
}

function toEntry(article: Article): NavEntry {
  return { ...toLink(article), title: article.title, description: article.description };
}

/** The groups of topic pages: everything but the home page and the pages about this guide. */
export function topicGroups(groups: readonly NavGroup[]): NavGroup[] {
  return groups.filter((group) => group.id !== 'start' && group.id !== 'about');
}

/** The groups the home page shows as cards: every page but the home page itself. */
export function homeCardGroups(groups: readonly NavGroup[]): NavGroup[] {
  return groups.filter((group) => group.id !== 'start');
}

/** Navigation groups derived from the articles' `group` and `order`; empty groups are left out. */
export function buildNavigation(articles: readonly Article[]): NavGroup[] {
  return (Object.keys(groupLabels) as ArticleGroup[])
    .map((id) => ({ id, label: groupLabels[id], links: articles.filter((a) => a.group === id).map(toEntry) }))
    .filter((group) => group.links.length > 0);
}

export function getNavigation(): NavGroup[] {
  return buildNavigation(getArticles());
}

/** The articles before and after this one in navigation order (the home page is not a neighbour). */
export function buildPrevNext(articles: readonly Article[], slug: string): { prev?: NavLink; next?: NavLink } {
  const pages = articles.filter((article) => article.slug !== HOME_SLUG);
  const index = pages.findIndex((article) => article.slug === slug);
  if (index === -1) return {};
  const prev = pages[index - 1];
  const next = pages[index + 1];
  return { prev: prev && toLink(prev), next: next && toLink(next) };
}

/**
 * Home, then the page itself (groups have no page of their own, so they are not links). Articles
 * and the pages built from data (sources, search, …) both take their trail from here.
 */
export function buildBreadcrumbs(page: { href: string; navTitle: string }): NavLink[] {
  return [
    { href: '/', label: 'Home' },
    { href: page.href, label: page.navTitle },
  ];
}

import { getArticles, getArticleSlugs, HOME_SLUG, requireArticle, type Article } from '@/lib/content/articles';
import { buildBreadcrumbs, buildPrevNext, type NavLink } from './navigation';
import { getAcneScarGrid, showsOptionGrid, type OptionGrid } from '@/lib/content/option-grid';
import { getRegistry, type Reference } from '@/lib/content/references';
import { checkArticlePageIds } from './check-page-ids';
import { breadcrumbList, faqPage, medicalWebPage, webSite } from './structured-data';

/** Everything an article page shows besides its body, computed once here, not in components. */
export type ArticlePageModel = {
  article: Article;
  references: Reference[];
  breadcrumbs: NavLink[];
  prev?: NavLink;
  next?: NavLink;
  /** JSON-LD objects describing only what the page shows. */
  structuredData: object[];
  /** The acne-scar option grid, on the page that shows it. */
  optionGrid?: OptionGrid;
};

export function getArticlePage(slug: string): ArticlePageModel {
  const article = requireArticle(slug);
  checkArticlePageIds(article);
  const registry = getRegistry();
  // parseArticle has already rejected unknown ids, so every lookup succeeds.
  const references = article.citations.map((id) => registry.get(id)!);
  const breadcrumbs = buildBreadcrumbs(article);
  const structuredData: object[] = [
    medicalWebPage(article, references),
    ...(slug === HOME_SLUG ? [webSite()] : [breadcrumbList(breadcrumbs)]),
    ...(article.faq.length > 0 ? [faqPage(article, article.faq)] : []),
  ];
  const showsGrid = showsOptionGrid(article.components);
  return {
    article,
    references,
    breadcrumbs,
    ...buildPrevNext(getArticles(), slug),
    structuredData,
    ...(showsGrid ? { optionGrid: getAcneScarGrid() } : {}),
  };
}

/** The `[slug]` params of every article served at /<slug>: the article pages and their embed cards. */
export function articleSlugParams(): { slug: string }[] {
  return getArticleSlugs().map((slug) => ({ slug }));
}

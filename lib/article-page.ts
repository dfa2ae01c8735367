import { getArticles, requireArticle, type Article } from './articles';
import { buildBreadcrumbs, buildPrevNext, type NavLink } from './navigation';
import { getRegistry, type Reference } from './references';

/** Everything an article page shows besides its body, computed once here, not in components. */
export type ArticlePageModel = {
  article: Article;
  references: Reference[];
  breadcrumbs: NavLink[];
  prev?: NavLink;
  next?: NavLink;
};

export function getArticlePage(slug: string): ArticlePageModel {
  const article = requireArticle(slug);
  const registry = getRegistry();
  return {
    article,
    // parseArticle has already rejected unknown ids, so every lookup succeeds.
    references: article.citations.map((id) => registry.get(id)!),
    breadcrumbs: buildBreadcrumbs(article),
    ...buildPrevNext(getArticles(), slug),
  };
}

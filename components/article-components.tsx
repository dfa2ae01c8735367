import type { ArticlePageModel } from '@/lib/pages/article-page';
import { absoluteUrl } from '@/lib/site';
import type { BoundPerArticle, ComponentsFor } from '@/mdx-components';
import { citeFor } from './cite';
import { OptionGridTable } from './option-grid';
import { ScarTypeList } from './scar-types';

/** The MDX components bound to one article: its citation numbers and, where used, the option grid. */
export function articleComponents(page: ArticlePageModel): Partial<ComponentsFor<BoundPerArticle>> {
  const Cite = citeFor(page.article.citations);
  const { optionGrid } = page;
  if (!optionGrid) return { Cite };
  return {
    Cite,
    OptionGrid: () => <OptionGridTable grid={optionGrid} Cite={Cite} pageUrl={absoluteUrl(page.article.href)} />,
    ScarTypes: () => <ScarTypeList grid={optionGrid} Cite={Cite} />,
  };
}

import { HOME_SLUG, type Article } from '@/lib/content/articles';
import { getAcneScarGrid } from '@/lib/content/option-grid';
import { articleGroups } from '@/lib/content/schemas';
import { ContentError } from '@/lib/content/validation';
import { duplicateIds, homeGroupId, LAYOUT_IDS, refId, scarId, footerGroupId, type PageId } from './page-ids';

/**
 * Every id an article's page will carry, with what gives it: the layout, the body, the components
 * that render lists (the reference list, <ScarTypes>, the home page's guides, the footer's topics).
 * It lives with the page models because it knows what the pages render; content only parses.
 */
function articlePageIds(article: Article): PageId[] {
  return [
    ...LAYOUT_IDS.map((id) => ({ id, owner: 'the page layout' })),
    ...article.headings.map((heading) => ({ id: heading.id, owner: `heading "${heading.text}"` })),
    ...article.faq.map((entry) => ({ id: entry.id, owner: `<FaqItem question="${entry.question}">` })),
    ...article.glossary.map((entry) => ({ id: entry.id, owner: `<GlossaryTerm term="${entry.term}">` })),
    ...article.citations.map((id) => ({ id: refId(id), owner: 'the reference list' })),
    ...(article.components.has('ScarTypes')
      ? getAcneScarGrid().scarTypes.map((type) => ({ id: scarId(type.id), owner: '<ScarTypes>' }))
      : []),
    ...(article.slug === HOME_SLUG
      ? articleGroups.map((group) => ({ id: homeGroupId(group), owner: 'the list of guides' }))
      : []),
    ...articleGroups.map((group) => ({ id: footerGroupId(group), owner: "the footer's list of topics" })),
    ...article.keptAnchors.map((id) => ({ id, owner: `an old heading's anchor <span id="${id}">` })),
  ];
}

/**
 * Fails, naming the article file and what takes each id, if two elements of the article's page
 * would share an id. Run when the page model is built, so `next build` stops on the page.
 */
export function checkArticlePageIds(article: Article): void {
  const duplicates = duplicateIds(articlePageIds(article));
  if (duplicates.length > 0) {
    throw new ContentError(duplicates.map((text) => `${article.file}: body: ${text}`).join('\n'));
  }
}

import type { Article } from '@/lib/content/articles';
import { embedHeight } from './embed';
import { articleAnchors } from '@/lib/pages/published-urls';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { absoluteUrl } from '@/lib/site';

type ClinicLink = { label: string; url: string };
export type ClinicArticleLinks = {
  title: string;
  slug: string;
  url: string;
  embedUrl: string;
  /** Height of the embed card's iframe, in CSS pixels, so the whole card shows. */
  embedHeight: number;
  anchors: ClinicLink[];
};

/** Full URLs of every article and each of its section anchors and FAQ answers, for clinics to copy. */
export function clinicLinks(articles: readonly Article[]): ClinicArticleLinks[] {
  return articles.map((article) => {
    const url = absoluteUrl(article.href);
    return {
      title: article.title,
      slug: article.slug,
      url,
      embedUrl: absoluteUrl(`/embed/${article.slug}`),
      embedHeight: embedHeight(article),
      anchors: articleAnchors(article).map(({ label, href }) => ({ label, url: absoluteUrl(href) })),
    };
  });
}

/** The HTML a clinic pastes to show one article's card on its own site. */
export function embedSnippet({ embedUrl, title, embedHeight }: ClinicArticleLinks): string {
  return toHtml(
    h('iframe', {
      src: embedUrl,
      title,
      height: embedHeight,
      // Width in CSS, as HTML's width attribute takes only pixels; border-box, so the frame never
      // pokes out of a narrow column (tests/e2e/clinics.spec.ts checks the card at 320 and 640 px).
      style: 'box-sizing:border-box;width:100%;max-width:640px;border:1px solid #d4d4d8;border-radius:8px',
      loading: 'lazy',
    }),
  );
}

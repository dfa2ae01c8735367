import QRCode from 'qrcode';
import { getArticles, HOME_SLUG, requireArticle, siteLastReviewed } from '@/lib/content/articles';
import type { EvidenceLevel } from '@/lib/content/schemas';
import { site } from '@/lib/site';

export type HandoutModel = {
  siteUrl: string;
  whatItIs: readonly string[];
  evidence: { concern: string; href: string; level: EvidenceLevel; summary: string }[];
  risks: readonly string[];
  whoShouldNot: readonly string[];
  questions: readonly string[];
  qrSvg: string;
  lastReviewed: string;
};

/**
 * The two-page consultation handout, assembled from the articles themselves (key points, evidence
 * verdicts, the consultation checklist) so it never says something the pages do not.
 */
export async function getHandout(): Promise<HandoutModel> {
  const articles = getArticles();
  const qrSvg = await QRCode.toString(site.url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  return {
    siteUrl: site.url,
    whatItIs: requireArticle(HOME_SLUG).keyPoints,
    evidence: articles.flatMap((article) =>
      article.evidence && article.group === 'does-it-work'
        ? [
            {
              concern: article.navTitle,
              href: article.href,
              level: article.evidence.level,
              summary: article.evidence.summary,
            },
          ]
        : [],
    ),
    risks: requireArticle('risks').keyPoints,
    whoShouldNot: requireArticle('is-it-right-for-me').keyPoints,
    questions: requireArticle('choosing-a-practitioner').checklist,
    qrSvg,
    lastReviewed: siteLastReviewed(articles),
  };
}

import type { ReactNode } from 'react';
import type { ArticlePageModel } from '@/lib/pages/article-page';
import { site } from '@/lib/site';
import { Breadcrumbs } from './breadcrumbs';
import { Disclaimer } from './disclaimer';
import { EvidenceSummary } from './evidence-summary';
import { FaqFragmentOpener } from './faq';
import { JsonLd } from './json-ld';
import { KeyPoints } from './key-points';
import { PrevNext } from './prev-next';
import { ReferenceList } from './reference-list';
import { ReviewDates } from './review-dates';
import { TableOfContents } from './table-of-contents';

export type ArticleLayoutProps = { page: ArticlePageModel; children: ReactNode; after?: ReactNode; crumbs?: boolean };

/** The NHS-style article frame: title, "In short", contents, body, sources, review dates, "Report a problem". */
export function ArticleLayout({ page, children, after, crumbs = true }: ArticleLayoutProps) {
  const { article } = page;
  return (
    <>
      {crumbs && <Breadcrumbs items={page.breadcrumbs} />}
      <article className="mt-4 space-y-8">
        <header>
          <h1 className="text-3xl font-bold leading-tight sm:text-4xl" data-pagefind-meta="title">
            {article.title}
          </h1>
          <p className="mt-3 text-xl text-muted">{article.description}</p>
        </header>
        <KeyPoints points={article.keyPoints} />
        {article.evidence && <EvidenceSummary level={article.evidence.level} summary={article.evidence.summary} />}
        <TableOfContents sections={article.sections} />
        <div className="article-body prose" data-pagefind-body="">
          {children}
        </div>
        {after}
        <ReferenceList references={page.references} />
        <ReviewDates
          lastReviewed={article.lastReviewed}
          nextReview={article.nextReview}
          path={article.href}
          contact={site.contact}
        />
        <Disclaimer />
      </article>
      {article.faq.length > 0 && <FaqFragmentOpener />}
      {page.structuredData.map((data, index) => (
        <JsonLd key={index} data={data} />
      ))}
      <div className="mt-10">
        <PrevNext prev={page.prev} next={page.next} />
      </div>
    </>
  );
}

import type { Metadata } from 'next';
import { SearchForm } from '@/components/search-form';
import { SiteIndex } from '@/components/site-index';
import { SitePage } from '@/components/site-page';
import { searchLoaderScript } from '@/lib/pages/inline-code.mjs';
import { pageMetadata } from '@/lib/pages/metadata';
import { getSiteIndex } from '@/lib/pages/site-index';
import { sitePages } from '@/lib/pages/site-pages';
import { buildBreadcrumbs } from '@/lib/pages/navigation';

const page = sitePages.search;

export const metadata: Metadata = pageMetadata(page);

/**
 * Search results come from Pagefind's index of the article bodies, fetched by /search.js, which the
 * inline loader imports only when the address has a query, so the A to Z page loads no search code.
 * Without JavaScript the A to Z index below does the job.
 */
export default function SearchPage() {
  return (
    <>
      <SitePage page={page} breadcrumbs={buildBreadcrumbs({ href: page.path, navTitle: page.navTitle })}>
        <SearchForm id="search-query" label="Search for a word or question" />
        <section aria-labelledby="results-heading" className="search-results space-y-3" hidden>
          <h2 id="results-heading" className="text-2xl font-bold">
            Results
          </h2>
          <p id="search-status" role="status" className="text-lg" />
          <ol id="search-results" role="list" className="space-y-4" />
        </section>
        <SiteIndex letters={getSiteIndex()} />
      </SitePage>
      <script type="module">{searchLoaderScript}</script>
    </>
  );
}

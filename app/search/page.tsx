import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SearchForm } from '@/components/search-form';
import { SiteIndex } from '@/components/site-index';
import { pageMetadata } from '@/lib/metadata';
import { getSiteIndex } from '@/lib/site-index';
import { sitePages } from '@/lib/site-pages';

const { path, title, navTitle, description } = sitePages.search;

export const metadata: Metadata = pageMetadata({ title, description, path });

/**
 * Search results come from Pagefind's index of the article bodies, fetched by /search.js: the one
 * page of the site that runs a script. Without JavaScript the A to Z index below does the job.
 */
export default function SearchPage() {
  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Home' },
          { href: path, label: navTitle },
        ]}
      />
      <article className="mt-4 space-y-8">
        <header className="space-y-3">
          <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
          <p className="text-xl text-zinc-700 dark:text-zinc-300">{description}</p>
        </header>
        <SearchForm id="search-query" label="Search for a word or question" />
        <section aria-labelledby="results-heading" className="search-results space-y-3" hidden>
          <h2 id="results-heading" className="text-2xl font-bold">
            Results
          </h2>
          <p id="search-status" role="status" className="text-lg" />
          <ol id="search-results" role="list" className="space-y-4" />
        </section>
        <SiteIndex letters={getSiteIndex()} />
      </article>
      <script src="/search.js" type="module" defer fetchPriority="low" />
    </>
  );
}

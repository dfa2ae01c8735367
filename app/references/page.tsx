import { pageIds } from '@/lib/pages/page-ids';
import type { Metadata } from 'next';
import { Fragment } from 'react';
import { ReferenceText } from '@/components/reference-text';
import { SitePage } from '@/components/site-page';
import { getReferencesPage } from '@/lib/pages/references-page';
import { pageMetadata } from '@/lib/pages/metadata';
import { sitePages } from '@/lib/pages/site-pages';
import { buildBreadcrumbs } from '@/lib/pages/navigation';

const page = sitePages.references;

export const metadata: Metadata = pageMetadata(page);

export default function ReferencesPage() {
  const entries = getReferencesPage();
  return (
    <SitePage page={page} breadcrumbs={buildBreadcrumbs({ href: page.path, navTitle: page.navTitle })} lead={false}>
      <p className="text-lg">
        Every source behind this guide, with what kind of source it is and the pages that cite it. Most are research
        papers; news reports, trade magazines and company websites are labeled as such.
      </p>
      <ol className="source-list">
        {entries.map(({ reference, citedBy }) => (
          // No id per entry: nothing links to one, and 115 unique ids cost 1.3 KB of the 20 KiB first view.
          <li key={reference.id}>
            <ReferenceText reference={reference} />
            {/* Every entry is cited somewhere: tests/unit/registry.test.ts fails otherwise. */}
            <p>
              Cited on:{' '}
              {citedBy.map((page, index) => (
                <Fragment key={page.href}>
                  {index > 0 && ', '}
                  <a href={`${page.href}#${pageIds.sources}`}>{page.label}</a>
                </Fragment>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </SitePage>
  );
}

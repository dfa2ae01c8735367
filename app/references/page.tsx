import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ReferenceText } from '@/components/reference-text';
import { getReferencesPage } from '@/lib/references-page';
import { pageMetadata } from '@/lib/metadata';

const title = 'All sources this guide uses';
const description =
  'Every study, review and official page this guide cites, with a link to find it and the pages that cite it.';

export const metadata: Metadata = pageMetadata({ title, description, path: '/references' });

export default function ReferencesPage() {
  const entries = getReferencesPage();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Home' },
          { href: '/references', label: 'Sources' },
        ]}
      />
      <article className="mt-4 space-y-6">
        <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
        <p className="text-lg">
          This is the full list of sources behind this guide. Each one shows what kind of evidence it is and which of
          our pages cite it. Most are research papers. A few are official pages from health bodies and regulators.
        </p>
        <ol className="source-list">
          {entries.map(({ reference, citedBy }) => (
            <li key={reference.id} id={`ref-${reference.id}`}>
              <ReferenceText reference={reference} />
              <p className="mt-1 text-base">
                {citedBy.length > 0 ? (
                  <>
                    Cited on:{' '}
                    {citedBy.map((page, index) => (
                      <span key={page.href}>
                        {index > 0 && ', '}
                        <a href={`${page.href}#ref-${reference.id}`} className="underline">
                          {page.label}
                        </a>
                      </span>
                    ))}
                  </>
                ) : (
                  'Background reading: not cited on a page yet.'
                )}
              </p>
            </li>
          ))}
        </ol>
      </article>
    </>
  );
}

import { pageIds } from '@/lib/pages/page-ids';
import type { NavGroup } from '@/lib/pages/navigation';
import { sitePages } from '@/lib/pages/site-pages';
import { LinkList } from './link-list';
import { SiteNav } from './site-nav';

const { search, handout, references, forClinics } = sitePages;
const morePages = [search, handout, references, forClinics].map((page) => ({ href: page.path, label: page.navTitle }));

export type SiteFooterProps = { groups: readonly NavGroup[] };

/** Every topic, grouped, plus what this site is and is not. */
export function SiteFooter({ groups }: SiteFooterProps) {
  return (
    <footer className="site-footer mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-8 px-4 py-10">
        <SiteNav groups={groups} label="All topics" id={pageIds.allTopics} />
        <nav aria-label="More from this guide" className="site-nav">
          <LinkList links={morePages} className="flex flex-wrap gap-x-6 gap-y-1" />
        </nav>
        <p className="text-base text-muted">
          An independent guide with no advertising, no sponsors, no cookies and no tracking. Medical claims link to
          their sources; the full list is on the{' '}
          <a href={sitePages.references.path} className="underline">
            sources page
          </a>
          .
        </p>
      </div>
    </footer>
  );
}

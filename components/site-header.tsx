import { pageIds } from '@/lib/page-ids';
import { topicGroups, type NavGroup } from '@/lib/navigation';
import { LinkList } from './link-list';
import { SearchForm } from './search-form';

export type SiteHeaderProps = { siteName: string; groups: readonly NavGroup[] };

/**
 * Site name and the main links. The header lists the topic pages; the full grouped list is in the
 * footer ("All topics"), which the header links to, so phones get a short header without a script.
 */
export function SiteHeader({ siteName, groups }: SiteHeaderProps) {
  const topics = topicGroups(groups).flatMap((group) => group.links);
  return (
    <header className="site-header border-b border-line bg-banner text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="text-lg font-bold no-underline hover:underline">
          {siteName}
        </a>
        <a href="#all-topics" className="py-1 underline underline-offset-2 lg:hidden">
          All topics
        </a>
        <SearchForm id={pageIds.siteSearch} label="Search this guide" compact />
      </div>
      <nav aria-label="Main" className="mx-auto hidden max-w-5xl px-4 pb-3 lg:block">
        <LinkList links={topics} className="flex flex-wrap gap-x-5 gap-y-1 text-base" />
      </nav>
    </header>
  );
}

import { topicGroups, type NavGroup } from '@/lib/pages/navigation';
import { pageIds, footerGroupId } from '@/lib/pages/page-ids';
import { LinkList } from './link-list';
import { SearchForm } from './search-form';

export type SiteHeaderProps = { siteName: string; groups: readonly NavGroup[] };

/**
 * Site name, search, and one short line of topic groups (what it is, does it work, is it safe,
 * deciding). Each group links to its list in the footer's "All topics", so every page is two
 * clicks from every other, the header takes two lines at most, and no script is needed.
 */
export function SiteHeader({ siteName, groups }: SiteHeaderProps) {
  const links = [
    ...topicGroups(groups).map((group) => ({ href: `#${footerGroupId(group.id)}`, label: group.label })),
    { href: `#${pageIds.allTopics}`, label: 'All topics' },
  ];
  return (
    <header className="site-header border-b border-line bg-banner text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-3 pb-2">
        <a href="/" className="text-lg font-bold no-underline hover:underline">
          {siteName}
        </a>
        <SearchForm id={pageIds.siteSearch} label="Search this guide" compact />
      </div>
      <nav aria-label="Topics" className="mx-auto max-w-5xl px-4 pb-3">
        <LinkList links={links} className="flex flex-wrap gap-x-5 gap-y-1 text-base" />
      </nav>
    </header>
  );
}

import type { NavGroup } from '@/lib/pages/navigation';
import { footerGroupId } from '@/lib/pages/page-ids';
import { LinkList } from './link-list';

export type SiteNavProps = { groups: readonly NavGroup[]; label: string; id?: string };

/** Every article, grouped; rendered from the navigation derived in lib/navigation. */
export function SiteNav({ groups, label, id }: SiteNavProps) {
  return (
    <nav aria-label={label} id={id} className="site-nav scroll-mt-4">
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {groups.map((group) => (
          <div key={group.id} id={footerGroupId(group.id)} className="scroll-mt-4">
            <h2 className="text-base font-semibold">{group.label}</h2>
            <LinkList links={group.links} className="mt-2 space-y-1" />
          </div>
        ))}
      </div>
    </nav>
  );
}

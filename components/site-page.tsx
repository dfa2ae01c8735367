import type { ReactNode } from 'react';
import type { NavLink } from '@/lib/pages/navigation';
import type { SitePageInfo } from '@/lib/pages/site-pages';
import { Breadcrumbs } from './breadcrumbs';

export type SitePageProps = {
  page: SitePageInfo;
  breadcrumbs: readonly NavLink[];
  children: ReactNode;
  lead?: boolean;
};

/** The frame of a page that is not an article: breadcrumbs from home, its title and description. */
export function SitePage({ page, breadcrumbs, children, lead = true }: SitePageProps) {
  return (
    <>
      <Breadcrumbs items={breadcrumbs} />
      <article className="mt-4 space-y-8">
        <header className="space-y-3">
          <h1 className="text-3xl font-bold sm:text-4xl">{page.title}</h1>
          {lead && <p className="text-xl text-muted">{page.description}</p>}
        </header>
        {children}
      </article>
    </>
  );
}

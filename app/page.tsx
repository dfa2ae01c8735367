import { homeGroupId, pageIds } from '@/lib/pages/page-ids';
import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article-card';
import { ArticleLayout } from '@/components/article-layout';
import { articleComponents } from '@/components/article-components';
import { getArticlePage } from '@/lib/pages/article-page';
import { HOME_SLUG } from '@/lib/content/articles';
import { pageMetadata } from '@/lib/pages/metadata';
import { getNavigation, homeCardGroups } from '@/lib/pages/navigation';
import Content from '@/content/articles/index.mdx';

export function generateMetadata(): Metadata {
  const { article } = getArticlePage(HOME_SLUG);
  return pageMetadata({ title: article.title, description: article.description, path: '/', type: 'website' });
}

export default function HomePage() {
  const page = getArticlePage(HOME_SLUG);
  const groups = homeCardGroups(getNavigation());
  const cards = (
    <section aria-labelledby={pageIds.allGuides} className="space-y-6">
      <h2 id={pageIds.allGuides} className="text-2xl font-bold">
        All guides
      </h2>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={homeGroupId(group.id)}>
          <h3 id={homeGroupId(group.id)} className="text-xl font-semibold">
            {group.label}
          </h3>
          <ul role="list" className="mt-3 grid gap-4 sm:grid-cols-2">
            {group.links.map((link) => (
              <li key={link.href}>
                <ArticleCard href={link.href} title={link.title} description={link.description} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
  return (
    <ArticleLayout page={page} after={cards} crumbs={false}>
      <Content components={articleComponents(page)} />
    </ArticleLayout>
  );
}

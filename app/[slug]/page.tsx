import type { Metadata } from 'next';
import { ArticleLayout } from '@/components/article-layout';
import { articleComponents } from '@/components/article-components';
import { articleSlugParams, getArticlePage } from '@/lib/pages/article-page';
import { requireArticle } from '@/lib/content/articles';
import { pageMetadata, socialCardPath } from '@/lib/pages/metadata';

// Only the articles in content/ exist; any other slug is a 404 at build and at run time.
export const dynamicParams = false;

export function generateStaticParams() {
  return articleSlugParams();
}

export async function generateMetadata({ params }: PageProps<'/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const article = requireArticle(slug);
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: article.href,
    image: socialCardPath(slug),
  });
}

export default async function ArticlePage({ params }: PageProps<'/[slug]'>) {
  const { slug } = await params;
  const page = getArticlePage(slug);
  const { default: Content } = await import(`@/content/articles/${slug}.mdx`);
  return (
    <ArticleLayout page={page}>
      <Content components={articleComponents(page)} />
    </ArticleLayout>
  );
}

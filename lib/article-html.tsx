import { evaluate } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { citeFor } from '@/components/cite';
import { KeyPoints } from '@/components/key-points';
import { mdxComponents } from '@/mdx-components';
import type { Article } from './articles';

/**
 * The article as a reader sees it (title, description, "In short" and body), rendered to HTML
 * outside Next with the same MDX plugins and components, for readability checks and reports.
 */
export async function renderArticleHtml(article: Article): Promise<string> {
  const { default: Content } = (await evaluate(article.body, {
    ...runtime,
    remarkPlugins: [remarkFrontmatter, remarkGfm],
    rehypePlugins: [rehypeSlug],
  })) as { default: MDXContent };
  return renderToStaticMarkup(
    <>
      <h1>{article.title}</h1>
      <p>{article.description}</p>
      <KeyPoints points={article.keyPoints} />
      <Content components={{ ...mdxComponents, Cite: citeFor(article.citations) }} />
    </>,
  );
}

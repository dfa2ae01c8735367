import { evaluate } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { citeFor } from '@/components/cite';
import { rehypePlugins, remarkPlugins } from '@/lib/content/mdx-plugins.mjs';
import { mdxComponents } from '@/mdx-components';

/** Plugins named in lib/content/mdx-plugins.mjs, imported by name as @next/mdx does. */
async function load(names: readonly string[]) {
  return Promise.all(names.map(async (name) => (await import(name)).default));
}

/**
 * An MDX file rendered to HTML outside Next, with the renderer's plugin list and components, so
 * tests can check that what lib/ derives from a file is what the page shows.
 */
export async function renderMdx(source: string, citations: readonly string[]): Promise<string> {
  const { default: Content } = (await evaluate(source, {
    ...runtime,
    remarkPlugins: await load(remarkPlugins),
    rehypePlugins: await load(rehypePlugins),
  })) as { default: MDXContent };
  return renderToStaticMarkup(<Content components={{ ...mdxComponents, Cite: citeFor(citations) }} />);
}

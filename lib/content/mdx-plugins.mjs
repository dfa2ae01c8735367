// @ts-check
// The MDX plugins, by package name or absolute file path: one list for @next/mdx (next.config.mjs)
// and for lib/content/article-source.ts, which parses each article once with the same syntax and the
// same heading ids as the rendered page. Names, not functions, because Turbopack hands loader options
// to another process as JSON. @next/mdx resolves a name from the folder of the MDX file it compiles,
// so a local plugin is named by its absolute path (every command runs from the project root).
import path from 'node:path';

/** Our own plugin that gives headings ASCII ids (see the file); article-source.ts maps this path to it. */
export const asciiHeadingIds = path.resolve('lib/content/rehype-ascii-heading-ids.mjs');

/** Syntax extensions and tree transforms run on the markdown tree. */
export const remarkPlugins = ['remark-frontmatter', 'remark-gfm'];

/** Transforms run on the HTML tree; with rehype-slug they give headings their permanent ids. */
export const rehypePlugins = [asciiHeadingIds, 'rehype-slug'];

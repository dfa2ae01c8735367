// @ts-check
// The MDX plugins, by package name: one list for @next/mdx (next.config.mjs) and for lib/content/article-source.ts,
// which parses each article once with the same syntax and the same heading ids as the rendered page.
// Names, not functions, because Turbopack hands loader options to another process as JSON.

/** Syntax extensions and tree transforms run on the markdown tree. */
export const remarkPlugins = ['remark-frontmatter', 'remark-gfm'];

/** Transforms run on the HTML tree; rehype-slug gives headings their permanent ids. */
export const rehypePlugins = ['rehype-slug'];

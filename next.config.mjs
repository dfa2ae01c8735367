import createMDX from '@next/mdx';
import { headerRules } from './lib/http-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Upper bound for stale-while-revalidate on prerendered HTML (see `revalidate` in app/layout.tsx).
  expireTime: 86400,
  async headers() {
    return headerRules;
  },
  async redirects() {
    // The home page's source file is index.mdx; Next would also serve it at /index.
    return [{ source: '/index', destination: '/', permanent: true }];
  },
};

const withMDX = createMDX({
  options: {
    // Turbopack hands loader options to another process, so plugins are named by string.
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug'],
  },
});

export default withMDX(nextConfig);

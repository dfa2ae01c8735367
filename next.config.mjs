import createMDX from '@next/mdx';
import { rehypePlugins, remarkPlugins } from './lib/content/mdx-plugins.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export: `npm run build` writes every page to out/, and scripts/build/postbuild.mjs
  // removes Next's client runtime, hashes our inline code into the CSP and indexes for search.
  // Headers come from lib/publish/http-headers.mjs through out/_headers, not from Next.
  output: 'export',
  poweredByHeader: false,
  reactStrictMode: true,
};

const withMDX = createMDX({
  options: { remarkPlugins, rehypePlugins },
});

export default withMDX(nextConfig);

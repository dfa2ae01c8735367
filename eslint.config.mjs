import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Internal links are plain <a>: next/link cost 5.7 KiB of JavaScript and hydration work on
    // every page (measured with npm run bench, docs/performance.md), and with prefetching off a
    // prerendered page loads about as fast by a normal navigation.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    ignores: [
      '.next/**',
      '.wrangler/**',
      'out/**',
      'node_modules/**',
      'next-env.d.ts',
      'playwright-report/**',
      'test-results/**',
    ],
  },
];

export default config;

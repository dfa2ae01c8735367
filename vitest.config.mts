import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The first getArticles() in a test file parses every article (about 20 MDX files): up to 9 s
    // on a shared 2-core machine, past Vitest's default of 5 s.
    testTimeout: 20_000,
  },
});

import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The first test in a file that loads the articles parses every MDX file and the registry: about
    // 2 s alone, over 5 s (Vitest's default limit) on a busy 2-core machine.
    testTimeout: 30_000,
  },
});

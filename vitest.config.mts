import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The first test in a file that asks for the articles parses all of them: about 1 s alone, but
    // 5.1-5.3 s on this 2-core machine while another build ran (two tests timed out at 5 s).
    testTimeout: 20_000,
  },
});

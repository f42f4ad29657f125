// Unit tests: node environment by default; React component tests opt into jsdom
// with a `// @vitest-environment jsdom` docblock.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});

// Unit tests: node environment by default; React component tests opt into jsdom
// with a `// @vitest-environment jsdom` docblock.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    // Set-up hooks derive keys (scrypt) for one or two passphrases: seconds each
    // when CI's two cores are busy, past vitest's 10 s default for hooks.
    hookTimeout: 60_000,
    setupFiles: ['tests/unit/setup/async-timeouts.ts'],
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: one, on the two-core machines CI
    // uses, so the suite ran file after file (11 min). Much of its time is spent waiting on
    // child processes (kill tests, the built main) and on scrypt's thread pool, so two run well.
    maxWorkers: 2,
  },
});

// `npm run test:sync`: the exchange through a real sync engine (two Syncthing
// instances on 127.0.0.1), kept out of `npm test` for its time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/sync/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

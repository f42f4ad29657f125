// Lint: TypeScript rules plus the layer arrows of docs/ARCHITECTURE.md.
// A broken arrow (e.g. a service importing electron) fails `npm test`.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'worker_threads'];
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['shared/**/*.ts'],
    ['electron', ...NODE_BUILTINS, 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/tests/**'],
    'shared/ runs in every process: it imports nothing of ours outside shared/ and no Node, DOM or Electron API.',
  ),
  layer(
    ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ['electron', ...NODE_BUILTINS, '**/main/**', '**/tests/**'],
    'renderer/ is sandboxed web content: it may import shared/ only (and browser libraries).',
  ),
  layer(
    ['main/services/**/*.ts'],
    ['electron', 'electron-store', '**/renderer/**', '**/tests/**'],
    'main/services/ is plain Node: no electron import (glue lives in main/*.ts), no renderer code.',
  ),
  layer(
    ['main/*.ts'],
    ['**/renderer/**', '**/tests/**'],
    'main/ may import shared/ and its own services only.',
  ),
);

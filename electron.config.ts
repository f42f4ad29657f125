// Build configuration for the three Electron targets (electron-vite).
// The preload is forced to CommonJS because sandboxed preloads cannot be ES modules.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
      // The worker that helps decrypt a large workbook at unlock is a script of its own (out/main/record-worker.js),
      // and so is the one that seals rows again in a key rotation (out/main/reseal-worker.js).
      rollupOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          'record-worker': resolve(root, 'main/services/journal/record-worker.ts'),
          'reseal-worker': resolve(root, 'main/services/vault/reseal-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything: a sandboxed preload can only require('electron').
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    // The version the About screen shows, from package.json at build time.
    define: { __APP_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version) },
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; minified, it parses faster at start.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});

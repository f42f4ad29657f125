// Points every import of 'electron' (main's own and electron-store's) at the
// stand-in, with a Node module loader hook. Import this before the built main.
import { registerHooks } from 'node:module';

const STAND_IN = new URL('./electron.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: STAND_IN, format: 'module-typescript', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

// Turns the BUILT preload (out/preload/index.cjs) into a page init script. The
// page runs the very code Electron's preload runs; only `require('electron')`
// is answered by a stand-in whose ipcRenderer talks to the test process
// through Playwright bindings instead of Electron IPC.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PRELOAD_FILE = resolve(import.meta.dirname, '../../../out/preload/index.cjs');

export const INVOKE_BINDING = '__mendHarnessInvoke';
export const EMIT_FUNCTION = '__mendHarnessEmit';

export function preloadInitScript(): string {
  const preload = readFileSync(PRELOAD_FILE, 'utf8');
  return `(() => {
  const listeners = new Map();
  const electronStandIn = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true });
      },
    },
    ipcRenderer: {
      invoke: (channel, request) => window.${INVOKE_BINDING}(channel, request),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  Object.defineProperty(window, '${EMIT_FUNCTION}', {
    value: (channel, payload) => listeners.get(channel)?.forEach((listener) => listener({}, payload)),
  });
  const require = (name) => {
    if (name !== 'electron') throw new Error('a sandboxed preload can only require electron, not ' + name);
    return electronStandIn;
  };
  const module = { exports: {} };
  // Its own function scope, as Node's CommonJS wrapper gives it in Electron.
  (function (exports, require, module) {
${preload}
  })(module.exports, require, module);
})();`;
}

// The stand-in's `app` and `protocol`: the lifecycle and the rules about 'ready'.
import { EventEmitter } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import { onlyAfterReady, onlyBeforeReady, record, standIn } from './state.ts';

let resolveReady: () => void;
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

class StandInApp extends EventEmitter {
  readonly commandLine = { hasSwitch: () => false, appendSwitch: (...args: unknown[]) => record('app.commandLine.appendSwitch', ...args) };
  name = 'Mend';
  get isPackaged() {
    return standIn.isPackaged;
  }
  whenReady() {
    return readyPromise;
  }
  isReady() {
    return standIn.ready;
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  enableSandbox() {
    onlyBeforeReady('app.enableSandbox');
    record('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return true;
  }
  releaseSingleInstanceLock() {
    record('app.releaseSingleInstanceLock');
  }
  setAppUserModelId(id: string) {
    record('app.setAppUserModelId', id);
  }
  setPath(name: string, path: string) {
    if (!existsSync(path) || !statSync(path).isDirectory()) throw new Error(`Failed to set path: ${path} does not exist (Electron docs: create it first).`);
    record('app.setPath', name, path);
    standIn.paths.set(name, path);
  }
  getPath(name: string) {
    const path = standIn.paths.get(name);
    if (!path) throw new Error(`stand-in: no path for ${name}; the test sets userData and documents.`);
    return path;
  }
  setAboutPanelOptions(options: unknown) {
    record('app.setAboutPanelOptions', options);
  }
  quit() {
    record('app.quit');
  }
  exit(code = 0) {
    record('app.exit', code);
    standIn.exitCode = code;
  }
}
export const app = new StandInApp();

/** The test's "Electron finished starting": emits ready and resolves whenReady(). */
export function emitReady(): void {
  standIn.ready = true;
  app.emit('ready');
  resolveReady();
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    onlyBeforeReady('protocol.registerSchemesAsPrivileged');
    if (standIn.privileged) throw new Error('protocol.registerSchemesAsPrivileged can be called only once (Electron docs).');
    record('protocol.registerSchemesAsPrivileged', schemes);
    standIn.privileged = schemes;
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    onlyAfterReady('protocol.handle');
    if (standIn.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    record('protocol.handle', scheme);
    standIn.protocolHandlers.set(scheme, handler);
  },
};

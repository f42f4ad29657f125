// The stand-in's shared state: what it recorded and what a test set, and the
// two rules about 'ready' that most APIs follow (electron.ts cites the docs).
import type { StandInBrowserWindow } from './windows.ts';
import type { StandInNotification } from './electron.ts';

export interface Call {
  api: string;
  args: unknown[];
  beforeReady: boolean;
}

/** What the test reads and drives; also on globalThis[STAND_IN] so a driver script can reach it. */
export const standIn = {
  calls: [] as Call[],
  ready: false,
  exitCode: null as number | null,
  isPackaged: false,
  systemIdleSeconds: 0,
  systemIdleState: 'active' as string,
  windows: [] as StandInBrowserWindow[],
  handlers: new Map<string, (event: unknown, request: unknown) => unknown>(),
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  privileged: null as unknown[] | null,
  beforeRequest: null as ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null,
  /** Notifications as Electron holds them: weakly. */
  notifications: [] as WeakRef<StandInNotification>[],
  paths: new Map<string, string>(),
  /** An API that throws when called, to test how main copes with a failure. */
  failOn: null as string | null,
  /** Answers save dialogs; a test may return a promise it settles later. */
  saveDialog: async (_options: unknown): Promise<{ canceled: boolean; filePath: string }> => ({ canceled: true, filePath: '' }),
};
(globalThis as Record<symbol, unknown>)[Symbol.for('mend.electron-stand-in')] = standIn;

export function record(api: string, ...args: unknown[]): void {
  if (standIn.failOn === api) throw new Error(`stand-in: ${api} failed as the test asked`);
  standIn.calls.push({ api, args, beforeReady: !standIn.ready });
}

export function onlyBeforeReady(api: string): void {
  if (standIn.ready) throw new Error(`${api}: this method can only be called before app is ready (Electron docs).`);
}

export function onlyAfterReady(api: string): void {
  if (!standIn.ready) throw new Error(`${api}: cannot be used before the ready event of the app module (Electron docs).`);
}

// Composition root of the services for one data folder. Electron's main and
// the browser test harness both build the app through this, so what the tests
// exercise is what ships; only the printer and the sender's origin differ.
import { createHandlers } from './handlers.ts';
import { createRouter } from './ipc/router.ts';
import type { ErrorLog, Router } from './ipc/router.ts';
import { sameOriginMainFrame } from './ipc/sender-policy.ts';
import type { WorksheetPrinter } from './print/printer.ts';
import { Vault } from './vault/vault.ts';

export interface AppServicesOptions {
  dataDir: string;
  /** Origin the UI is served from: mend://app in Electron. */
  appOrigin: string;
  printer: WorksheetPrinter;
  now?: () => Date;
  logError?: ErrorLog;
}

export interface AppServices {
  vault: Vault;
  route: Router;
}

/** Logs the kind of failure only: never a message, which could quote user text. */
export const logErrorKindOnly: ErrorLog = (channel, err) => {
  const e = err as { name?: string; code?: string };
  console.error(`[mend] ${channel} failed: ${e?.name ?? 'Error'}${e?.code ? ` (${e.code})` : ''}`);
};

export function createAppServices(options: AppServicesOptions): AppServices {
  const vault = new Vault(options.dataDir, options.now ? { now: options.now } : {});
  const handlers = createHandlers({ vault, printer: options.printer });
  const route = createRouter(handlers, sameOriginMainFrame(options.appOrigin), options.logError ?? logErrorKindOnly);
  return { vault, route };
}

// The whole product minus Electron: the real services (createAppServices) in
// this process, the built UI in Chromium, and the built preload's window.mend
// wired to the real IPC router through a Playwright binding. Only the
// transport (ipcRenderer/ipcMain) and the printer are swapped.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices, EventSink } from '../../../main/services/app-services.ts';
import { events } from '../../../shared/contract/channels.ts';
import type { EventName, EventOf } from '../../../shared/contract/channels.ts';
import { ChromiumPrinter } from './chromium-printer.ts';
import { testPorts } from '../../support/test-ports.ts';
import type { ScriptedDialogs } from '../../support/test-ports.ts';
import { EMIT_FUNCTION, INVOKE_BINDING, preloadInitScript } from './preload-shim.ts';
import { startUiServer } from './ui-server.ts';
import { PlaintextCanary } from './plaintext-canary.ts';
import type { UiServer } from './ui-server.ts';

export interface MendHarness {
  services: AppServices;
  printer: ChromiumPrinter;
  /** Answers the app's file dialogs: set nextSavePath / nextOpenPath before the click. */
  dialogs: ScriptedDialogs;
  /** Every answer text sent to be saved, to prove none of it reached the disk in the clear. */
  canary: PlaintextCanary;
  dataDir: string;
  context: BrowserContext;
  origin: string;
  /** Opens the app (optionally at a hash route) in a new page of the context. */
  openPage(hash?: string): Promise<Page>;
  /** Sends a main -> renderer event, as Electron's menu does. */
  emit<E extends EventName>(page: Page, event: E, payload: EventOf<E>): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  browser: Browser;
  dataDir: string;
  now?: () => Date;
  /** Extra context options, e.g. a viewport for screenshots. */
  viewport?: { width: number; height: number };
  /** Where printed worksheets are written (default: a "printed" folder beside dataDir). */
  printDir?: string;
  /** The keyring this "computer" has: a secure one, or plain text (Linux's basic_text). */
  keyring?: 'secure' | 'basic_text';
}

/** Runs in the page: hands an event to the preload's listeners, as ipcRenderer would. */
const sendToPage = ([name, data, fn]: readonly [string, unknown, string]) => (window as never as Record<string, (a: unknown, b: unknown) => void>)[fn]!(name, data);

export async function startMendHarness({ browser, dataDir, now, viewport, printDir = join(dataDir, '..', 'printed'), keyring = 'secure' }: HarnessOptions): Promise<MendHarness> {
  mkdirSync(dataDir, { recursive: true });
  const server: UiServer = await startUiServer();
  const context = await browser.newContext({ viewport: viewport ?? { width: 1100, height: 800 } });
  const senderIds = new WeakMap<Page, number>();
  let nextSenderId = 1;

  const openPageWithId = async (hash = '') => {
    const page = await context.newPage();
    const senderId = nextSenderId++;
    senderIds.set(page, senderId);
    await page.goto(`${server.origin}/index.html${hash}`);
    return { page, senderId };
  };

  mkdirSync(printDir, { recursive: true });
  // The services come next and need the printer; its lock count is read only once a job runs.
  let lockCount = () => 0;
  const printer = new ChromiumPrinter(
    {
      newPage: async () => {
        const page = await context.newPage();
        const senderId = nextSenderId++;
        senderIds.set(page, senderId);
        return { page, senderId };
      },
      urlOf: (route) => `${server.origin}/index.html${route}`,
      show: (page, route) => page.evaluate(sendToPage, ['print:show', events['print:show'].parse({ route }), EMIT_FUNCTION] as const),
      lockCount: () => lockCount(),
    },
    printDir,
  );
  const ports = testPorts(keyring);
  /** Events from the services (unlock progress) reach every open page, as Electron's webContents.send reaches the window. */
  const emitToPages: EventSink = (event, payload) => {
    const checked = events[event].parse(payload);
    for (const page of context.pages()) {
      page.evaluate(sendToPage, [event, checked, EMIT_FUNCTION] as const).catch(() => undefined);
    }
  };
  const services = createAppServices({ dataDir, appOrigin: server.origin, ...ports, printer, emit: emitToPages, ...(now ? { now } : {}) });
  lockCount = () => services.vault.lockCount;

  await context.addInitScript({ content: preloadInitScript() });
  const canary = new PlaintextCanary();
  await context.exposeBinding(INVOKE_BINDING, ({ page, frame }, channel: unknown, request: unknown) => {
    canary.record(channel, request);
    return services.route(channel, request, {
      id: senderIds.get(page) ?? 0,
      url: frame.url(),
      isMainFrame: frame === page.mainFrame(),
    });
  });

  return {
    services,
    printer,
    dialogs: ports.dialogs,
    canary,
    dataDir,
    context,
    origin: server.origin,
    openPage: async (hash) => (await openPageWithId(hash)).page,
    emit: async (page, event, payload) => {
      await page.evaluate(sendToPage, [event, payload, EMIT_FUNCTION] as const);
    },
    close: async () => {
      services.vault.lock();
      await printer.dispose();
      await context.close();
      await server.close();
    },
  };
}

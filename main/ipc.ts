// The Electron side of the contract: every channel is registered here, in one
// place, and handed to the services' router, which checks the sender and the
// request. Events to the renderer (menu commands, unlock progress) also leave from here.
import { ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import { CHANNELS, events } from '../shared/contract/channels.ts';
import type { EventName, EventOf } from '../shared/contract/channels.ts';
import type { Router } from './services/ipc/router.ts';
import type { Vault } from './services/vault/vault.ts';

export function bindIpc(route: Router): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) =>
      route(channel, request, {
        id: event.sender.id,
        // senderFrame is null once the frame has navigated away or gone: then the router refuses it.
        url: event.senderFrame?.url ?? '',
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
      }),
    );
  }
}

/** Sends an event to the UI of `win`, checked against the contract like any message. */
export function sendEvent<E extends EventName>(win: BrowserWindow, event: E, payload: EventOf<E>): void {
  if (win.isDestroyed()) return;
  win.webContents.send(event, events[event].parse(payload));
}

type Command = EventOf<'app:command'>['command'];

/** Sends a command (menu, power events) to the UI of `win`. */
export function sendCommand(win: BrowserWindow, command: Command): void {
  sendEvent(win, 'app:command', { command });
}

/**
 * Asks the UI to save its draft and lock, then locks in main after `graceMs`
 * unless a lock already happened meanwhile: security must not depend on the
 * renderer answering, and a quick re-unlock by the user must not be undone.
 */
export function requestLock(win: BrowserWindow | null, vault: Pick<Vault, 'lock' | 'lockCount'>, graceMs: number): void {
  if (!win || win.isDestroyed() || graceMs <= 0) {
    if (win && !win.isDestroyed()) sendCommand(win, 'lock');
    vault.lock();
    return;
  }
  const locksBefore = vault.lockCount;
  sendCommand(win, 'lock');
  setTimeout(() => {
    if (vault.lockCount === locksBefore) vault.lock();
  }, graceMs);
}

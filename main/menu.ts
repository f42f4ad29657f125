// The application menu. Print and Lock are commands to the UI, which knows what
// is on screen and has a draft to save; Lock is also enforced in main after a
// short grace period, so the vault locks even if the UI never answers.
import { app, Menu } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { requestLock, sendCommand } from './ipc.ts';
import type { Vault } from './services/vault/vault.ts';

/** Time the UI gets to save its draft before main locks the vault regardless. */
export const LOCK_GRACE_MS = 1500;

export function buildAppMenu(getWindow: () => BrowserWindow | null, vault: Pick<Vault, 'lock' | 'lockCount'>): Menu {
  const isMac = process.platform === 'darwin';
  const file: MenuItemConstructorOptions[] = [
    {
      label: 'Print worksheet…',
      accelerator: 'CmdOrCtrl+P',
      click: () => {
        const win = getWindow();
        if (win) sendCommand(win, 'print');
      },
    },
    {
      label: 'Export summary for counselor…',
      accelerator: 'CmdOrCtrl+E',
      click: () => {
        const win = getWindow();
        if (win) sendCommand(win, 'export');
      },
    },
    { type: 'separator' },
    { label: 'Lock Mend', accelerator: 'CmdOrCtrl+L', click: () => requestLock(getWindow(), vault, LOCK_GRACE_MS) },
    // On macOS Quit lives in the app menu.
    ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
  ];
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    // No reload and no devtools in a packaged build: a reload would drop an unsaved draft.
    ...(app.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
  ];
  return Menu.buildFromTemplate([
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: file },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: 'Help', submenu: [{ role: 'about' }] },
  ]);
}

// The application menu, with the usual shortcuts. Most items are commands to
// the UI, which knows what is on screen and has a draft to save; Lock is also
// enforced in main after a short grace period, so the vault locks even if the
// UI never answers.
import { app, Menu } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { EventOf } from '../shared/contract/channels.ts';
import { requestLock, sendCommand } from './ipc.ts';
import type { Vault } from './services/vault/vault.ts';

/** Time the UI gets to save its draft before main locks the vault regardless. */
export const LOCK_GRACE_MS = 1500;

type Command = EventOf<'app:command'>['command'];

export function buildAppMenu(getWindow: () => BrowserWindow | null, vault: Pick<Vault, 'lock' | 'lockCount'>): Menu {
  const isMac = process.platform === 'darwin';
  const command = (label: string, name: Command, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => {
      const win = getWindow();
      if (win) sendCommand(win, name);
    },
  });
  const preferences = command(isMac ? 'Settings…' : 'Preferences…', 'preferences', 'CmdOrCtrl+,');
  const about = command('About Mend', 'about');
  const file: MenuItemConstructorOptions[] = [
    command('New entry', 'new-entry', 'CmdOrCtrl+N'),
    { type: 'separator' },
    command('Print worksheet…', 'print', 'CmdOrCtrl+P'),
    command('Export summary for counselor…', 'export', 'CmdOrCtrl+E'),
    { type: 'separator' },
    { label: 'Lock Mend', accelerator: 'CmdOrCtrl+L', click: () => requestLock(getWindow(), vault, LOCK_GRACE_MS) },
    // On macOS, Preferences and Quit live in the app menu.
    ...(isMac ? [] : [{ type: 'separator' } as const, preferences, { type: 'separator' } as const, { role: 'quit' } as const]),
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
  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [about, { type: 'separator' }, preferences, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  };
  return Menu.buildFromTemplate([
    ...(isMac ? [appMenu] : []),
    { label: 'File', submenu: file },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    { label: 'View', submenu: view },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: 'Help', submenu: [command('Safety and where to find help', 'safety'), ...(isMac ? [] : [{ type: 'separator' } as const, about])] },
  ]);
}

// Electron's native open and save dialogs behind the services' FileDialogs port.
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { FileDialogs, FileFilter } from './services/files/file-dialogs.ts';

export class ElectronFileDialogs implements FileDialogs {
  readonly #parent: () => BrowserWindow | null;

  constructor(parent: () => BrowserWindow | null) {
    this.#parent = parent;
  }

  async chooseSavePath({ title, defaultName, filters }: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null> {
    const options: SaveDialogOptions = { title, defaultPath: join(app.getPath('documents'), defaultName), filters };
    const parent = this.#parent();
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  }

  async chooseOpenPath({ title, filters }: { title: string; filters: FileFilter[] }): Promise<string | null> {
    const options: OpenDialogOptions = { title, filters, properties: ['openFile'] };
    const parent = this.#parent();
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  }
}

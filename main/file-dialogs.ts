// Electron's native open and save dialogs behind the services' FileDialogs port.
// Files Mend writes or reads stay out of the OS's recent lists (Windows), and a
// save dialog answered after Mend locked counts as cancelled: nothing is written
// from a locked workbook.
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { FileDialogs, FileFilter } from './services/files/file-dialogs.ts';

export class ElectronFileDialogs implements FileDialogs {
  readonly #parent: () => BrowserWindow | null;
  readonly #lockCount: () => number;

  /** `lockCount` is the vault's: a change means it locked. */
  constructor(parent: () => BrowserWindow | null, lockCount: () => number) {
    this.#parent = parent;
    this.#lockCount = lockCount;
  }

  async chooseSavePath({ title, defaultName, filters }: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null> {
    const options: SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), defaultName),
      filters,
      properties: ['dontAddToRecent', 'showOverwriteConfirmation', 'createDirectory'],
    };
    const parent = this.#parent();
    const locksBefore = this.#lockCount();
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    // A native dialog cannot be closed from code: an answer given after Mend locked is dropped.
    return choice.canceled || !choice.filePath || this.#lockCount() !== locksBefore ? null : choice.filePath;
  }

  async chooseOpenPath({ title, filters }: { title: string; filters: FileFilter[] }): Promise<string | null> {
    const options: OpenDialogOptions = { title, filters, properties: ['openFile', 'dontAddToRecent'] };
    const parent = this.#parent();
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  }

  async chooseFolder({ title }: { title: string }): Promise<string | null> {
    const options: OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] };
    const parent = this.#parent();
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  }
}

// The port through which services ask the user for a file: Electron's dialogs
// in the app (main/file-dialogs.ts), a stand-in in tests. The renderer never
// names a path itself; main only writes where the user chose in a dialog.

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogs {
  /** The path chosen to save to, or null if the user cancelled. */
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** The file chosen to open, or null if the user cancelled. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** A folder chosen (the shared folder of the exchange), or null. Optional: a port without it cannot choose one. */
  chooseFolder?(options: { title: string }): Promise<string | null>;
}

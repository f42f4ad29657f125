// Starts the built app under Playwright with its own data folder, so a test
// never touches a real workbook. Electron is given the project folder, as a
// packaged app is: it reads package.json, so app.name is "Mend" (given the
// file out/main/index.js instead, it would be "Electron").
import { _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { ROOT, findElectronBinary } from './electron-binary.ts';

export interface LaunchedMend {
  app: ElectronApplication;
  page: Page;
}

/** `dataDir` must be an absolute path; Mend refuses a relative MEND_DATA_DIR. */
export async function launchMend(dataDir: string): Promise<LaunchedMend> {
  const executablePath = findElectronBinary();
  // Always passed explicitly: Playwright's default resolves the electron package, which would try to download.
  if (!executablePath) throw new Error('No Electron binary: run these tests through tests/electron/run.ts.');
  const app = await _electron.launch({
    executablePath,
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, MEND_DATA_DIR: dataDir } as Record<string, string>,
  });
  return { app, page: await app.firstWindow() };
}

// The window's security as the real app applies it, checked from inside the
// page and from main: permissions denied, no window ever opened in-app (an
// allowed help link goes to the system browser instead), navigation blocked,
// no Node in the page, no <webview>, and spellcheck only where the OS does it
// (main/window-factory.ts, main/web-security.ts). Runs only where an Electron
// binary exists (see run.ts); the preferences themselves are unit-tested in
// tests/unit/main/window-options.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { SetupPage } from '../browser/pages/gate-pages.ts';
import { usesOsSpellchecker } from '../../main/services/security/window-options.ts';
import { launchMend } from './launch.ts';
import type { LaunchedMend } from './launch.ts';

const HELP_URL = 'https://www.thehotline.org/';
const OPENED = '__mendOpenedExternally';
/** Long enough for a refused navigation or window to have happened, had it been allowed. */
const SETTLE_MS = 500;

let dataDir: string;
let mend: LaunchedMend;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mend-electron-security-'));
  mend = await launchMend(dataDir);
  await new SetupPage(mend.page).expectShown();
});

test.afterEach(async () => {
  await mend.app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Replaces shell.openExternal in main with a recorder, so no browser is started by a test. */
async function recordOpenExternal(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }, key) => {
    const opened: string[] = [];
    (globalThis as unknown as Record<string, string[]>)[key] = opened;
    shell.openExternal = (async (url: string) => {
      opened.push(url);
    }) as typeof shell.openExternal;
  }, OPENED);
  return () => app.evaluate((_electron, key) => [...((globalThis as unknown as Record<string, string[]>)[key] ?? [])], OPENED);
}

/** Adds a link to the page with the DOM API (page.evaluate is not subject to the page's CSP). */
async function addLink(page: Page, id: string, href: string, target?: string) {
  await page.evaluate(
    ([linkId, url, linkTarget]) => {
      const a = document.createElement('a');
      a.id = linkId;
      a.href = url;
      a.textContent = linkId;
      if (linkTarget) a.target = linkTarget;
      document.body.prepend(a);
    },
    [id, href, target ?? ''] as const,
  );
}

test('the page has no Node, no require, no process and no Electron objects', async () => {
  const probe = await mend.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
      Buffer: typeof w.Buffer,
      global: typeof w.global,
      electron: typeof w.electron,
      ipcRenderer: typeof w.ipcRenderer,
      mendIsFrozen: Object.isFrozen(w.mend),
    };
  });
  expect(probe).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    global: 'undefined',
    electron: 'undefined',
    ipcRenderer: 'undefined',
    mendIsFrozen: true,
  });
});

test('every permission request and check is denied', async () => {
  const answers = await mend.page.evaluate(async () => {
    const query = async (name: string) => {
      try {
        return (await navigator.permissions.query({ name } as PermissionDescriptor)).state;
      } catch (err) {
        return `threw ${(err as Error).name}`;
      }
    };
    const geolocation = await new Promise<string>((resolve) =>
      navigator.geolocation.getCurrentPosition(
        () => resolve('granted'),
        (err) => resolve(err.code === err.PERMISSION_DENIED ? 'denied' : `error ${err.code}`),
        { timeout: 5_000 },
      ),
    );
    return {
      notificationRequest: await Notification.requestPermission(),
      notificationPermission: Notification.permission,
      notifications: await query('notifications'),
      geolocationQuery: await query('geolocation'),
      camera: await query('camera'),
      microphone: await query('microphone'),
      geolocation,
    };
  });
  expect(answers).toEqual({
    notificationRequest: 'denied',
    notificationPermission: 'denied',
    notifications: 'denied',
    geolocationQuery: 'denied',
    camera: 'denied',
    microphone: 'denied',
    geolocation: 'denied',
  });
});

test('window.open never opens a window in Mend; an allowed help link goes to the system browser', async () => {
  const { app, page } = mend;
  const openedExternally = await recordOpenExternal(app);

  const results = await page.evaluate(
    (urls) => urls.map((url) => window.open(url) === null),
    [HELP_URL, 'https://example.com/', 'https://www.thehotline.org.evil.com/', 'http://www.thehotline.org/', 'mend://app/index.html', 'file:///etc/passwd'],
  );
  await page.waitForTimeout(SETTLE_MS);

  expect(results).toEqual([true, true, true, true, true, true]);
  expect(app.windows()).toHaveLength(1);
  expect(await openedExternally()).toEqual([HELP_URL]);
});

test('links with target=_blank and middle clicks open no window either', async () => {
  const { app, page } = mend;
  const openedExternally = await recordOpenExternal(app);
  await addLink(page, 'blank-help', HELP_URL, '_blank');
  await addLink(page, 'blank-other', 'https://example.com/', '_blank');
  await addLink(page, 'middle-other', 'https://example.com/other');

  await page.click('#blank-help');
  await page.click('#blank-other');
  await page.click('#middle-other', { button: 'middle' });
  await page.waitForTimeout(SETTLE_MS);

  expect(app.windows()).toHaveLength(1);
  expect(await openedExternally()).toEqual([HELP_URL]);
  expect(new URL(page.url()).protocol).toBe('mend:');
});

test('navigation away from the UI is blocked, even to an allowed help site or another Mend page', async () => {
  const { app, page } = mend;
  const openedExternally = await recordOpenExternal(app);
  const start = page.url();

  for (const target of ['https://example.com/', HELP_URL, 'file:///etc/passwd', 'mend://app/index.html?elsewhere', 'data:text/html,hello']) {
    await page.evaluate((url) => {
      window.location.href = url;
    }, target);
    await page.waitForTimeout(SETTLE_MS);
    expect(page.url(), target).toBe(start);
  }

  await addLink(page, 'same-window-help', HELP_URL);
  await page.click('#same-window-help');
  await page.waitForTimeout(SETTLE_MS);
  expect(page.url()).toBe(start);

  await new SetupPage(page).expectShown();
  // Navigation is refused outright: it never becomes a trip to the system browser.
  expect(await openedExternally()).toEqual([]);
});

test('spellcheck uses only the system’s checker (macOS, Windows) or is off (Linux)', async () => {
  const spellcheck = await mend.app.evaluate(({ session }) => ({
    enabled: session.defaultSession.isSpellCheckerEnabled(),
    // Setting languages is a no-op on macOS (the system's spellchecker downloads nothing).
    languages: process.platform === 'darwin' ? [] : session.defaultSession.getSpellCheckerLanguages(),
    platform: process.platform,
  }));
  if (usesOsSpellchecker(spellcheck.platform as NodeJS.Platform)) {
    expect(spellcheck.enabled).toBe(true);
  } else {
    expect(spellcheck).toMatchObject({ enabled: false, languages: [] });
  }

  // With webviewTag off, Electron never registers the <webview> element.
  const webview = await mend.page.evaluate(() => ({
    registered: customElements.get('webview') !== undefined,
    element: document.createElement('webview') instanceof HTMLUnknownElement,
  }));
  expect(webview).toEqual({ registered: false, element: true });
});

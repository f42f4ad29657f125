// The web preferences every Mend window is made with (main/window-factory.ts
// passes exactly this object to BrowserWindow): read here without Electron.
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../main/services/security/window-options.ts';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/opt/Mend/resources/app.asar/out/preload/index.cjs', 'linux');

  it.each(['sandbox', 'contextIsolation', 'webSecurity', 'safeDialogs'] as const)('turns %s on', (key) => {
    expect(prefs[key]).toBe(true);
  });

  it.each([
    'nodeIntegration',
    'nodeIntegrationInWorker',
    'nodeIntegrationInSubFrames',
    'webviewTag',
    'allowRunningInsecureContent',
    'experimentalFeatures',
    // Off on Linux: there, Chromium would download spellcheck dictionaries.
    'spellcheck',
    'navigateOnDragDrop',
  ] as const)('turns %s off', (key) => {
    expect(prefs[key]).toBe(false);
  });

  it.each([
    ['darwin', true],
    ['win32', true],
    ['linux', false],
    ['freebsd', false],
  ] as const)('spell-checks on %s: %s (only with the system’s own dictionaries, never downloaded)', (platform, on) => {
    expect(secureWebPreferences('/p', platform).spellcheck).toBe(on);
  });

  it('passes the preload path through unchanged', () => {
    expect(prefs.preload).toBe('/opt/Mend/resources/app.asar/out/preload/index.cjs');
    expect(secureWebPreferences('C:\\Mend\\preload.cjs').preload).toBe('C:\\Mend\\preload.cjs');
  });

  it('sets nothing else (no enableBlinkFeatures, no partition, no additionalArguments)', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('gives every window its own object, so one window cannot change another’s', () => {
    expect(secureWebPreferences('/a')).not.toBe(secureWebPreferences('/a'));
  });
});

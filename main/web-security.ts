// Session and web-contents hardening for every window Mend opens. The UI asks
// for no permission, opens no window and never navigates (it routes by hash,
// which fires no navigation event), so all of these are simply refused. The one
// exception: a link to a help page on the allowlist opens in the system
// browser, never inside Mend. Nothing a page asks for leaves the machine:
// requests to anything but mend:// are cancelled in main, and WebRTC may not
// send UDP around a proxy.
import { app, shell } from 'electron';
import type { Event, Session } from 'electron';
import { allowedExternalUrl } from './services/security/external-links.ts';
import { isAllowedRequest } from './services/security/request-filter.ts';
import { usesOsSpellchecker } from './services/security/window-options.ts';
import { APP_ORIGIN } from './app-protocol.ts';

/**
 * Where Chromium would fetch Hunspell dictionaries: a Mend URL that serves none (404), so a language the
 * system's spellchecker lacks (Windows falls back to Hunspell) is simply not checked, and nothing is downloaded.
 */
export const NO_DICTIONARIES_URL = `${APP_ORIGIN}/no-spellcheck-dictionaries/`;

/** No camera, microphone, notifications, geolocation, devices, network or anything else. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  const isPackaged = app.isPackaged;
  // The CSP already forbids it in the page; this is main's own line, which a compromised renderer cannot lift.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, isPackaged) }));
  if (usesOsSpellchecker(process.platform)) {
    // The system's own spellchecker and dictionaries. On Windows, Chromium falls back to Hunspell for a
    // language the system lacks and would download its dictionary: point that download at nothing.
    session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARIES_URL);
    session.setSpellCheckerEnabled(true);
  } else {
    // Elsewhere Chromium would fetch Hunspell dictionaries from Google's CDN: no languages, no checker.
    session.setSpellCheckerLanguages([]);
    session.setSpellCheckerEnabled(false);
  }
}

const refuse = (event: Event) => event.preventDefault();

/** Must be called before any window exists, so no web contents escapes it. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // loadURL() and hash routing fire none of these, so everything that does is refused:
    // a link, a form, window.location, a redirect, in the main frame or any subframe.
    contents.on('will-navigate', refuse);
    contents.on('will-frame-navigate', refuse);
    contents.on('will-redirect', refuse);
    contents.on('will-attach-webview', refuse);
    // WebRTC could otherwise reveal the machine's addresses or send data over UDP, around any proxy.
    contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
    contents.setWindowOpenHandler(({ url }) => {
      const helpUrl = allowedExternalUrl(url);
      if (helpUrl) openInSystemBrowser(helpUrl);
      // Denied even when opened outside: no Mend window ever shows a page from elsewhere.
      return { action: 'deny' };
    });
  });
}

function openInSystemBrowser(url: string): void {
  // Not logged with the URL: which help service someone looked up is private too.
  shell.openExternal(url).catch(() => console.error('[mend] the system browser could not open a help link'));
}

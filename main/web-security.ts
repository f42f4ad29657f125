// Session and web-contents hardening for every window Mend opens. The UI asks
// for no permission, opens no window and never navigates (it routes by hash,
// which fires no navigation event), so all of these are simply refused.
import { app } from 'electron';
import type { Event, Session } from 'electron';

/** No camera, microphone, notifications, geolocation, devices or anything else. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Spellcheck is off in every window; this also keeps Chromium from fetching dictionaries.
  session.setSpellCheckerEnabled(false);
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
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

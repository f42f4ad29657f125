// How soon Mend locks itself when the computer is left alone, whether its
// window is hidden from screen capture, and on this device only: whether it
// remembers the workbook (the OS keyring keeps the key). Turning that on asks
// for the passphrase, so whoever finds Mend open for a minute cannot give
// themselves passphrase-free access; turning it off does not.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { DeviceStatus, Preferences } from '../../../../shared/contract/channels.ts';
import { IDLE_LOCK_CHOICES } from '../../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../../api.ts';

export function LockSection() {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [device, setDevice] = useState<DeviceStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    call(mend().settings.get({})).then(setPrefs, (e) => setMessage(messageOf(e)));
    call(mend().device.status({})).then(setDevice, (e) => setMessage(messageOf(e)));
  }, []);

  const choose = async (minutes: number) => {
    if (!prefs) return;
    try {
      setPrefs(await call(mend().settings.set({ idleLockMinutes: minutes as Preferences['idleLockMinutes'] })));
    } catch (err) {
      setMessage(messageOf(err));
    }
  };
  const toggleCapture = async () => {
    if (!prefs) return;
    try {
      setPrefs(await call(mend().settings.set({ hideFromScreenCapture: !prefs.hideFromScreenCapture })));
    } catch (err) {
      setMessage(messageOf(err));
    }
  };
  const toggleDevice = async () => {
    if (!device) return;
    setMessage(null);
    if (!device.remembered) return setAsking(true);
    const before = device;
    // Show the choice at once; the keyring's answer confirms it or puts it back.
    setDevice({ ...device, remembered: false });
    try {
      setDevice(await call(mend().device.forget({})));
    } catch (err) {
      setDevice(before);
      setMessage(messageOf(err));
    }
  };
  const remember = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      setDevice(await call(mend().device.remember({ passphrase })));
      setAsking(false);
      setPassphrase('');
    } catch (err) {
      setMessage(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    setAsking(false);
    setPassphrase('');
    setMessage(null);
  };

  return (
    <section className="card settings-section" aria-labelledby="lock-title">
      <h2 id="lock-title" className="card__title">Locking</h2>
      <label htmlFor="idle-minutes">Lock Mend when the computer has been idle for</label>
      <select id="idle-minutes" className="field__select field__select--inline" value={prefs?.idleLockMinutes ?? ''} disabled={!prefs} onChange={(e) => void choose(Number(e.target.value))}>
        {IDLE_LOCK_CHOICES.map((m) => (
          <option key={m} value={m}>{m === 1 ? '1 minute' : `${m} minutes`}</option>
        ))}
      </select>
      <p className="muted">Mend also locks when the screen locks, when the computer sleeps, and at once with Ctrl+L.</p>
      <h3 className="settings-subtitle">Screenshots and screen sharing</h3>
      <label className="checkbox">
        <input type="checkbox" checked={prefs?.hideFromScreenCapture ?? true} disabled={!prefs} onChange={() => void toggleCapture()} />
        <span>Hide Mend from screenshots, screen recordings and screen sharing</span>
      </label>
      <p className="muted">
        On Windows and macOS, other programs then see an empty window where Mend is. Turn this off for a while if you want to share your screen with someone you trust.
      </p>
      <h3 className="settings-subtitle">Remember on this device</h3>
      {device && !device.available ? (
        <p className="muted" role="status">{device.reason}</p>
      ) : (
        <>
          <p className="muted">
            Unlock without typing your passphrase, using this computer’s keyring. Only choose this if nobody else can sign in to this computer as you.
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={(device?.remembered ?? false) || asking} disabled={!device || asking} onChange={() => void toggleDevice()} />
            <span>Remember my workbook on this device</span>
          </label>
          {asking && (
            <form className="stack-form" onSubmit={(e) => void remember(e)} aria-label="Confirm with your passphrase">
              <label htmlFor="remember-passphrase">Type your passphrase to turn this on</label>
              <input id="remember-passphrase" type="password" autoComplete="current-password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
              <div className="button-row">
                <button type="submit" className="button-primary" disabled={busy || passphrase.length === 0}>{busy ? 'Checking…' : 'Remember on this device'}</button>
                <button type="button" className="button-secondary" onClick={cancel}>Cancel</button>
              </div>
            </form>
          )}
        </>
      )}
      {message && <p className="field__error" role="alert">{message}</p>}
    </section>
  );
}

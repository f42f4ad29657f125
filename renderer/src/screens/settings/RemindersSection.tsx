// Opt-in reminders: a morning and an evening time for the next right thing, a
// day and time for the weekly check-in. The notification only ever says "Time
// for your workbook".
import { useEffect, useState } from 'react';
import type { Preferences, Reminders } from '../../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../../api.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function RemindersSection() {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    call(mend().settings.get({})).then(setPrefs, (e) => setMessage(messageOf(e)));
  }, []);
  const update = async (change: Partial<Reminders>) => {
    if (!prefs) return;
    const next = { ...prefs, reminders: { ...prefs.reminders, ...change } };
    setPrefs(next);
    try {
      setPrefs(await call(mend().settings.set({ reminders: next.reminders })));
      setMessage(null);
    } catch (err) {
      setPrefs(prefs);
      setMessage(messageOf(err));
    }
  };
  const r = prefs?.reminders;
  return (
    <section className="card settings-section" aria-labelledby="reminders-title">
      <h2 id="reminders-title" className="card__title">Reminders</h2>
      <p className="muted">A quiet notification that says only “Time for your workbook”: never what you wrote, never a name. Clicking it opens Mend at the lock screen.</p>
      <label className="checkbox">
        <input type="checkbox" checked={r?.enabled ?? false} disabled={!r} onChange={(e) => void update({ enabled: e.target.checked })} />
        <span>Remind me</span>
      </label>
      {r?.enabled && (
        <div className="reminder-times">
          <label>The next right thing, in the morning <input type="time" value={r.morning} onChange={(e) => e.target.value && void update({ morning: e.target.value })} /></label>
          <label>Looking back, in the evening <input type="time" value={r.evening} onChange={(e) => e.target.value && void update({ evening: e.target.value })} /></label>
          <label>
            The weekly check-in, on{' '}
            <select className="field__select field__select--inline" value={r.weeklyDay} onChange={(e) => void update({ weeklyDay: Number(e.target.value) })}>
              {WEEKDAYS.map((d, i) => <option key={d} value={i}>{d}</option>)}
            </select>
          </label>
          <label>at <input type="time" value={r.weeklyTime} aria-label="Weekly check-in time" onChange={(e) => e.target.value && void update({ weeklyTime: e.target.value })} /></label>
        </div>
      )}
      {message && <p className="field__error" role="alert">{message}</p>}
    </section>
  );
}

// Theme (following the system, light or dark) and text size, applied at once.
import { useEffect, useState } from 'react';
import type { Appearance } from '../../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../../api.ts';
import { applyAppearance } from '../../app/appearance.ts';

const THEMES: [Appearance['theme'], string][] = [['system', 'Follow this computer'], ['light', 'Light'], ['dark', 'Dark']];
const SIZES: [Appearance['textSize'], string][] = [['normal', 'Normal'], ['large', 'Large'], ['larger', 'Larger']];

export function AppearanceSection() {
  const [appearance, setAppearance] = useState<Appearance | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    call(mend().settings.get({})).then((p) => setAppearance(p.appearance), (e) => setMessage(messageOf(e)));
  }, []);
  const choose = async (change: Partial<Appearance>) => {
    if (!appearance) return;
    const next = { ...appearance, ...change };
    setAppearance(next);
    applyAppearance(next);
    try {
      await call(mend().settings.set({ appearance: next }));
    } catch (err) {
      setMessage(messageOf(err));
    }
  };
  return (
    <section className="card settings-section" aria-labelledby="appearance-title">
      <h2 id="appearance-title" className="card__title">Appearance</h2>
      <fieldset className="inline-choices">
        <legend>Theme</legend>
        {THEMES.map(([value, label]) => (
          <label key={value} className="checkbox">
            <input type="radio" name="theme" value={value} checked={appearance?.theme === value} disabled={!appearance} onChange={() => void choose({ theme: value })} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="inline-choices">
        <legend>Text size</legend>
        {SIZES.map(([value, label]) => (
          <label key={value} className="checkbox">
            <input type="radio" name="text-size" value={value} checked={appearance?.textSize === value} disabled={!appearance} onChange={() => void choose({ textSize: value })} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {message && <p className="field__error" role="alert">{message}</p>}
    </section>
  );
}

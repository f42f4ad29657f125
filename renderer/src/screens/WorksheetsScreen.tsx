// "Print the workbook": choose several blank worksheets and print them as one
// small packet, on paper or as a PDF.
import { useState } from 'react';
import type { Role } from '../../../shared/domain/profile.ts';
import { CATALOG } from '../../../shared/exercises/catalog.ts';
import { audienceOf } from '../../../shared/exercises/tracks.ts';
import { call, mend, messageOf } from '../api.ts';

export function WorksheetsScreen({ role }: { role: Role }) {
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(CATALOG.filter((e) => e.audience.includes(audienceOf(role))).map((e) => e.id)));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (id: string) => setChosen((s) => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; });
  const print = async (target: 'printer' | 'pdf') => {
    setBusy(true);
    setMessage(null);
    try {
      const ids = CATALOG.filter((e) => chosen.has(e.id)).map((e) => e.id);
      const outcome = await call(mend().print.packet({ exerciseIds: ids, target }));
      setMessage({ ok: true, text: outcome.status === 'saved' ? `Saved as ${outcome.path}` : outcome.status === 'printed' ? 'Sent to the printer.' : 'Nothing was printed.' });
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Print blank worksheets</h1>
        <p className="lede">Some people prefer to write by hand, or to bring paper to a session. Choose the worksheets for your packet.</p>
      </header>
      <fieldset className="card export-options__grid-card">
        <legend className="visually-hidden">Worksheets</legend>
        <div className="export-options__grid">
          {CATALOG.map((e) => (
            <label key={e.id} className="checkbox">
              <input type="checkbox" checked={chosen.has(e.id)} onChange={() => toggle(e.id)} />
              <span>{e.number}. {e.title}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={busy || chosen.size === 0} onClick={() => void print('printer')}>Print {chosen.size} worksheets…</button>
        <button type="button" className="button-secondary" disabled={busy || chosen.size === 0} onClick={() => void print('pdf')}>Save as PDF…</button>
      </div>
      {chosen.size === 0 && <p className="muted">Choose at least one worksheet.</p>}
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-message' : 'field__error'}>{message.text}</p>}
    </main>
  );
}

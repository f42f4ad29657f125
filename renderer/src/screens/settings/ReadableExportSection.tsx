// "Your data, readable": all of one's own entries as Markdown or JSON, with a
// plain warning that the file is not encrypted.
import { useState } from 'react';
import { READABLE_WARNING } from '../../../../shared/export/readable-export.ts';
import { call, mend, messageOf } from '../../api.ts';
import { usePartners } from '../../partners/partners-context.tsx';

export function ReadableExportSection() {
  const { forTwo, partnerName } = usePartners();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (format: 'markdown' | 'json') => {
    setMessage(null);
    try {
      const outcome = await call(mend().data.exportReadable({ format }));
      if (outcome.status === 'saved') setMessage({ ok: true, text: `Saved as ${outcome.path}.` });
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    }
  };
  return (
    <section className="card settings-section" aria-labelledby="readable-title">
      <h2 id="readable-title" className="card__title">Your entries, readable</h2>
      <p>
        {forTwo ? `All the entries you can read (your own, and those ${partnerName} shared with you)` : 'All of your entries'} in one file you can open anywhere: Markdown for reading, JSON for other programs.
      </p>
      <p className="warning-inline" id="readable-warning"><strong>Not encrypted.</strong> {READABLE_WARNING}</p>
      <div className="button-row">
        <button type="button" className="button-secondary" aria-describedby="readable-warning" onClick={() => void save('markdown')}>Save as Markdown…</button>
        <button type="button" className="button-secondary" aria-describedby="readable-warning" onClick={() => void save('json')}>Save as JSON…</button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-message' : 'field__error'}>{message.text}</p>}
    </section>
  );
}

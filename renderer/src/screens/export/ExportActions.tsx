// Saving the summary: as PDF (printed from the same document, with a progress
// line and a way to cancel) or as Markdown. A failure keeps the preview.
import { useState } from 'react';
import type { SummaryModel } from '../../../../shared/summary/summary-model.ts';
import type { SummaryOptions } from '../../../../shared/summary/summary-options.ts';
import { call, mend, messageOf } from '../../api.ts';

export function ExportActions({ options, model }: { options: SummaryOptions | null; model: SummaryModel | null }) {
  const [job, setJob] = useState<{ id: string; format: 'pdf' | 'markdown' } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const ready = options !== null && model !== null && model.entryCount > 0;

  const save = async (format: 'pdf' | 'markdown') => {
    if (!options) return;
    const id = crypto.randomUUID();
    setJob({ id, format });
    setMessage(null);
    try {
      const outcome = await call(mend().summary.export({ jobId: id, options, format }));
      setMessage(outcome.status === 'saved' ? { ok: true, text: `Saved as ${outcome.path}` } : { ok: true, text: 'Nothing was saved.' });
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    } finally {
      setJob(null);
    }
  };

  return (
    <section className="export-actions" aria-label="Save the summary">
      <div className="button-row">
        <button type="button" className="button-primary" disabled={!ready || job !== null} onClick={() => void save('pdf')}>Save as PDF…</button>
        <button type="button" className="button-secondary" disabled={!ready || job !== null} onClick={() => void save('markdown')}>Save as Markdown…</button>
      </div>
      {job && (
        <p className="progress-line" role="status">
          <span className="spinner" aria-hidden="true" /> {job.format === 'pdf' ? 'Preparing your PDF…' : 'Writing the file…'}{' '}
          <button type="button" className="button-quiet" onClick={() => void mend().summary.cancel({ jobId: job.id })}>Cancel</button>
        </p>
      )}
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-message' : 'field__error'}>{message.text}</p>}
    </section>
  );
}

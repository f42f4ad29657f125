// The print route of a counselor summary: asks main for the model of the job
// being printed and draws it.
import { useEffect, useState } from 'react';
import type { SummaryModel } from '../../../shared/summary/summary-model.ts';
import { call, mend, messageOf } from '../api.ts';
import { SummaryDocument } from '../summary/SummaryDocument.tsx';
import { useSignalPrintReady } from './print-ready.ts';

export function SummaryPrint({ jobId }: { jobId: string }) {
  const [model, setModel] = useState<SummaryModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(mend().summary.job({ jobId })).then(setModel, (err) => setError(messageOf(err)));
  }, [jobId]);
  useSignalPrintReady(model !== null || error !== null);
  if (error) return <p role="alert">{error}</p>;
  return model ? <SummaryDocument model={model} /> : null;
}

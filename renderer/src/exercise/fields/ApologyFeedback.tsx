// Live, gentle notes on wording that slips toward an excuse, under a letter
// field. It only suggests; nothing is blocked or rewritten.
import { useDeferredValue, useMemo } from 'react';
import { checkApology } from '../../../../shared/apology/excuse-checker.ts';

const KIND_LABEL = {
  excuse: 'sounds like an excuse',
  minimising: 'may make it sound smaller',
  blame: 'may shift the blame',
  conditional: 'makes the apology conditional',
} as const;

export function ApologyFeedback({ text }: { text: string }) {
  const deferred = useDeferredValue(text);
  const findings = useMemo(() => checkApology(deferred), [deferred]);
  if (findings.length === 0) return null;
  return (
    <div className="feedback" role="status" aria-live="polite">
      <p className="feedback__title">A gentle note on the wording</p>
      <ul className="feedback__list">
        {findings.map((f) => (
          <li key={`${f.start}-${f.phrase}`}>
            <strong>“{f.phrase}”</strong> {KIND_LABEL[f.kind]}. {f.note}
          </li>
        ))}
      </ul>
    </div>
  );
}

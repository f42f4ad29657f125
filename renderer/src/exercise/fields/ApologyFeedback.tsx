// Live, gentle notes under a letter field on sentences that slip toward an
// excuse (or, in the forgiving-myself letter, that close the matter for the
// partner). They only suggest: nothing is blocked or rewritten. The checker is
// loaded with the first letter field; each keystroke re-reads only the sentence
// being typed (quickly, then fully in the next frame), and a long letter just
// opened is read a slice per frame.
import { useDeferredValue, useEffect, useState } from 'react';
import type { ApologyFinding, CheckMode } from '../../../../shared/apology/excuse-checker.ts';
import { loadApologyChecker, type CheckerModule } from './apology-checker-loader.ts';

/** Reading new sentences gets at most this much of a frame; the rest waits for the next one. */
const SLICE_MS = 8;

const TITLE: Record<CheckMode, string> = {
  apology: 'A gentle note on the wording',
  causes: 'A gentle note on where the focus is',
  'self-compassion': 'A gentle note, kindly meant',
};

function useChecker(): CheckerModule | undefined {
  const [checker, setChecker] = useState<CheckerModule>();
  useEffect(() => {
    let live = true;
    loadApologyChecker().then(
      (module) => live && setChecker(module),
      // Without the checker the letter is simply written without notes.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return checker;
}

function useFindings(text: string, mode: CheckMode): ApologyFinding[] {
  const checker = useChecker();
  const deferred = useDeferredValue(text);
  const [findings, setFindings] = useState<ApologyFinding[]>([]);
  useEffect(() => {
    if (!checker) return undefined;
    let frame = 0;
    // The keystroke itself gets the quick reading of the sentence being typed (budget 0);
    // the full reading follows in the next frames, a slice at a time.
    const pass = (budgetMs: number) => {
      const { findings: found, complete } = checker.checkApologyWithin(deferred, mode, budgetMs, () => performance.now());
      setFindings(found);
      if (!complete) frame = requestAnimationFrame(() => pass(SLICE_MS));
    };
    pass(0);
    return () => cancelAnimationFrame(frame);
  }, [checker, deferred, mode]);
  return findings;
}

export function ApologyFeedback({ text, mode = 'apology' }: { text: string; mode?: CheckMode }) {
  const findings = useFindings(text, mode);
  if (findings.length === 0) return null;
  return (
    <div className="feedback" role="status" aria-live="polite" data-testid="apology-notes">
      <p className="feedback__title">{TITLE[mode]}</p>
      <ul className="feedback__list">
        {findings.map((f) => (
          <li key={`${f.start}-${f.kind}`}>
            <strong>“{f.phrase}”</strong> {f.saw}. {f.note}
          </li>
        ))}
      </ul>
    </div>
  );
}

// "Opening your workbook… 40,000 of 100,000": shown only when an unlock takes
// longer than 300 ms (a large workbook is decrypted in main a slice at a time,
// and main reports how far it has got with vault:progress events). The status
// is announced once; the numbers live on the progress bar, not in a live region.
// A passphrase change shows it too, with its own words: it seals every entry
// again under the new key and reports through the same events.
import { useEffect, useState } from 'react';
import type { EventOf } from '../../../shared/contract/channels.ts';
import { mend } from '../api.ts';

export const SHOW_PROGRESS_AFTER_MS = 300;

type Progress = EventOf<'vault:progress'>;

/** While `active`: the latest progress from main, and whether it is time to show it. */
export function useOpeningProgress(active: boolean): { visible: boolean; progress: Progress | null } {
  const [visible, setVisible] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    setVisible(false);
    setProgress(null);
    if (!active) return;
    const timer = setTimeout(() => setVisible(true), SHOW_PROGRESS_AFTER_MS);
    const stop = mend().on('vault:progress', setProgress);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [active]);
  return { visible, progress };
}

const count = (n: number) => n.toLocaleString();

export interface ProgressWords {
  /** What is happening, announced once. */
  status: string;
  /** The bar's name. */
  label: string;
}

const OPENING: ProgressWords = { status: 'Opening your workbook…', label: 'Entries opened' };

export function OpeningProgress({ active, words = OPENING }: { active: boolean; words?: ProgressWords }) {
  const { visible, progress } = useOpeningProgress(active);
  if (!visible) return null;
  // Before the first report (the key is still being derived) the bar has no value: indeterminate.
  const numbers = progress && progress.total > 0 ? `${count(progress.done)} of ${count(progress.total)}` : null;
  return (
    <div className="opening">
      <p role="status" className="opening__status">{words.status}</p>
      <progress
        className="opening__bar"
        aria-label={words.label}
        {...(numbers ? { max: progress!.total, value: progress!.done, 'aria-valuetext': numbers } : {})}
      />
      {numbers && <p className="opening__count muted" aria-hidden="true">{numbers}</p>}
    </div>
  );
}

// Exercises whose entries are a collection: a piece of writing the user comes
// back to (cadence "once": the last one worked on reopens) or a running log
// (cadence "log": each entry is a new item, all kept). The open entry is
// chosen once, so a save never swaps the editor under the writer. In a workbook
// for two, the page that reopens is one's own; the other partner's shared
// entries are listed apart.
import { useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { formatDay, localDay } from '../../../shared/domain/dates.ts';
import { entriesFromPartner, ownEntries } from '../partners/entry-access.ts';
import { usePartners } from '../partners/partners-context.tsx';
import { PrintControls } from '../print/PrintControls.tsx';
import { EntryList } from './EntryList.tsx';
import { LogTally } from './LogTally.tsx';
import { OpenEntry } from './OpenEntry.tsx';
import { SharedByPartner } from './SharedByPartner.tsx';
import { useEntries } from './use-entries.ts';
import { useOverview } from './use-overview.ts';

export function CollectionView({ exercise }: { exercise: ExerciseDef }) {
  const isLog = exercise.cadence === 'log';
  const { me } = usePartners();
  // A page at a time, both partners' entries of this exercise as main lets us read them; split below.
  const { entries: all, error, upsert, older } = useEntries(exercise.id);
  // The tallies and the page worked on last are counted in main over every entry, not just the pages
  // loaded, and (in a workbook for two) over the unlocked partner's own only.
  const [today] = useState(() => localDay(new Date()));
  const { overview, error: overviewError, reload: reloadOverview } = useOverview(today, exercise.id);
  const digest = overview?.exercises[0];
  const [open, setOpen] = useState<{ key: string; entry: Entry | null } | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  // File → New entry (Ctrl+N) starts a fresh page or log entry here.
  useEffect(() => {
    const startFresh = () => {
      setOpen({ key: crypto.randomUUID(), entry: null });
      setSavedId(null);
    };
    window.addEventListener('mend:new-entry', startFresh);
    return () => window.removeEventListener('mend:new-entry', startFresh);
  }, []);
  if (error || overviewError) return <p role="alert">{error ?? overviewError}</p>;
  if (!all || !digest) return <p className="muted">Opening…</p>;

  const entries = ownEntries(all, me);
  const current = open ?? { key: 'first', entry: isLog ? null : digest.lastWorkedOn };
  const currentId = savedId ?? current.entry?.id ?? null;
  const others = entries.filter((e) => e.id !== currentId);
  const startNew = () => {
    setOpen({ key: crypto.randomUUID(), entry: null });
    setSavedId(null);
  };
  const heading = current.entry
    ? `Begun ${formatDay(current.entry.day)}`
    : isLog
      ? currentId
        ? 'Added to your log'
        : 'A new entry'
      : 'A new page';

  return (
    <>
      {isLog && <LogTally exercise={exercise} digest={digest} />}
      <section className="card" aria-labelledby="open-title">
        <h2 id="open-title" className="card__title">{heading}</h2>
        <OpenEntry
          exercise={exercise}
          entry={(currentId && all.find((e) => e.id === currentId)) || current.entry}
          day={current.entry?.day ?? localDay(new Date())}
          formKey={current.key}
          idPrefix="open"
          onSaved={(entry) => {
            setSavedId(entry.id);
            upsert(entry);
            void reloadOverview();
          }}
          ownerControls="for-two"
        />
        {isLog && currentId && (
          <button type="button" className="button-secondary add-another" onClick={startNew}>Add another entry</button>
        )}
      </section>
      <PrintControls exerciseId={exercise.id} entryId={currentId} />
      <section aria-labelledby="others-title" className="history">
        <h2 id="others-title" className="section-title">{isLog ? 'Your log' : 'Earlier pages'}</h2>
        <EntryList
          exercise={exercise}
          entries={others}
          empty={isLog ? 'Each entry you add is kept here, so you can look back and see how things change.' : 'If you start a new page later, this one is kept here.'}
          older={older}
        />
        {!isLog && <button type="button" className="button-secondary" onClick={startNew}>Start a new page</button>}
      </section>
      {/* Of the pages loaded: "Show older entries" above brings the older ones of both partners. */}
      <SharedByPartner exercise={exercise} entries={entriesFromPartner(all, me)} />
    </>
  );
}

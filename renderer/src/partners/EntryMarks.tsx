// Small marks on an entry in a list (exercise history, timeline, search), in a
// workbook for two: "Shared" on one's own shared entries, "Written by Alex" on
// the other partner's, "Done together" on signed ones. Part of the link's text,
// so a screen reader hears them too.
import type { Entry } from '../../../shared/domain/entry.ts';
import { wroteIt } from './entry-access.ts';
import { usePartners } from './partners-context.tsx';

/** What the marks need to know of an entry (a search hit carries just this). */
export type Markable = Pick<Entry, 'author' | 'visibility' | 'signedBy'>;

export function entryMarks(entry: Markable, me: string | null, nameOf: (id: string | undefined) => string): string[] {
  const marks: string[] = [];
  if (!wroteIt(entry, me)) marks.push(`Written by ${nameOf(entry.author)}`);
  else if (entry.visibility === 'shared') marks.push('Shared');
  if (entry.signedBy?.length) marks.push('Done together');
  return marks;
}

export function EntryMarks({ entry }: { entry: Markable }) {
  const { forTwo, me, nameOf } = usePartners();
  if (!forTwo) return null;
  return (
    <>
      {entryMarks(entry, me, nameOf).map((mark) => (
        <span key={mark} className="entry-mark">{mark}</span>
      ))}
    </>
  );
}

// Everything written (and, in a workbook for two, everything shared with the
// unlocked partner), by day: months, then days, newest first, each entry
// opening in place. A page at a time, with "Show older entries" at the end.
import type { Entry } from '../../../shared/domain/entry.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { EntryLink } from '../exercise/EntryLink.tsx';
import { ShowOlderButton } from '../exercise/EntryList.tsx';
import { useEntries } from '../exercise/use-entries.ts';

function groupBy<T>(items: readonly T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

const monthTitle = (day: string) => new Date(`${day.slice(0, 7)}-01T12:00:00`).toLocaleDateString(undefined, { month: 'long', year: 'numeric' });

export function TimelineScreen() {
  const { entries, error, older } = useEntries();
  if (error) return <main id="main" className="page"><p role="alert">{error}</p></main>;
  if (!entries) return <main id="main" className="page" aria-busy="true" />;
  // Already in order (newest day first) from main.
  const sorted = entries;
  return (
    <main id="main" className="page">
      <h1>Timeline</h1>
      {sorted.length === 0 && <p className="empty-state">Everything you write will appear here, day by day.</p>}
      {groupBy(sorted, (e) => e.day.slice(0, 7)).map(([month, inMonth]) => (
        <section key={month} aria-labelledby={`month-${month}`} className="timeline-month">
          <h2 id={`month-${month}`} className="section-title">{monthTitle(`${month}-01`)}</h2>
          {groupBy(inMonth, (e) => e.day).map(([day, onDay]) => (
            <div key={day} className="timeline-day">
              <h3 className="timeline-day__date">{formatDay(day)}</h3>
              <ul className="history__list">
                {onDay.map((entry: Entry) => (
                  <li key={entry.id}>
                    <EntryLink entry={entry} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <ShowOlderButton older={older} />
    </main>
  );
}

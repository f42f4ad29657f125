// Export a summary for a counselor: choose dates, exercises, and whether
// private entries may go in; see exactly what will be exported; save it as PDF
// or Markdown. The preview is the same document that is printed; main builds
// the exported one from the same options. In a workbook for two, what the other
// partner shared can go in, except the entries they chose to leave out of
// summaries: only an entry's writer can let it in. If a summary was saved
// before, its dates are offered as the start of the next and what is new since
// is marked. The note for the next session starts from the partner's own
// preparation for it (session-note.ts).
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { addDays, isValidDay, localDay } from '../../../../shared/domain/dates.ts';
import type { SummaryContextInfo } from '../../../../shared/contract/channels.ts';
import { buildSummary } from '../../../../shared/summary/summary-model.ts';
import { SummaryOptions } from '../../../../shared/summary/summary-options.ts';
import { call, mend } from '../../api.ts';
import { useEntries } from '../../exercise/use-entries.ts';
import { wroteIt } from '../../partners/entry-access.ts';
import { usePartners } from '../../partners/partners-context.tsx';
import type { Days } from '../../exercise/use-entries.ts';
import { SummaryDocument } from '../../summary/SummaryDocument.tsx';
import { ExportActions } from './ExportActions.tsx';
import { ExportOptionsForm } from './ExportOptionsForm.tsx';
import { useSessionNote } from './session-note.ts';

/** The maker's role and the last summary, as main will use them for the file; until they arrive, none. */
function useSummaryContext(): SummaryContextInfo | null {
  const [context, setContext] = useState<SummaryContextInfo | null>(null);
  useEffect(() => {
    call(mend().summary.context({})).then(setContext, () => setContext({ role: null, lastSummary: null }));
  }, []);
  return context;
}

export function ExportScreen() {
  const today = localDay(new Date());
  const { me, forTwo, partnerName, everyone } = usePartners();
  const context = useSummaryContext();
  const [defaults] = useState<SummaryOptions>(() => ({ from: addDays(today, -29), to: today, exerciseIds: [], includePrivate: false, names: '', nextSession: '' }));
  const methods = useForm<SummaryOptions>({ defaultValues: defaults, resolver: zodResolver(SummaryOptions) as never, mode: 'onChange' });
  // The note starts from the partner's own preparation for the session, unless they have begun typing one.
  const sessionNote = useSessionNote(me);
  useEffect(() => {
    if (sessionNote && !methods.getFieldState('nextSession').isDirty && methods.getValues('nextSession') === '') methods.setValue('nextSession', sessionNote);
  }, [sessionNote, methods]);
  const values = useWatch({ control: methods.control }) as SummaryOptions;
  const parsed = SummaryOptions.safeParse(values);
  // Only the entries of the chosen dates are loaded (a summary covers weeks; a workbook, years),
  // again whenever the dates change to a valid range.
  const [days, setDays] = useState<Days>({ from: defaults.from, to: defaults.to });
  const validDates = isValidDay(values.from) && isValidDay(values.to) && values.from <= values.to;
  useEffect(() => {
    if (validDates) setDays((d) => (d.from === values.from && d.to === values.to ? d : { from: values.from, to: values.to }));
  }, [validDates, values.from, values.to]);
  const { entries: loaded, loadedDays, error } = useEntries(undefined, { all: true, days });
  // The same choice main makes when it builds the file, so the preview is exactly what is saved.
  const entries = useMemo(() => loaded?.filter((e) => !e.keepPrivate || wroteIt(e, me)) ?? null, [loaded, me]);
  const covered = entries && loadedDays && parsed.success && loadedDays.from <= parsed.data.from && loadedDays.to >= parsed.data.to;
  const attribution = useMemo(() => (forTwo && me ? { me, partners: everyone } : undefined), [forTwo, me, everyone]);
  const model = useMemo(
    () =>
      covered && entries && parsed.success && context
        ? buildSummary(entries, parsed.data, { madeOn: today, attribution, role: context.role, previous: context.lastSummary })
        : null,
    [covered, entries, parsed.success, parsed.data, today, attribution, context],
  );

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>A summary for your counselor</h1>
        <p className="lede">Choose what to share. Nothing leaves this computer until you save the file, and you decide who sees it.</p>
        {forTwo && (
          <p className="muted">
            Entries {partnerName} shared with you can go in too, unless {partnerName} chose to leave them out of counselor summaries. Entries only {partnerName} can read never do.
          </p>
        )}
        {error && <p role="alert">{error}</p>}
      </header>
      <FormProvider {...methods}>
        <ExportOptionsForm entries={entries ?? []} lastSummary={context?.lastSummary ?? null} today={today} />
      </FormProvider>
      <ExportActions options={parsed.success ? parsed.data : null} model={model} />
      <section className="preview" aria-labelledby="preview-title">
        <h2 id="preview-title" className="section-title">Preview: exactly what will be exported</h2>
        {model && model.leftOut.privateEntries > 0 && (
          <p className="muted" role="status">{model.leftOut.privateEntries === 1 ? 'One entry you chose to leave out of summaries is' : `${model.leftOut.privateEntries} entries you chose to leave out of summaries are`} not included.</p>
        )}
        {model && model.entryCount > 0 ? (
          <div className="preview__paper"><SummaryDocument model={model} /></div>
        ) : (
          <p className="empty-state">There is nothing to export in this selection. Choose other dates or exercises.</p>
        )}
      </section>
    </main>
  );
}

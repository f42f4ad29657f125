// Channels about entries and printing them.
import { ENTRIES_PAGE_MAX } from '../../../shared/contract/channels.ts';
import { MendError } from '../../../shared/contract/result.ts';
import { packetRoute, worksheetRoute } from '../../../shared/routes.ts';
import type { Handlers } from '../ipc/router.ts';
import { entriesOverview } from '../journal/entries-overview.ts';
import { progressFigures } from '../journal/progress-overview.ts';
import type { HandlerDeps } from './deps.ts';
import { whileOpen } from './while-open.ts';

type EntryChannels = `entries:${string}` | `print:${string}` | `summary:${string}` | `progress:${string}`;

export function entryHandlers({ vault, printer, summaries, search }: HandlerDeps): Pick<Handlers, Extract<keyof Handlers, EntryChannels>> {
  return {
    'entries:list': ({ exerciseId, limit, cursor, from, to }) => {
      const journal = vault.journal();
      const days = from || to ? { from, to } : undefined;
      return limit === undefined && cursor === undefined ? { entries: journal.list(exerciseId, days), nextCursor: null } : journal.page(exerciseId, limit ?? ENTRIES_PAGE_MAX, cursor, days);
    },
    'entries:overview': ({ today, exerciseId }) => {
      const { forTwo, me } = vault.partners();
      return entriesOverview(vault.journal(), today, forTwo ? me : null, exerciseId);
    },
    'entries:get': ({ id }) => vault.journal().get(id),
    'entries:save': (request) => vault.journal().save(request, vault.saveContext()),
    'entries:delete': ({ id }) => {
      vault.journal().delete(id);
      return null;
    },
    'entries:search': ({ query }) => {
      const journal = vault.journal();
      return search.search(journal.newestFirst(), query, { checkpoint: whileOpen(vault, journal, 'the search') });
    },
    'progress:figures': ({ today }) => {
      const journal = vault.journal();
      const { forTwo, me } = vault.partners();
      return progressFigures(journal, today, whileOpen(vault, journal, 'the progress figures'), forTwo ? me : null);
    },
    'entries:setPrivate': ({ id, keepPrivate }) => vault.journal().setPrivate(id, keepPrivate),
    'entries:setVisibility': ({ id, visibility }) => vault.journal().setVisibility(id, visibility),
    'summary:export': ({ jobId, options, format }) => summaries.export(jobId, options, format),
    'summary:job': ({ jobId }) => summaries.job(jobId),
    'summary:context': () => summaries.context(),
    'summary:cancel': ({ jobId }) => {
      summaries.cancel(jobId);
      return null;
    },
    'print:packet': ({ exerciseIds, target }) => {
      vault.journal();
      return printer.print({ route: packetRoute(exerciseIds), target, suggestedFileName: 'Mend worksheets (blank).pdf', pageNumbers: true });
    },
    'print:worksheet': ({ exerciseId, entryId, target }) => {
      const journal = vault.journal();
      if (entryId && journal.get(entryId).exerciseId !== exerciseId) {
        throw new MendError('invalid-request', 'That entry belongs to another exercise.');
      }
      const kind = entryId ? 'filled in' : 'blank';
      return printer.print({
        route: worksheetRoute({ exerciseId, entryId }),
        target,
        // Neutral on purpose: a file name shows in folders, recent lists and backups, so it never names the exercise.
        suggestedFileName: `Mend worksheet (${kind}).pdf`,
      });
    },
    'print:ready': (_request, sender) => {
      printer.markReady(sender.id);
      return null;
    },
  };
}

// Channels about copies of one's data: encrypted backups (automatic, restore,
// export to and import from a file) and the readable, unencrypted export.
import { otherWriter } from '../../../shared/domain/authorship.ts';
import { localDay } from '../../../shared/domain/dates.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { endOfMarkdown, readableJsonParts, readableMarkdownParts } from '../../../shared/export/readable-export.ts';
import { MendError } from '../../../shared/contract/result.ts';
import { importWorkbook } from '../backups/import-workbook.ts';
import type { Handlers } from '../ipc/router.ts';
import { writePartsInSlices } from '../files/write-in-slices.ts';
import type { HandlerDeps } from './deps.ts';
import { whileOpen } from './while-open.ts';

type BackupChannels = `backups:${string}` | `data:${string}`;
const MEND_FILES = [{ name: 'Mend workbook', extensions: ['mend'] }];

export function backupHandlers({ vault, backups, dialogs, now }: HandlerDeps): Pick<Handlers, Extract<keyof Handlers, BackupChannels>> {
  return {
    'backups:list': () => backups.list(),
    'backups:create': () => backups.create(),
    'backups:restore': ({ name }) => backups.restore(name),
    'backups:remove': async ({ name }) => {
      await backups.remove(name);
      return null;
    },
    'backups:findHolding': ({ recordId }) => backups.newestHolding(recordId),
    'backups:entryCopies': ({ id }) => {
      // Only an entry of the unlocked partner's own is asked about (the delete confirmation shows only to its author).
      const entry = vault.journal().get(id);
      if (entry.author !== vault.partners().me) throw new MendError('invalid-request', 'Only the partner who wrote this entry can delete it.');
      return backups.entryCopies(id);
    },
    'backups:removeEntry': ({ id }) => backups.removeEntry(id),
    'backups:exportFile': async () => {
      vault.journal();
      const path = await dialogs.chooseSavePath({ title: 'Save an encrypted copy of your workbook', defaultName: `Mend workbook ${localDay(now())}.mend`, filters: MEND_FILES });
      if (!path) return { status: 'cancelled' };
      await backups.exportTo(path);
      return { status: 'saved', path };
    },
    'backups:importFile': async ({ passphrase }) => {
      const path = await dialogs.chooseOpenPath({ title: 'Open a Mend workbook file', filters: MEND_FILES });
      if (!path) return null;
      return importWorkbook(path, passphrase, vault, backups);
    },
    'data:exportReadable': async ({ format }) => {
      const journal = vault.journal();
      // Read as the parts are made (merged from the exercises' lists), not listed all at once first.
      const entries = journal.newestFirst();
      const partners = vault.partners();
      const writerOf = (entry: Entry) => otherWriter(partners.forTwo ? partners : undefined, entry);
      const viewer = partners.forTwo ? partners.me : null;
      const markdown = format === 'markdown';
      const path = await dialogs.chooseSavePath({
        title: 'Save your entries (not encrypted)',
        defaultName: `Mend entries ${localDay(now())}.${markdown ? 'md' : 'json'}`,
        filters: [markdown ? { name: 'Markdown', extensions: ['md'] } : { name: 'JSON', extensions: ['json'] }],
      });
      if (!path) return { status: 'cancelled' };
      // Made and written a slice at a time (files the user takes away are readable by them alone);
      // stopped, and the half-written file removed, if the workbook is locked meanwhile.
      const checkpoint = whileOpen(vault, journal, 'the export');
      await writePartsInSlices(
        path,
        markdown ? readableMarkdownParts(entries, now(), writerOf, viewer) : readableJsonParts(entries, now(), writerOf, viewer),
        markdown ? { last: endOfMarkdown, checkpoint } : { checkpoint },
      );
      return { status: 'saved', path };
    },
  };
}

// Channels about copies of one's data: encrypted backups (automatic, restore,
// export to and import from a file) and the readable, unencrypted export.
import { writeFile } from 'node:fs/promises';
import { localDay } from '../../../shared/domain/dates.ts';
import { readableJson, readableMarkdown } from '../../../shared/export/readable-export.ts';
import { importWorkbook } from '../backups/import-workbook.ts';
import type { Handlers } from '../ipc/router.ts';
import { rethrowStorageError } from '../vault/database.ts';
import type { HandlerDeps } from './deps.ts';

type BackupChannels = `backups:${string}` | `data:${string}`;
const MEND_FILES = [{ name: 'Mend workbook', extensions: ['mend'] }];

/** Files the user takes away are readable by them alone when newly created. */
async function writePrivateFile(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, { mode: 0o600 });
  } catch (err) {
    rethrowStorageError(err);
  }
}

export function backupHandlers({ vault, backups, dialogs, now }: HandlerDeps): Pick<Handlers, Extract<keyof Handlers, BackupChannels>> {
  return {
    'backups:list': () => backups.list(),
    'backups:create': () => backups.create(),
    'backups:restore': ({ name }) => backups.restore(name),
    'backups:findHolding': ({ recordId }) => backups.newestHolding(recordId),
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
      const entries = vault.journal().list();
      const { forTwo, me, partners } = vault.partners();
      const writerOf = (entry: { author?: string }) => (forTwo && entry.author !== me ? (partners.find((p) => p.id === entry.author)?.name ?? 'Your partner') : null);
      const markdown = format === 'markdown';
      const path = await dialogs.chooseSavePath({
        title: 'Save your entries (not encrypted)',
        defaultName: `Mend entries ${localDay(now())}.${markdown ? 'md' : 'json'}`,
        filters: [markdown ? { name: 'Markdown', extensions: ['md'] } : { name: 'JSON', extensions: ['json'] }],
      });
      if (!path) return { status: 'cancelled' };
      await writePrivateFile(path, markdown ? readableMarkdown(entries, now(), writerOf) : readableJson(entries, now(), writerOf));
      return { status: 'saved', path };
    },
  };
}

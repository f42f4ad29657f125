// What the tests of workbooks for two share: a workbook begun alone by A ("Sam")
// and then set up for two with B ("Alex"), through the real services.
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import type { Entry, SaveEntryRequest } from '../../../shared/domain/entry.ts';
import type { Result } from '../../../shared/contract/result.ts';
import { testPorts } from '../../support/test-ports.ts';
import type { ScriptedDialogs } from '../../support/test-ports.ts';
import { makeTempDir } from './helpers.ts';

export const PASS_A = 'first partner passphrase';
export const PASS_B = 'second partner passphrase';
const SENDER = { id: 1, url: 'mend://app/index.html', isMainFrame: true };

export const owning = (text: string): SaveEntryRequest => ({ exerciseId: 'owning-it', day: '2026-11-10', answers: { whatIDid: text } });
export const textsOf = (entries: Entry[]) => entries.map((e) => String(e.answers.whatIDid ?? e.answers.oneWin ?? '')).filter(Boolean).sort();

export interface Book {
  dir: string;
  services: AppServices;
  dialogs: ScriptedDialogs;
}

export function openBook(dir: string): Book {
  const ports = testPorts();
  return { dir, services: createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...ports }), dialogs: ports.dialogs };
}

export const ask = <T,>(book: Book, channel: string, request: unknown = {}) => book.services.route(channel, request, SENDER) as Promise<Result<T>>;

/** A workbook begun alone by A (one entry), then set up for two with B; left unlocked as A. */
export async function workbookForTwo(): Promise<Book> {
  const book = openBook(makeTempDir());
  const { vault } = book.services;
  await vault.create(PASS_A);
  vault.journal().save(owning('A wrote this before B joined'));
  await vault.addPartner({ currentPassphrase: PASS_A, partnerPassphrase: PASS_B, myName: 'Sam', partnerName: 'Alex', partnerRole: 'H' });
  return book;
}

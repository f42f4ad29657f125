// Long work on the open journal (a search, an export, the progress figures)
// gives the event loop turns, and so the user may lock meanwhile: between its
// steps it checks that the journal it started with is still the open one.
import { MendError } from '../../../shared/contract/result.ts';
import type { Journal } from '../journal/journal.ts';
import type { Vault } from '../vault/vault.ts';

/** Throws 'locked' once the workbook was locked (or locked and opened again) since `journal` was taken. */
export function whileOpen(vault: Vault, journal: Journal, what: string): () => void {
  return () => {
    if (!vault.isUnlocked || vault.journal() !== journal) throw new MendError('locked', `The workbook was locked before ${what} was finished.`);
  };
}

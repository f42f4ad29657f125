// What each contract channel does, in terms of the services. Registered in one
// place (main/ipc.ts in Electron, the harness in tests) through the router.
import { MendError } from '../../shared/contract/result.ts';
import { getExercise } from '../../shared/exercises/catalog.ts';
import { worksheetRoute } from '../../shared/routes.ts';
import type { Handlers } from './ipc/router.ts';
import type { WorksheetPrinter } from './print/printer.ts';
import type { Vault } from './vault/vault.ts';

export interface HandlerDeps {
  vault: Vault;
  printer: WorksheetPrinter;
}

export function createHandlers({ vault, printer }: HandlerDeps): Handlers {
  return {
    'app:status': () => ({ workbookExists: vault.exists(), unlocked: vault.isUnlocked }),
    'vault:create': async ({ passphrase }) => {
      await vault.create(passphrase);
      return null;
    },
    'vault:unlock': ({ passphrase }) => vault.unlock(passphrase),
    'vault:lock': () => {
      vault.lock();
      return null;
    },
    'vault:changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return null;
    },
    'profile:get': () => vault.profile().get(),
    'profile:set': (profile) => vault.profile().set(profile),
    'entries:list': ({ exerciseId }) => vault.journal().list(exerciseId),
    'entries:get': ({ id }) => vault.journal().get(id),
    'entries:save': (request) => vault.journal().save(request),
    'entries:delete': ({ id }) => {
      vault.journal().delete(id);
      return null;
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
        suggestedFileName: `Mend - ${getExercise(exerciseId).title.replace(/[^\p{L}\p{N} ,'-]+/gu, ' ').trim()} (${kind}).pdf`,
      });
    },
    'print:ready': (_request, sender) => {
      printer.markReady(sender.id);
      return null;
    },
  };
}

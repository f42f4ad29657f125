// Channels about the workbook itself: status, create, unlock (by passphrase or
// by this device), lock, passphrase, the second partner and together sessions,
// role, and app preferences.
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import type { Handlers } from '../ipc/router.ts';
import type { HandlerDeps } from './deps.ts';

const AUTO_BACKUP_DELAY_MS = 2000;

type WorkbookChannels = 'app:status' | `vault:${string}` | `together:${string}` | `profile:${string}` | `device:${string}` | `settings:${string}`;

export function workbookHandlers({ vault, backups, rememberedKey, preferences, logError }: HandlerDeps): Pick<Handlers, Extract<keyof Handlers, WorkbookChannels>> {
  /**
   * After every unlock: a backup if the newest is over a day old. Started once the unlock has
   * answered (the copy and its check run on the main thread), so the home screen is not held up.
   */
  const afterUnlock = (report: UnlockReport) => {
    setTimeout(() => {
      // Locked again meanwhile: the next unlock will try again.
      if (vault.isUnlocked) backups.createIfDue().catch((err: unknown) => logError('backups:auto', err));
    }, AUTO_BACKUP_DELAY_MS);
    return report;
  };
  return {
    'app:status': () => ({ workbookExists: vault.exists(), unlocked: vault.isUnlocked }),
    'vault:create': async ({ passphrase }) => {
      await vault.create(passphrase);
      return null;
    },
    'vault:unlock': async ({ passphrase }) => afterUnlock(await vault.unlock(passphrase)),
    'vault:lock': () => {
      vault.lock();
      return null;
    },
    'vault:keepOlderCopy': () => {
      vault.keepOlderCopy();
      return null;
    },
    'vault:changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      // Whoever changes the passphrase may want to shut someone out: the device key goes too.
      rememberedKey.forget();
      return null;
    },
    'vault:partners': () => vault.partners(),
    'vault:addPartner': async (request) => {
      const partners = await vault.addPartner(request);
      // A key kept on this computer would let either partner in as the other: not in a workbook for two.
      rememberedKey.forget();
      return partners;
    },
    'together:join': ({ passphrase }) => vault.joinTogether(passphrase),
    'together:end': () => vault.endTogether(),
    'together:status': () => vault.togetherStatus(),
    'together:newSharedKey': async () => {
      await vault.rotateSharedKey();
      return vault.togetherStatus();
    },
    'profile:get': () => vault.profile().get(),
    'profile:set': (profile) => vault.profile().set(profile),
    'device:status': () => rememberedKey.status(vault),
    'device:remember': ({ passphrase }) => rememberedKey.remember(vault, passphrase),
    'device:forget': () => rememberedKey.forget(),
    'device:unlock': async () => afterUnlock(await rememberedKey.unlock(vault)),
    'settings:get': () => preferences.read(),
    'settings:set': (change) => {
      preferences.write({ ...preferences.read(), ...change });
      return preferences.read();
    },
  };
}

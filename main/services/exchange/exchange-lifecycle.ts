// The shared folder is watched while the workbook is unlocked: the channels
// that open a workbook start the watch once they succeed, locking stops it.
// (A lock from main itself, idle or suspend, is noticed by the watch's next
// run, which then stops: exchange-runtime.ts.) And an entry shared with the
// partner follows its changes: a save sends the new version (not for a letter,
// which goes only by a deliberate send: sharing.ts), a delete a tombstone; an
// entry never shared stays where it is.
import type { Handlers } from '../ipc/router.ts';
import type { ExchangeRuntime } from './exchange-runtime.ts';
import { followsEdits } from './sharing.ts';

const OPENING = ['vault:create', 'vault:unlock', 'device:unlock', 'backups:restore', 'backups:importFile'] as const;
type AnyHandler = (request: unknown, sender: unknown) => unknown;

export function withExchangeLifecycle(handlers: Handlers, exchange: ExchangeRuntime): Handlers {
  const table = { ...handlers } as unknown as Record<string, AnyHandler>;
  const original = handlers as unknown as Record<string, AnyHandler>;
  for (const channel of OPENING) {
    const inner = original[channel]!;
    table[channel] = async (request, sender) => {
      const result = await inner(request, sender);
      exchange.start();
      return result;
    };
  }
  const save = original['entries:save']!;
  table['entries:save'] = async (request, sender) => {
    const entry = (await save(request, sender)) as { id: string; exerciseId: string };
    if (followsEdits(exchange.exchange, entry)) exchange.resend(entry.id);
    return entry;
  };
  const remove = original['entries:delete']!;
  table['entries:delete'] = async (request, sender) => {
    const { id } = request as { id: string };
    const wasShared = exchange.exchange.isShared(id);
    const result = await remove(request, sender);
    if (wasShared) exchange.withdraw(id);
    return result;
  };
  const lock = original['vault:lock']!;
  table['vault:lock'] = (request, sender) => {
    exchange.stop();
    return lock(request, sender);
  };
  return table as unknown as Handlers;
}

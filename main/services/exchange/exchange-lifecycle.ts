// The shared folder is watched while the workbook is unlocked: the channels
// that open a workbook start the watch once they succeed, locking stops it.
// (A lock from main itself, idle or suspend, is noticed by the watch's next
// run, which then stops: exchange-runtime.ts.)
import type { Handlers } from '../ipc/router.ts';
import type { ExchangeRuntime } from './exchange-runtime.ts';

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
  const lock = original['vault:lock']!;
  table['vault:lock'] = (request, sender) => {
    exchange.stop();
    return lock(request, sender);
  };
  return table as unknown as Handlers;
}

// Every contract channel's handler, composed from one file per area. The type
// (Handlers) makes a channel without a handler a compile error.
import type { Handlers } from '../ipc/router.ts';
import { backupHandlers } from './backup-handlers.ts';
import type { HandlerDeps } from './deps.ts';
import { entryHandlers } from './entry-handlers.ts';
import { exchangeHandlers } from './exchange-handlers.ts';
import { workbookHandlers } from './workbook-handlers.ts';

export type { HandlerDeps } from './deps.ts';

export function createHandlers(deps: HandlerDeps): Handlers {
  return { ...workbookHandlers(deps), ...entryHandlers(deps), ...backupHandlers(deps), ...exchangeHandlers(deps) };
}

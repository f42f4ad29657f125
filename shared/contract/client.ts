// Builds the domain-shaped `window.mend` API (mend.entries.save(...)) from the
// contract. The preload calls this with ipcRenderer underneath; the browser test
// harness runs the very same built preload with the transport swapped.
import type { Result } from './result.ts';
import { CHANNELS, isEventName } from './channels.ts';
import type { Channel, EventName, EventOf, RequestOf, ResponseOf } from './channels.ts';

type Namespace = Channel extends `${infer N}:${string}` ? N : never;

export type MendApi = {
  [N in Namespace]: {
    [C in Channel as C extends `${N}:${infer M}` ? M : never]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  /** Listen for a message from main; returns a function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void;
};

export type Invoke = (channel: Channel, request: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

export function createMendApi(invoke: Invoke, subscribe: Subscribe): MendApi {
  const api: Record<string, Record<string, unknown> | unknown> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = channel.split(':') as [string, string];
    const group = (api[namespace] ??= {}) as Record<string, unknown>;
    group[method] = (request: unknown) => invoke(channel, request ?? {});
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!isEventName(event)) throw new TypeError(`unknown event ${String(event)}`);
    return subscribe(event, listener);
  };
  return api as MendApi;
}

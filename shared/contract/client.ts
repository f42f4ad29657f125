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

export interface ApiOptions {
  /**
   * Channels asked at once, with an empty request, when the API is made: the preload
   * runs before the page's scripts have even loaded, so the answer the app's start
   * waits for (app:status) is there by the time it asks. The first call of each with an
   * empty request gets that answer; later calls ask again.
   */
  early?: readonly Channel[];
}

const isEmptyRequest = (request: unknown) => request === undefined || (typeof request === 'object' && request !== null && Object.keys(request).length === 0);

export function createMendApi(invoke: Invoke, subscribe: Subscribe, { early = [] }: ApiOptions = {}): MendApi {
  const asked = new Map<Channel, Promise<Result<unknown>>>();
  for (const channel of early) {
    const answer = invoke(channel, {});
    // Not an unhandled rejection if nobody comes for it; whoever does still sees the failure.
    answer.catch(() => undefined);
    asked.set(channel, answer);
  }
  const api: Record<string, Record<string, unknown> | unknown> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = channel.split(':') as [string, string];
    const group = (api[namespace] ??= {}) as Record<string, unknown>;
    group[method] = (request: unknown) => {
      const answer = asked.get(channel);
      if (answer && isEmptyRequest(request)) {
        asked.delete(channel);
        return answer;
      }
      return invoke(channel, request ?? {});
    };
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!isEventName(event)) throw new TypeError(`unknown event ${String(event)}`);
    return subscribe(event, listener);
  };
  return api as MendApi;
}

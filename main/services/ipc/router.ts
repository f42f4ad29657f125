// The IPC router: the single entry point for every request from a renderer.
// It checks the sender, validates the request with the contract's schema,
// calls the handler, and always answers with a result envelope: it never
// throws across the bridge, and an unexpected error never carries entry text.
import type { z } from '../../../shared/zod.ts';
import { contract, isChannel } from '../../../shared/contract/channels.ts';
import type { Channel, Contract, ResponseOf } from '../../../shared/contract/channels.ts';
import { fail, MendError, ok } from '../../../shared/contract/result.ts';
import type { Result } from '../../../shared/contract/result.ts';
import type { SenderInfo, SenderPolicy } from './sender-policy.ts';

export type Handlers = {
  [C in Channel]: (request: z.output<Contract[C]['request']>, sender: SenderInfo) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** Logs what went wrong without any request or entry content. */
export type ErrorLog = (channel: string, err: unknown) => void;

export type Router = (channel: unknown, request: unknown, sender: SenderInfo) => Promise<Result<unknown>>;

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request is not valid.';
  const where = issue.path.length ? ` (${issue.path.map(String).join('.')})` : '';
  return `${issue.message}${where}`;
}

export function createRouter(handlers: Handlers, isTrusted: SenderPolicy, logError: ErrorLog): Router {
  return async (channel, request, sender) => {
    try {
      if (!isChannel(channel)) return fail('unknown-channel', 'Mend does not know that request.');
      if (!isTrusted(sender)) return fail('forbidden-sender', 'This request did not come from Mend’s own window.');
      const parsed = contract[channel].request.safeParse(request);
      if (!parsed.success) return fail('invalid-request', describeIssue(parsed.error));
      const handler = handlers[channel] as (req: unknown, sender: SenderInfo) => unknown;
      return ok(await handler(parsed.data, sender));
    } catch (err) {
      if (err instanceof MendError) return fail(err.code, err.message);
      logError(String(channel).slice(0, 64), err);
      return fail('internal', 'Something went wrong. Your entries are safe; please try again.');
    }
  };
}

// One app as main builds it (createAppServices) over its own data folder, with
// a workbook made, calls routed as from the app's own window, and a folder
// dialog that answers what the test sets: for the exchange's channel tests.
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import type { SenderInfo } from '../../../main/services/ipc/sender-policy.ts';
import type { ExchangeStatus } from '../../../shared/exchange/exchange-contract.ts';
import { ScriptedDialogs, testPorts } from '../../support/test-ports.ts';
import { makeTempDir } from '../main/helpers.ts';

export const TRUSTED: SenderInfo = { id: 1, url: 'mend://app/index.html#/settings', isMainFrame: true };

export class FolderDialogs extends ScriptedDialogs {
  nextFolder: string | null = null;
  async chooseFolder(): Promise<string | null> {
    return this.nextFolder;
  }
}

export interface App {
  dir: string;
  dialogs: FolderDialogs;
  services: AppServices;
  call<T>(channel: string, request?: unknown): Promise<T>;
}

export async function app(): Promise<App> {
  const dir = makeTempDir();
  const dialogs = new FolderDialogs();
  const services = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...testPorts(), dialogs });
  const call = async <T,>(channel: string, request: unknown = {}): Promise<T> => {
    const result = await services.route(channel, request, TRUSTED);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  await call('vault:create', { passphrase: `channels passphrase ${dir}` });
  return { dir, dialogs, services, call };
}

/** Both answer the safety question, exchange invitations, choose the same folder and confirm; the confirmations cross. */
export async function pairThroughChannels(alex: App, blair: App, folder: string): Promise<ExchangeStatus> {
  for (const a of [alex, blair]) await a.call('exchange:answerSafety', { safe: true });
  const invite = await alex.call<ExchangeStatus>('exchange:invite');
  await blair.call('exchange:openInvitation', { text: invite.invitation, partnerName: 'Alex' });
  const blairStatus = await blair.call<ExchangeStatus>('exchange:status');
  await alex.call<ExchangeStatus>('exchange:openInvitation', { text: blairStatus.invitation, partnerName: 'Blair' });
  for (const a of [alex, blair]) {
    a.dialogs.nextFolder = folder;
    await a.call<ExchangeStatus>('exchange:chooseFolder');
    await a.call('exchange:confirm');
  }
  for (const a of [alex, blair, alex]) await a.call('exchange:sync');
  return alex.call<ExchangeStatus>('exchange:status');
}

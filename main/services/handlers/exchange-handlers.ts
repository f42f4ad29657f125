// Mend on two computers (issue 16): pairing, the pace, the shared folder and
// the file to send. Paths come only from main's dialogs.
import { localDay } from '../../../shared/domain/dates.ts';
import { MendError } from '../../../shared/contract/result.ts';
import { openFromPartner, saveForPartner } from '../exchange/bundle-transport.ts';
import { fromPartner } from '../exchange/from-partner.ts';
import { Sharing } from '../exchange/sharing.ts';
import type { Handlers } from '../ipc/router.ts';
import type { HandlerDeps } from './deps.ts';

type ExchangeChannels = `exchange:${string}`;
const PARTNER_FILES = [{ name: 'Mend file for a partner', extensions: ['mendx'] }];

export function exchangeHandlers({ vault, exchange, dialogs, now }: HandlerDeps): Pick<Handlers, Extract<keyof Handlers, ExchangeChannels>> {
  const ex = exchange.exchange;
  const sharing = new Sharing(ex, vault);
  const sendNow = () => void exchange.folder.sync().catch(() => {});
  return {
    'exchange:status': () => ex.status(),
    'exchange:answerSafety': ({ safe }) => {
      const status = ex.answerSafety(safe);
      if (!safe) exchange.stop();
      return status;
    },
    'exchange:invite': () => {
      ex.makeInvitation();
      return ex.status();
    },
    'exchange:openInvitation': ({ text, partnerName }) => ex.openInvitation(text, partnerName),
    'exchange:confirm': () => {
      const status = ex.confirmPhrase();
      exchange.start();
      return status;
    },
    'exchange:unpair': () => {
      exchange.stop();
      return ex.unpair();
    },
    'exchange:chooseFolder': async () => {
      vault.journal();
      if (!dialogs.chooseFolder) throw new MendError('internal', 'Choosing a folder is not available here.');
      const folder = await dialogs.chooseFolder({ title: 'Choose the folder you share with your partner' });
      if (!folder) return ex.status();
      const status = ex.setFolder(folder);
      exchange.start();
      return status;
    },
    'exchange:setPace': ({ paused, noContact }) => {
      if (paused !== undefined) ex.setPaused(paused);
      if (noContact !== undefined) ex.setNoContact(noContact);
      if (paused === false || noContact !== undefined) void exchange.folder.sync().catch(() => {});
      return ex.status();
    },
    'exchange:share': ({ entryId, shared }) => {
      sharing.setSwitch(entryId, shared);
      sendNow();
      return ex.status();
    },
    'exchange:entrySharing': ({ entryId }) => sharing.of(entryId),
    'exchange:sendLetter': ({ entryId, lookedAt }) => {
      const result = sharing.sendLetter(entryId, lookedAt);
      sendNow();
      return result;
    },
    'exchange:fromPartner': ({ exerciseId }) => fromPartner(ex, vault, exerciseId),
    'exchange:received': () => ex.received(),
    'exchange:sync': () => exchange.folder.sync(),
    'exchange:saveForPartner': async () => {
      vault.journal();
      const path = await dialogs.chooseSavePath({ title: 'Save for my partner', defaultName: `For my partner ${localDay(now())}.mendx`, filters: PARTNER_FILES });
      if (!path) return { status: 'cancelled' };
      saveForPartner(ex, path);
      return { status: 'saved', path };
    },
    'exchange:openFromPartner': async () => {
      vault.journal();
      const path = await dialogs.chooseOpenPath({ title: 'Open from my partner', filters: PARTNER_FILES });
      return path ? openFromPartner(ex, path) : null;
    },
    'exchange:together': () => ex.together(),
    'exchange:answerCheckIn': ({ checkIn, answers }) => {
      const view = ex.answerCheckIn(checkIn, answers);
      void exchange.folder.sync().catch(() => {});
      return view;
    },
    'exchange:confirmAgreement': ({ agreement, version, digest }) => {
      const view = ex.confirmAgreement(agreement, version, digest);
      void exchange.folder.sync().catch(() => {});
      return view;
    },
  };
}

// Settings and backups: appearance, the partner (setting up for two), locking,
// this device, reminders, backups, the readable export of one's own entries,
// the passphrase and, in a workbook for two, the shared key.
import type { UnlockReport } from '../../../../shared/contract/channels.ts';
import { usePartners } from '../../partners/partners-context.tsx';
import { AppearanceSection } from './AppearanceSection.tsx';
import { BackupsSection } from './BackupsSection.tsx';
import { LockSection } from './LockSection.tsx';
import { PartnerSection } from './PartnerSection.tsx';
import { PassphraseSection } from './PassphraseSection.tsx';
import { ReadableExportSection } from './ReadableExportSection.tsx';
import { RemindersSection } from './RemindersSection.tsx';
import { SharedKeySection } from './SharedKeySection.tsx';
import { TwoComputersSection } from './TwoComputersSection.tsx';

export function SettingsScreen({ onRestored }: { onRestored: (report: UnlockReport) => void }) {
  const { forTwo } = usePartners();
  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Settings and backups</h1>
        <p className="lede">Everything here stays on this computer unless you save a copy somewhere yourself.</p>
      </header>
      <AppearanceSection />
      <PartnerSection />
      <TwoComputersSection />
      {/* Asked again once set up for two: "remember on this device" is not offered then. */}
      <LockSection key={forTwo ? 'two' : 'one'} />
      <RemindersSection />
      <BackupsSection onRestored={onRestored} />
      <ReadableExportSection />
      <PassphraseSection />
      {forTwo && <SharedKeySection />}
    </main>
  );
}

// Settings and backups: passphrase, locking, this device, backups, and the
// readable export of one's own entries.
import type { UnlockReport } from '../../../../shared/contract/channels.ts';
import { AppearanceSection } from './AppearanceSection.tsx';
import { BackupsSection } from './BackupsSection.tsx';
import { LockSection } from './LockSection.tsx';
import { PassphraseSection } from './PassphraseSection.tsx';
import { ReadableExportSection } from './ReadableExportSection.tsx';
import { RemindersSection } from './RemindersSection.tsx';

export function SettingsScreen({ onRestored }: { onRestored: (report: UnlockReport) => void }) {
  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Settings and backups</h1>
        <p className="lede">Everything here stays on this computer unless you save a copy somewhere yourself.</p>
      </header>
      <AppearanceSection />
      <LockSection />
      <RemindersSection />
      <BackupsSection onRestored={onRestored} />
      <ReadableExportSection />
      <PassphraseSection />
    </main>
  );
}

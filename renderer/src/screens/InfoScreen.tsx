// Screens open to anyone at any time, locked or not, because they hold nothing
// private: safety and where to find help (Help menu), and About.
import { AboutScreen } from '../about/AboutScreen.tsx';
import { SafetyNote } from '../components/SafetyNote.tsx';

export function InfoScreen({ which }: { which: 'safety' | 'about' }) {
  return (
    <main id="main" className="page">
      <p><a href="#/">← Back to Mend</a></p>
      {which === 'safety' ? (
        <>
          <h1>Safety and where to find help</h1>
          <SafetyNote />
        </>
      ) : (
        <AboutScreen />
      )}
    </main>
  );
}

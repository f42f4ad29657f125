// Screens open to anyone at any time, locked or not, because they hold nothing
// private: safety and where to find help (Help menu), with the "right now" card;
// the path for a partner who was abusive; and About.
import { AboutScreen } from '../about/AboutScreen.tsx';
import { RightNowCard } from '../components/RightNowCard.tsx';
import { SafetyNote } from '../components/SafetyNote.tsx';
import { OwnBehaviourPath } from './OwnBehaviourScreen.tsx';

export function InfoScreen({ which }: { which: 'safety' | 'about' | 'own-behaviour' }) {
  return (
    <main id="main" className="page">
      <p><a href="#/">← Back to Mend</a></p>
      {which === 'safety' && (
        <>
          <h1>Safety and where to find help</h1>
          <RightNowCard />
          <SafetyNote />
        </>
      )}
      {which === 'own-behaviour' && (
        <>
          <OwnBehaviourPath />
          <p><a href="#/safety">All helplines</a></p>
        </>
      )}
      {which === 'about' && <AboutScreen />}
    </main>
  );
}

// The bar above every unlocked screen: a way home and the lock button, and in
// a workbook for two, whose space is open (so nobody writes in the wrong one).
import { hrefFor } from '../app/use-hash-route.ts';
import { usePartners } from '../partners/partners-context.tsx';

export function AppHeader({ onLock }: { onLock: () => void }) {
  const { forTwo, me, nameOf } = usePartners();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <a className="app-header__brand" href={hrefFor.home()}>Mend</a>
      <nav aria-label="Workbook" className="app-header__nav">
        <a href={hrefFor.home()}>Home</a>
        <a href={hrefFor.progress()}>Progress</a>
        <a href={hrefFor.timeline()}>Timeline</a>
        <a href={hrefFor.search()}>Search</a>
        <a href={hrefFor.settings()}>Settings</a>
      </nav>
      {forTwo && me && <span className="app-header__who">Open as {nameOf(me)}</span>}
      <button type="button" className="button-quiet app-header__lock" onClick={onLock} title="Lock Mend (Ctrl+L)" aria-keyshortcuts="Control+L">
        Lock
      </button>
    </header>
  );
}

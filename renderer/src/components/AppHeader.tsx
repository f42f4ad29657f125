// The bar above every unlocked screen: a way home and the lock button.
import { hrefFor } from '../app/use-hash-route.ts';

export function AppHeader({ onLock }: { onLock: () => void }) {
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
      <button type="button" className="button-quiet app-header__lock" onClick={onLock} title="Lock Mend (Ctrl+L)" aria-keyshortcuts="Control+L">
        Lock
      </button>
    </header>
  );
}

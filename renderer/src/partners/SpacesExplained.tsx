// What a workbook for two is, in three plain points: a private space each, a
// shared space, one lock screen. Said before anyone sets it up, and in Settings.
export function SpacesExplained() {
  return (
    <ul className="spaces">
      <li>
        <strong>A private space for each of you.</strong> Only your own passphrase opens it: your partner cannot read what is in it. Everything you write starts there.
      </li>
      <li>
        <strong>A shared space for both of you.</strong> You choose, entry by entry, what goes there. Your partner can read a shared entry, but only the one who wrote it can change it.
      </li>
      <li>
        <strong>One lock screen.</strong> Each of you unlocks Mend with your own passphrase, and it opens as you. The lock screen names nobody.
      </li>
    </ul>
  );
}

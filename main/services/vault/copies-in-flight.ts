// Copies of the workbook taken but not yet landed: a backup is copied (snapshot.ts),
// checked (every record decrypted, seconds at 100k entries) and only then named in
// the backups folder. A key rotation that began in between would seal again the
// backups it found and miss the one landing after it, left under the retired
// passphrase. So the vault notes each copy it takes, and a rotation first waits
// until each has landed (or gone): the copies are taken in the vault's serial
// queue, which the rotation holds, so none can start meanwhile.
import { existsSync } from 'node:fs';

/** How often a waiting rotation looks again: a copy's check takes far longer, so this costs nothing. */
const LOOK_EVERY_MS = 25;

export class CopiesInFlight {
  readonly #paths = new Set<string>();

  /** A copy just written at `path`: a temporary file that its taker renames into place or removes. */
  add(path: string): void {
    this.#paths.add(path);
  }

  /** Resolves once no copy is left at its temporary path; `checkpoint` (a lock) may end the wait. */
  async landed(checkpoint?: () => void): Promise<void> {
    for (;;) {
      for (const path of this.#paths) if (!existsSync(path)) this.#paths.delete(path);
      if (this.#paths.size === 0) return;
      checkpoint?.();
      await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
    }
  }
}

// A simulated sync tool between two replicas of the shared folder, as unkind
// as real ones are: it copies files late and in any order, writes a file in
// place in two halves (a reader may see the first), leaves its own temporary
// files about, copies a file twice or under a "conflicted copy" name, deletes
// files, and stamps times from a clock an hour off. Seeded, so a failure
// can be replayed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((p) => join(root, p))
    .filter((p) => statSync(p).isFile());
}

export class SimulatedSync {
  readonly #replicas: [string, string];
  readonly #random: () => number;
  /** Files cut short on the far side, to be completed at a later step. */
  readonly #halfWritten = new Map<string, string>();
  readonly #deletedOnce = new Set<string>();

  constructor(replicas: [string, string], seed: number) {
    this.#replicas = replicas;
    this.#random = seeded(seed);
  }

  #chance(p: number): boolean {
    return this.#random() < p;
  }

  /** One round of the tool's work in both directions; returns how many files it still has to carry. */
  step(): number {
    let pending = 0;
    for (const [from, to] of [this.#replicas, [this.#replicas[1], this.#replicas[0]] as [string, string]]) {
      const files = filesUnder(from).map((f) => relative(from, f)).filter((f) => !f.split('/').pop()!.startsWith('.') && !f.includes('~$'));
      // Any order.
      files.sort(() => this.#random() - 0.5);
      for (const rel of files) {
        const target = join(to, rel);
        const source = join(from, rel);
        if (this.#halfWritten.has(target)) {
          copyFileSync(source, target);
          this.#halfWritten.delete(target);
          continue;
        }
        if (existsSync(target) || this.#deletedOnce.has(target)) continue;
        pending += 1;
        if (this.#chance(0.4)) continue; // late: not this round
        mkdirSync(dirname(target), { recursive: true });
        // The tool's own temporary files, left in the way.
        if (this.#chance(0.3)) writeFileSync(join(dirname(target), `.syncthing.${rel.split('/').pop()}.tmp`), readFileSync(source).subarray(0, 100));
        if (this.#chance(0.1)) writeFileSync(join(dirname(target), `~$${rel.split('/').pop()}`), 'lock');
        if (this.#chance(0.1)) writeFileSync(join(to, '.dropbox.cache'), 'cache');
        const bytes = readFileSync(source);
        if (this.#chance(0.3)) {
          // Written in place, in two halves: the first is all a reader sees until the next round.
          writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length / 2)));
          this.#halfWritten.set(target, source);
        } else {
          writeFileSync(target, bytes);
        }
        if (this.#chance(0.15)) writeFileSync(target.replace('.envelope', ' (conflicted copy).envelope'), bytes);
        if (this.#chance(0.15)) copyFileSync(source, join(dirname(target), `${'0'.repeat(31)}${Math.floor(this.#random() * 10)}.envelope`));
        // Times from a clock an hour off, either way.
        const skew = (this.#chance(0.5) ? -1 : 1) * 3600;
        const now = Date.now() / 1000 + skew;
        if (existsSync(target)) utimesSync(target, now, now);
      }
    }
    return pending + this.#halfWritten.size;
  }

  /** The tool deletes a file on one side (and, as tools do, the deletion is carried over). */
  deleteEverywhere(rel: string): void {
    for (const root of this.#replicas) {
      rmSync(join(root, rel), { force: true });
      this.#deletedOnce.add(join(root, rel));
    }
  }

  /** Lets a deleted file come back (its author wrote it again). */
  forgetDeletion(rel: string): void {
    for (const root of this.#replicas) this.#deletedOnce.delete(join(root, rel));
  }
}

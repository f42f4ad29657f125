// This computer's memory of the newest generation it has seen of each workbook
// (see rollback-guard.ts), in a small file beside the workbook: a workbook id,
// which is random, and a number. Nothing written by the user. Written to a
// temporary file and renamed, so a crash leaves the old memory or the new one.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../../../shared/zod.ts';
import type { SeenGenerations } from './rollback-guard.ts';

export const SEEN_GENERATIONS_FILE = 'workbook-seen.json';

const Stored = z.strictObject({ version: z.literal(1), generations: z.record(z.string().max(100), z.number().int().nonnegative()) });

export class SeenGenerationsFile implements SeenGenerations {
  readonly #path: string;

  constructor(dataDir: string) {
    this.#path = join(dataDir, SEEN_GENERATIONS_FILE);
  }

  read(vaultId: string): number | undefined {
    return this.#readAll()[vaultId];
  }

  write(vaultId: string, generation: number): void {
    const generations = { ...this.#readAll(), [vaultId]: generation };
    const temp = `${this.#path}.writing`;
    try {
      writeFileSync(temp, JSON.stringify({ version: 1, generations }));
      renameSync(temp, this.#path);
    } catch {
      // A full disk or a read-only folder: the memory lags, which can only miss an alarm, never raise a false one.
    }
  }

  /** A missing or unreadable file is no memory at all: a first opening here, not an alarm. */
  #readAll(): Record<string, number> {
    try {
      const parsed = Stored.safeParse(JSON.parse(readFileSync(this.#path, 'utf8')));
      return parsed.success ? parsed.data.generations : {};
    } catch {
      return {};
    }
  }
}

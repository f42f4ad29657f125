// Writes a large text, given as parts, a slice at a time: a readable export of
// 100,000 entries is about 200 MB of text, and making it in one go held main's
// event loop for seconds. Parts are made for about 8 ms, then written (the
// write itself is asynchronous) while the loop gets its turn. The file is
// readable by its owner alone, and removed if the writing stops half way.
import { open, rm } from 'node:fs/promises';
import { rethrowStorageError } from '../vault/database.ts';

export interface SliceOptions {
  /** Applied to the last part before it is written (e.g. trimming the end of a Markdown file). */
  last?: (part: string) => string;
  /** Called between slices; throws to stop (e.g. the workbook was locked meanwhile). */
  checkpoint?: () => void;
  sliceMs?: number;
}

const SLICE_MS = 8;

export async function writePartsInSlices(path: string, parts: Iterable<string>, { last = (part) => part, checkpoint, sliceMs = SLICE_MS }: SliceOptions = {}): Promise<void> {
  let file;
  try {
    file = await open(path, 'w', 0o600);
  } catch (err) {
    rethrowStorageError(err);
  }
  let finished = false;
  try {
    const pending = parts[Symbol.iterator]();
    // One part is always held back, so the last one can be told apart.
    let held = pending.next();
    while (!held.done) {
      const slice: string[] = [];
      const sliceEnd = performance.now() + sliceMs;
      do {
        const next = pending.next();
        slice.push(next.done ? last(held.value) : held.value);
        held = next;
      } while (!held.done && performance.now() < sliceEnd);
      try {
        await file.write(slice.join(''));
      } catch (err) {
        rethrowStorageError(err);
      }
      checkpoint?.();
    }
    finished = true;
  } finally {
    await file.close();
    if (!finished) await rm(path, { force: true });
  }
}

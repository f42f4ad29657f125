// Writing a large export a slice at a time: the text is exactly the parts (the
// last one transformed), the loop gets turns while it is written, the file is
// its owner's alone, and a stop half way leaves no half-written file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePartsInSlices } from '../../../main/services/files/write-in-slices.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';

const dir = makeTempDir();
afterAll(() => removeDir(dir));

const parts = (count: number) => Array.from({ length: count }, (_, i) => `part ${i} ${'text '.repeat(50)}\n`);

describe('writing parts a slice at a time', () => {
  it('writes exactly the parts, the last one as `last` makes it, for its owner only', async () => {
    const path = join(dir, 'exact.md');
    const text = parts(500);
    await writePartsInSlices(path, text, { last: (p) => `${p.trimEnd()}!\n`, sliceMs: 0 });
    expect(readFileSync(path, 'utf8')).toBe(`${text.slice(0, -1).join('')}${text.at(-1)!.trimEnd()}!\n`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('gives the event loop turns while it writes', async () => {
    const order: string[] = [];
    const writing = writePartsInSlices(join(dir, 'turns.md'), parts(2000), { sliceMs: 0 }).then(() => order.push('written'));
    setImmediate(() => order.push('other work'));
    await writing;
    expect(order).toEqual(['other work', 'written']);
  });

  it('stops with the checkpoint’s error and removes the half-written file', async () => {
    const path = join(dir, 'stopped.md');
    let slices = 0;
    const stop = new Error('locked meanwhile');
    const writing = writePartsInSlices(path, parts(2000), {
      sliceMs: 0,
      checkpoint: () => {
        if (++slices === 3) throw stop;
      },
    });
    await expect(writing).rejects.toBe(stop);
    expect(existsSync(path)).toBe(false);
  });

  it('writes a file with nothing in it when there are no parts', async () => {
    const path = join(dir, 'empty.md');
    await writePartsInSlices(path, []);
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});

// The browser suite's plaintext canary must be able to fail: it finds recorded
// answer text in any file under a folder, in UTF-8 or UTF-16, nested or not.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlaintextCanary } from '../../browser/harness/plaintext-canary.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('plaintext canary', () => {
  it('records only the answers of save requests, and finds them on disk', () => {
    dir = mkdtempSync(join(tmpdir(), 'mend-canary-'));
    const canary = new PlaintextCanary();
    canary.record('entries:save', { exerciseId: 'owning-it', day: '2026-11-21', answers: { whatIDid: 'a secret sentence', rows: [{ step: 'nested secret' }] } });
    canary.record('vault:unlock', { passphrase: 'not an answer' });
    expect([...canary.texts].sort()).toEqual(['a secret sentence', 'nested secret']);

    writeFileSync(join(dir, 'clean.bin'), 'nothing to see');
    expect(canary.findIn(dir)).toEqual([]);
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'leak.mend'), Buffer.from('xx nested secret xx', 'utf16le'));
    writeFileSync(join(dir, 'leak.txt'), 'a secret sentence');
    expect(canary.findIn(dir).map((h) => h.text).sort()).toEqual(['a secret sentence', 'nested secret']);
  });
});

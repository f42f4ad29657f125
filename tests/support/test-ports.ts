// Stand-ins for the ports Electron provides in the app: file dialogs that
// answer with a path the test chose, a keyring (secure, or plain-text like
// Linux's basic_text backend), preferences in memory, and a printer that
// records jobs. Everything behind the ports is the real services.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PrintOutcome } from '../../shared/contract/channels.ts';
import type { Preferences } from '../../shared/contract/channels.ts';
import type { Keyring } from '../../main/services/device/remembered-key.ts';
import type { FileDialogs } from '../../main/services/files/file-dialogs.ts';
import type { PrintJob, WorksheetPrinter } from '../../main/services/print/printer.ts';
import { DEFAULT_PREFERENCES } from '../../main/services/settings/preferences-port.ts';
import type { PreferencesPort } from '../../main/services/settings/preferences-port.ts';

export class ScriptedDialogs implements FileDialogs {
  /** What the next save dialog answers (null = the user cancels). */
  nextSavePath: string | null = null;
  /** What the next open dialog answers (null = the user cancels). */
  nextOpenPath: string | null = null;
  readonly asked: { kind: 'save' | 'open'; title: string }[] = [];

  async chooseSavePath(options: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', title: options.title });
    return this.nextSavePath;
  }

  async chooseOpenPath(options: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'open', title: options.title });
    return this.nextOpenPath;
  }
}

/** Seals with a key held only in memory, as a real keyring would keep it out of reach. */
export class TestKeyring implements Keyring {
  readonly #key = randomBytes(32);
  readonly #backend: 'secure' | 'basic_text';

  constructor(backend: 'secure' | 'basic_text' = 'secure') {
    this.#backend = backend;
  }

  availability(): { available: true } | { available: false; reason: string } {
    return this.#backend === 'secure'
      ? { available: true }
      : { available: false, reason: 'This computer has no secure keyring, so Mend will not keep your key here.' };
  }

  encrypt(plain: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }

  decrypt(sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.#key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
  }
}

export class MemoryPreferences implements PreferencesPort {
  #values: Preferences = { ...DEFAULT_PREFERENCES };
  read(): Preferences {
    return { ...this.#values };
  }
  write(preferences: Preferences): void {
    this.#values = { ...preferences };
  }
}

export class RecordingPrinter implements WorksheetPrinter {
  readonly jobs: PrintJob[] = [];
  readonly ready: number[] = [];
  outcome: PrintOutcome = { status: 'saved', path: '/tmp/worksheet.pdf' };
  async print(job: PrintJob): Promise<PrintOutcome> {
    this.jobs.push(job);
    return this.outcome;
  }
  markReady(senderId: number): void {
    this.ready.push(senderId);
  }
}

/** All ports at once, for createAppServices in a test. */
export function testPorts(backend: 'secure' | 'basic_text' = 'secure') {
  return { printer: new RecordingPrinter(), dialogs: new ScriptedDialogs(), keyring: new TestKeyring(backend), preferences: new MemoryPreferences() };
}

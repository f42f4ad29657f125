// "Remember on this device": the workbook's data key, wrapped by the operating
// system's keyring (Electron safeStorage in the app), kept in one file beside
// the workbook. Refused where the keyring stores secrets as plain text.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { MendError } from '../../../shared/contract/result.ts';
import type { DeviceStatus, UnlockReport } from '../../../shared/contract/channels.ts';
import type { Vault } from '../vault/vault.ts';

export interface Keyring {
  /** Whether secrets can be kept safely here; if not, why, in words for the user. */
  availability(): { available: true } | { available: false; reason: string };
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export class RememberedKey {
  readonly #file: string;
  readonly #keyring: Keyring;

  constructor(file: string, keyring: Keyring) {
    this.#file = file;
    this.#keyring = keyring;
  }

  status(): DeviceStatus {
    const availability = this.#keyring.availability();
    return {
      remembered: existsSync(this.#file),
      available: availability.available,
      ...(availability.available ? {} : { reason: availability.reason }),
    };
  }

  remember(vault: Vault): DeviceStatus {
    const availability = this.#keyring.availability();
    if (!availability.available) throw new MendError('invalid-request', availability.reason);
    const key = vault.copyDataKey();
    try {
      writeFileSync(this.#file, this.#keyring.encrypt(key), { mode: 0o600 });
    } finally {
      key.fill(0);
    }
    return this.status();
  }

  forget(): DeviceStatus {
    rmSync(this.#file, { force: true });
    return this.status();
  }

  async unlock(vault: Vault): Promise<UnlockReport> {
    if (!existsSync(this.#file)) throw new MendError('not-found', 'This device does not remember your workbook. Please type your passphrase.');
    let key: Buffer;
    try {
      key = this.#keyring.decrypt(readFileSync(this.#file));
    } catch {
      this.forget();
      throw new MendError('wrong-passphrase', 'This device’s keyring could not read the kept key, so it was forgotten. Please type your passphrase.');
    }
    try {
      return await vault.unlockWithDataKey(key);
    } catch (err) {
      if ((err as MendError).code === 'wrong-passphrase') this.forget();
      throw err;
    } finally {
      key.fill(0);
    }
  }
}

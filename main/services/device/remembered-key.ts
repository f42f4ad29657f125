// "Remember on this device": the partner's keys, wrapped by the operating
// system's keyring (Electron safeStorage in the app), kept in one file beside
// the workbook. Refused where the keyring stores secrets as plain text, and in a
// workbook for two: both partners use this computer, so a kept key would let
// either of them in as the other.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { MendError } from '../../../shared/contract/result.ts';
import type { DeviceStatus, UnlockReport } from '../../../shared/contract/channels.ts';
import { deserializeKeys, serializeKeys, wipeKeys } from '../vault/member-keys.ts';
import type { MemberKeys } from '../vault/member-keys.ts';
import type { Vault } from '../vault/vault.ts';

const NOT_FOR_TWO = 'Not offered in a workbook for two: you share this computer, so a kept key would let either of you in as the other.';

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

  status(vault?: Vault): DeviceStatus {
    const availability = vault?.isForTwo() ? ({ available: false, reason: NOT_FOR_TWO } as const) : this.#keyring.availability();
    return {
      remembered: existsSync(this.#file),
      available: availability.available,
      ...(availability.available ? {} : { reason: availability.reason }),
    };
  }

  /** Keeps the unlocked partner's keys, once they have typed their passphrase again (whoever finds Mend open cannot turn this on). */
  async remember(vault: Vault, passphrase: string): Promise<DeviceStatus> {
    const status = this.status(vault);
    if (!status.available) throw new MendError('invalid-request', status.reason ?? 'This device cannot keep your key safely.');
    await vault.confirmPassphrase(passphrase);
    const keys = vault.copyKeys();
    const serialized = serializeKeys(keys);
    try {
      writeFileSync(this.#file, this.#keyring.encrypt(serialized), { mode: 0o600 });
    } finally {
      serialized.fill(0);
      wipeKeys(keys);
    }
    return this.status(vault);
  }

  forget(): DeviceStatus {
    rmSync(this.#file, { force: true });
    return this.status();
  }

  async unlock(vault: Vault): Promise<UnlockReport> {
    if (!existsSync(this.#file)) throw new MendError('not-found', 'This device does not remember your workbook. Please type your passphrase.');
    let keys: MemberKeys;
    try {
      const serialized = this.#keyring.decrypt(readFileSync(this.#file));
      keys = deserializeKeys(serialized);
      serialized.fill(0);
    } catch {
      this.forget();
      throw new MendError('wrong-passphrase', 'This device’s keyring could not read the kept key, so it was forgotten. Please type your passphrase.');
    }
    try {
      return await vault.unlockWithKeys(keys);
    } catch (err) {
      if ((err as MendError).code === 'wrong-passphrase') this.forget();
      throw err;
    } finally {
      wipeKeys(keys);
    }
  }
}

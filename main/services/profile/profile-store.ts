// The user's profile (their role), sealed like an entry in the `settings`
// table. A profile that cannot be read counts as not chosen yet: the user is
// simply asked again, and nothing else is affected.
import type { DatabaseSync } from 'node:sqlite';
import { ProfileSchema } from '../../../shared/domain/profile.ts';
import type { Profile } from '../../../shared/domain/profile.ts';
import { open, seal } from '../crypto/aead.ts';
import { rethrowStorageError } from '../vault/database.ts';

const KEY = 'profile';
const EMPTY: Profile = { role: null };
const settingAad = (vaultId: string, key: string) => `mend/setting/v1|${vaultId}|${key}`;

export interface ProfileStoreOptions {
  db: DatabaseSync;
  dataKey: Buffer;
  vaultId: string;
}

export class ProfileStore {
  readonly #opts: ProfileStoreOptions;

  constructor(opts: ProfileStoreOptions) {
    this.#opts = opts;
  }

  get(): Profile {
    const { db, dataKey, vaultId } = this.#opts;
    try {
      const row = db.prepare('SELECT nonce, ciphertext FROM settings WHERE key = ?').get(KEY) as
        | { nonce: Uint8Array; ciphertext: Uint8Array }
        | undefined;
      if (!row) return EMPTY;
      const plain = open(dataKey, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, settingAad(vaultId, KEY));
      const parsed = ProfileSchema.safeParse(JSON.parse(plain.toString('utf8')));
      return parsed.success ? parsed.data : EMPTY;
    } catch {
      return EMPTY;
    }
  }

  set(profile: Profile): Profile {
    const { db, dataKey, vaultId } = this.#opts;
    const sealed = seal(dataKey, Buffer.from(JSON.stringify(profile), 'utf8'), settingAad(vaultId, KEY));
    try {
      db.prepare(
        'INSERT INTO settings (key, nonce, ciphertext) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET nonce = excluded.nonce, ciphertext = excluded.ciphertext',
      ).run(KEY, sealed.nonce, sealed.ciphertext);
    } catch (err) {
      rethrowStorageError(err);
    }
    return profile;
  }
}

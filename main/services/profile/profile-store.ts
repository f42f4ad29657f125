// A partner's profile (their role), sealed under their private key in the
// `settings` table: the other partner cannot read it. A profile that cannot be
// read counts as not chosen yet: the user is simply asked again.
import type { DatabaseSync } from 'node:sqlite';
import { ProfileSchema } from '../../../shared/domain/profile.ts';
import type { Profile } from '../../../shared/domain/profile.ts';
import { readSealed, writeSealed } from '../settings/sealed-settings.ts';
import { LEGACY_MEMBER_ID } from '../vault/header.ts';

const EMPTY: Profile = { role: null };

/** The first workbooks kept one profile under "profile"; each partner now has their own. */
export const profileSettingName = (memberId: string) => (memberId === LEGACY_MEMBER_ID ? 'profile' : `profile:${memberId}`);

export interface ProfileStoreOptions {
  db: DatabaseSync;
  /** The partner's private key. */
  privateKey: Buffer;
  vaultId: string;
  memberId: string;
}

export class ProfileStore {
  readonly #opts: ProfileStoreOptions;

  constructor(opts: ProfileStoreOptions) {
    this.#opts = opts;
  }

  get(): Profile {
    const { privateKey, memberId } = this.#opts;
    return readSealed(this.#opts, privateKey, profileSettingName(memberId), ProfileSchema) ?? EMPTY;
  }

  set(profile: Profile): Profile {
    const { privateKey, memberId } = this.#opts;
    writeSealed(this.#opts, privateKey, profileSettingName(memberId), profile);
    return profile;
  }
}

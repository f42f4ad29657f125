// Where the exchange keeps what it knows, sealed in the unlocked partner's own
// workbook under their private key (the sealed settings, settings/sealed-settings.ts):
//   exchange:<member>:state       the pairing, pace and the versions this partner has sent
//   exchange:<member>:out:<h>     the newest envelope of each item this partner sends
//   exchange:<member>:in:<h>      the newest version of each item received, as signed
// <h> is an HMAC of the item id under a key derived from the private key, so
// the settings table's plaintext names say nothing about which entries travel.
import { createHmac } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from '../../../shared/zod.ts';
import { readSealed, writeSealed } from '../settings/sealed-settings.ts';
import type { SealedSettings } from '../settings/sealed-settings.ts';
import { rethrowStorageError } from '../vault/database.ts';

const Key = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const Publics = z.strictObject({ sign: Key, agree: Key });

export const PairingSchema = z.strictObject({
  id: Key,
  partner: Publics,
  partnerName: z.string().min(1).max(80),
  phrase: z.array(z.string()),
  confirmedByMe: z.boolean(),
  confirmedByPartner: z.boolean(),
  /** The partner asked for no contact: what this side would send is held. */
  partnerAskedNoContact: z.boolean(),
  /** The newest pace version taken in from the partner. */
  partnerPaceVersion: z.int().min(0),
  folder: z.string().max(4096).nullable(),
});
export type Pairing = z.infer<typeof PairingSchema>;

export const StateSchema = z.strictObject({
  /** "Is it safe for you to connect your workbooks?", answered on this computer, never sent. */
  safety: z.enum(['safe', 'not-safe']).nullable(),
  /** This side's open invitation (its nonce; the keys are the identity's), until a pairing is made with it. */
  invitationNonce: z.string().regex(/^[A-Za-z0-9_-]{22}$/).nullable(),
  /** The partner's invitation opened here before this side made one. */
  pendingPartner: z.strictObject({ text: z.string().max(400), name: z.string().min(1).max(80) }).nullable(),
  pairing: PairingSchema.nullable(),
  /** Partners unpaired from: nothing of theirs is taken in again; what they sent is still shown under their name. */
  former: z.array(z.strictObject({ ...Publics.shape, name: z.string().max(80) })).max(100),
  paused: z.boolean(),
  /** This side asked the partner for no contact. */
  noContact: z.boolean(),
  /** The newest version this side has sent of each item (entry ids, 'pairing', 'pace'). */
  versions: z.record(z.string(), z.int().min(0)),
});
export type ExchangeState = z.infer<typeof StateSchema>;

export const EMPTY_STATE: ExchangeState = {
  safety: null,
  invitationNonce: null,
  pendingPartner: null,
  pairing: null,
  former: [],
  paused: false,
  noContact: false,
  versions: {},
};

export const OutgoingSchema = z.strictObject({
  item: z.string(),
  kind: z.enum(['confirm', 'pace', 'entry', 'tombstone', 'answer', 'agree']),
  version: z.int().min(1),
  pairing: Key,
  fileName: z.string().regex(/^[0-9a-f]{32}\.envelope$/),
  envelope: z.string(),
});
export type Outgoing = z.infer<typeof OutgoingSchema>;

export const IncomingSchema = z.strictObject({
  item: z.string(),
  kind: z.enum(['entry', 'tombstone', 'answer', 'agree']),
  version: z.int().min(1),
  /** The payload exactly as signed, and the signature, so what is shown is verified again each time. */
  payload: z.string(),
  signature: z.string(),
  author: Key,
  receivedAt: z.iso.datetime(),
  /** For a tombstone that replaced an entry shown here: where it was, so the exercise can say it was withdrawn. */
  withdrawn: z.strictObject({ exerciseId: z.string(), day: z.string() }).optional(),
});
export type Incoming = z.infer<typeof IncomingSchema>;

export class ExchangeStore {
  readonly #settings: SealedSettings;
  readonly #key: Buffer;
  readonly #prefix: string;

  constructor(settings: SealedSettings, privateKey: Buffer, memberId: string) {
    this.#settings = settings;
    this.#key = privateKey;
    this.#prefix = `exchange:${memberId}:`;
  }

  get #db(): DatabaseSync {
    return this.#settings.db;
  }

  #nameOf(box: 'in' | 'out', item: string): string {
    const h = createHmac('sha256', this.#key).update(`mend/exchange-name/v1|${item}`).digest('hex').slice(0, 32);
    return `${this.#prefix}${box}:${h}`;
  }

  state(): ExchangeState {
    return readSealed(this.#settings, this.#key, `${this.#prefix}state`, StateSchema) ?? structuredClone(EMPTY_STATE);
  }

  saveState(state: ExchangeState): void {
    writeSealed(this.#settings, this.#key, `${this.#prefix}state`, StateSchema.parse(state));
  }

  outgoing(item: string): Outgoing | null {
    return readSealed(this.#settings, this.#key, this.#nameOf('out', item), OutgoingSchema);
  }

  putOutgoing(out: Outgoing): void {
    writeSealed(this.#settings, this.#key, this.#nameOf('out', out.item), out);
  }

  incoming(item: string): Incoming | null {
    return readSealed(this.#settings, this.#key, this.#nameOf('in', item), IncomingSchema);
  }

  putIncoming(entry: Incoming): void {
    writeSealed(this.#settings, this.#key, this.#nameOf('in', entry.item), entry);
  }

  allOutgoing(): Outgoing[] {
    return this.#all('out', OutgoingSchema);
  }

  allIncoming(): Incoming[] {
    return this.#all('in', IncomingSchema);
  }

  dropAllOutgoing(): void {
    this.#run('DELETE FROM settings WHERE key >= ? AND key < ?', `${this.#prefix}out:`, `${this.#prefix}out;`);
  }

  /**
   * Runs `work` in one transaction: a state change and what it stores land together or not at all.
   * Inside another (a batch of envelopes), it is a savepoint: one refused envelope rolls back alone.
   */
  transaction<T>(work: () => T): T {
    if (this.#db.isTransaction) {
      this.#run('SAVEPOINT exchange_one');
      try {
        const result = work();
        this.#run('RELEASE exchange_one');
        return result;
      } catch (err) {
        this.#db.exec('ROLLBACK TO exchange_one');
        this.#db.exec('RELEASE exchange_one');
        throw err;
      }
    }
    this.#run('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#run('COMMIT');
      return result;
    } catch (err) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      throw err;
    }
  }

  /**
   * A transaction whose commit does not wait for the disk (WAL with synchronous=NORMAL, for this commit
   * only): for taking envelopes in, which are still in the folder or the file, and which the partner's side
   * writes again if they went missing, so a power cut can cost only a re-read. The next ordinary commit
   * flushes them with everything else. Waiting for an fsync on a busy disk held main up to 60 ms a commit.
   */
  transactionNotFlushed<T>(work: () => T): T {
    if (this.#db.isTransaction) return this.transaction(work);
    const was = (this.#db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous;
    this.#db.exec('PRAGMA synchronous = NORMAL');
    try {
      return this.transaction(work);
    } finally {
      this.#db.exec(`PRAGMA synchronous = ${Number(was)}`);
    }
  }

  #all<T>(box: 'in' | 'out', schema: z.ZodType<T>): T[] {
    // ';' follows ':' in byte order, so this range is exactly the box's names.
    const rows = this.#db.prepare('SELECT key FROM settings WHERE key >= ? AND key < ? ORDER BY key').all(`${this.#prefix}${box}:`, `${this.#prefix}${box};`) as { key: string }[];
    return rows.map((r) => readSealed(this.#settings, this.#key, r.key, schema)).filter((v): v is NonNullable<typeof v> => v !== null) as T[];
  }

  #run(sql: string, ...params: string[]): void {
    try {
      if (params.length) this.#db.prepare(sql).run(...params);
      else this.#db.exec(sql);
    } catch (err) {
      rethrowStorageError(err);
    }
  }
}

// A child process for the fault tests (tests/unit/faults): it opens the workbook
// in a data folder with a data key passed in MEND_FAULT_KEY (hex; the passphrase
// path opens with the passphrase in force instead), then writes in
// a loop along one "write path" and prints one line per ACKNOWLEDGED write, i.e.
// only after the service call returned. The parent SIGKILLs it at a random
// moment and checks that every acknowledged write survived.
//
//   node tests/faults/save-worker.ts <write path> <data folder>
//
// Write paths and the lines they print (ids are entry UUIDs):
//   save-new    new entries, text = newEntryText(run, seq)        -> `ack <id> <seq>`
//   save-edit   edits the 'owning-it' entries over and over,
//               text = editText(version)                          -> `ack <id> <version>`
//   delete      creates an entry, then deletes it                 -> `saved <id>` / `deleted <id>`
//   profile     profile().set cycling R -> H -> T -> R            -> `ack profile <role>`
//   passphrase  changePassphrase between the two passphrases in
//               MEND_FAULT_PASSPHRASES (JSON [a, b]), starting from
//               index MEND_FAULT_CURRENT                          -> `ack passphrase <index now in force> <header salt>`
//               With MEND_FAULT_MARK_HEADER=1 it also prints `begin-header` just before the
//               header row is written (a spy on DatabaseSync#prepare in this process only,
//               no change to the services), so the parent can aim a kill at that write.
//   save-once   one save, then exit: `ack <id>`, or `save-error <code> <message>` (used by the
//               read-only folder test, which runs this as another user when the tests run as root)
// A failed unlock prints `unlock-error <code> <message>`; <code> is the MendError code, or
// `raw:<sqlite errcode>` for any other error. Lines are written with fs.writeSync(1, …):
// process.stdout.write is asynchronous on pipes and a line could die with the process.
import { realpathSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { Vault } from '../../main/services/vault/vault.ts';
import type { HeaderBody } from '../../main/services/vault/header.ts';
import { deserializeKeys } from '../../main/services/vault/member-keys.ts';
import { MendError } from '../../shared/contract/result.ts';
import type { Profile } from '../../shared/domain/profile.ts';

type Role = NonNullable<Profile['role']>;

export const WRITE_PATHS = ['save-new', 'save-edit', 'delete', 'profile', 'passphrase'] as const;
export type WritePath = (typeof WRITE_PATHS)[number];

/** The exercise the workers write; its long-text field lets records span several pages. */
export const FAULT_EXERCISE = 'owning-it';
export const FAULT_DAY = '2026-06-01';

/** Deterministic filler, so a record's size varies (0–5,999 chars, overflow pages or not) and the parent can rebuild the exact text. */
const filler = (n: number) => 'abcdefghij'.repeat(600).slice(0, (n * 7919) % 6000);
export const newEntryText = (run: number, seq: number) => `new ${run}-${seq}|${filler(seq + run)}`;
export const editText = (version: number) => `version ${version}|${filler(version)}`;
export const versionOf = (text: string): number => {
  const match = /^version (\d+)\|/.exec(text);
  if (!match) throw new Error('not an edit text');
  return Number(match[1]);
};
export const ROLE_CYCLE: readonly Role[] = ['R', 'H', 'T'];
export const nextRole = (role: Role | null): Role => ROLE_CYCLE[(ROLE_CYCLE.indexOf(role ?? 'T') + 1) % ROLE_CYCLE.length] as Role;

const line = (text: string) => {
  writeSync(1, `${text}\n`);
};
const codeOf = (err: unknown) => (err instanceof MendError ? err.code : `raw:${(err as { errcode?: number }).errcode ?? 'none'}`);
const explain = (err: unknown) => `${codeOf(err)} ${JSON.stringify(err instanceof Error ? err.message : String(err))}`;

function passphrasesFromEnv(): string[] {
  const passphrases = JSON.parse(process.env.MEND_FAULT_PASSPHRASES ?? '[]') as string[];
  if (passphrases.length !== 2) throw new Error('MEND_FAULT_PASSPHRASES must hold two passphrases');
  return passphrases;
}

async function main(path: string, dataDir: string): Promise<void> {
  const keyHex = process.env.MEND_FAULT_KEY;
  if (!keyHex) throw new Error('MEND_FAULT_KEY is not set');
  const vault = new Vault(dataDir);
  try {
    // A passphrase change retires the keys (vault/key-rotation.ts): the kept key of the first
    // run opens nothing after the first change, so that path opens with the passphrase in force.
    if (path === 'passphrase') await vault.unlock(passphrasesFromEnv()[Number(process.env.MEND_FAULT_CURRENT ?? '0')]!);
    else await vault.unlockWithKeys(deserializeKeys(Buffer.from(keyHex, 'hex')));
  } catch (err) {
    line(`unlock-error ${explain(err)}`);
    return;
  }
  line('ready');
  const journal = vault.journal();

  switch (path) {
    case 'save-new': {
      const run = Number(process.env.MEND_FAULT_RUN ?? '0');
      for (let seq = 0; ; seq++) {
        const entry = journal.save({ exerciseId: FAULT_EXERCISE, day: FAULT_DAY, answers: { whatIDid: newEntryText(run, seq) } });
        line(`ack ${entry.id} ${seq}`);
      }
    }
    case 'save-edit': {
      // The entries to edit are the 'owning-it' ones, in id order; each goes up one version per round.
      const targets = journal.list(FAULT_EXERCISE).sort((a, b) => a.id.localeCompare(b.id));
      if (targets.length === 0) throw new Error('no entries to edit');
      const versions = targets.map((e) => versionOf(String(e.answers.whatIDid)));
      for (let i = 0; ; i = (i + 1) % targets.length) {
        const target = targets[i]!;
        const version = versions[i]! + 1;
        journal.save({ id: target.id, exerciseId: FAULT_EXERCISE, day: target.day, answers: { whatIDid: editText(version) } });
        versions[i] = version;
        line(`ack ${target.id} ${version}`);
      }
    }
    case 'delete': {
      for (;;) {
        const entry = journal.save({ exerciseId: FAULT_EXERCISE, day: FAULT_DAY, answers: { whatIDid: 'to be deleted' } });
        line(`saved ${entry.id}`);
        journal.delete(entry.id);
        line(`deleted ${entry.id}`);
      }
    }
    case 'profile': {
      let role = vault.profile().get().role;
      for (;;) {
        role = nextRole(role);
        vault.profile().set({ role });
        line(`ack profile ${role}`);
      }
    }
    case 'passphrase': {
      const passphrases = passphrasesFromEnv();
      let current = Number(process.env.MEND_FAULT_CURRENT ?? '0');
      if (process.env.MEND_FAULT_MARK_HEADER === '1') {
        const prepare = DatabaseSync.prototype.prepare;
        DatabaseSync.prototype.prepare = function (this: DatabaseSync, sql: string, ...rest: unknown[]) {
          if (sql.startsWith('UPDATE header')) line('begin-header');
          return (prepare as (sql: string, ...rest: unknown[]) => ReturnType<typeof prepare>).call(this, sql, ...rest);
        } as typeof prepare;
      }
      // The new header's salt goes in the ack, so the parent can tell "the acknowledged change" from
      // "an older one" (with two passphrases that alternate, the passphrase alone cannot).
      const reader = new DatabaseSync(vault.path, { readOnly: true });
      const saltNow = () => (JSON.parse((reader.prepare('SELECT body FROM header WHERE id = 1').get() as { body: string }).body) as HeaderBody).members[0]!.kdf.salt;
      for (;;) {
        const next = 1 - current;
        await vault.changePassphrase(passphrases[current]!, passphrases[next]!);
        current = next;
        line(`ack passphrase ${current} ${saltNow()}`);
      }
    }
    case 'save-once': {
      try {
        const entry = journal.save({ exerciseId: FAULT_EXERCISE, day: FAULT_DAY, answers: { whatIDid: 'written by save-once' } });
        line(`ack ${entry.id}`);
      } catch (err) {
        line(`save-error ${explain(err)}`);
      }
      vault.lock();
      return;
    }
    default:
      throw new Error(`unknown write path ${JSON.stringify(path)}`);
  }
}

// Run as a script (not imported by a test for its formats); realpath, so a symlinked checkout works too.
const isMain = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (isMain) {
  const [path, dataDir] = process.argv.slice(2);
  main(path ?? '', dataDir ?? '').catch((err: unknown) => {
    // Kind and message only: these workbooks hold test text, never a user's.
    writeSync(2, `save-worker failed: ${explain(err)}\n`);
    process.exit(2);
  });
}

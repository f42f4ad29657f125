// Loads the apology checker (and compromise, its tagger) on first use, as a
// chunk of its own: only a letter field with notes asks for it, so nothing of
// it is fetched or parsed before the lock screen is painted.
type CheckerModule = typeof import('../../../../shared/apology/excuse-checker.ts');

let loading: Promise<CheckerModule> | undefined;

export function loadApologyChecker(): Promise<CheckerModule> {
  loading ??= import('../../../../shared/apology/excuse-checker.ts').catch((err: unknown) => {
    // Let a later letter field try again (e.g. after a transient failure to read the chunk).
    loading = undefined;
    throw err;
  });
  return loading;
}

export type { CheckerModule };

// Creating the encrypted workbook at first start, with the role chosen in the
// "who" step kept inside it.
import type { Role } from '../../../../shared/domain/profile.ts';
import { call, mend } from '../../api.ts';

export async function createWorkbook(passphrase: string, role: Role | null): Promise<void> {
  await call(mend().vault.create({ passphrase }));
  // A role that cannot be saved is simply asked again later, on the role screen.
  if (role) await call(mend().profile.set({ role })).catch(() => undefined);
}

// The operating system's keyring (Electron safeStorage) behind the services'
// Keyring port. On Linux, safeStorage may fall back to "basic_text", which
// keeps secrets as plain text: then Mend refuses to remember the key at all.
import { safeStorage } from 'electron';
import type { Keyring } from './services/device/remembered-key.ts';

export const systemKeyring: Keyring = {
  availability() {
    if (!safeStorage.isEncryptionAvailable()) {
      return { available: false, reason: 'This computer offers no keyring Mend can use, so it cannot remember your workbook here.' };
    }
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return { available: false, reason: 'This computer has no secure keyring (it would keep the key as plain text), so Mend will not remember your workbook here.' };
    }
    return { available: true };
  },
  encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
  decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
};

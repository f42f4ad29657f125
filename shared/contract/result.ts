// The result envelope every IPC call answers with, and the error codes a
// caller can act on. Errors cross the bridge as data, never as thrown objects.

export const ERROR_CODES = [
  'invalid-request',
  'unknown-channel',
  'forbidden-sender',
  'no-workbook',
  'workbook-exists',
  'locked',
  'wrong-passphrase',
  'damaged-file',
  'not-found',
  'disk-full',
  'read-only',
  'cancelled',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface MendErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: MendErrorInfo };

/** An error a service raises on purpose; its message is safe to show the user. */
export class MendError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'MendError';
    this.code = code;
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

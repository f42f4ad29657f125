// Access to `window.mend`, the API the preload exposes (typed from the contract),
// and a small helper that turns a result envelope into a value or a thrown
// ApiError the screens can show.
import type { MendApi } from '../../shared/contract/client.ts';
import type { ErrorCode, Result } from '../../shared/contract/result.ts';

declare global {
  interface Window {
    mend: MendApi;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export const mend = (): MendApi => window.mend;

export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

export function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
}

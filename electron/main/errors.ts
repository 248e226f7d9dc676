// A failure a handler means to report as it is (cancelled dialog, refused
// import, read-only notebook). dispatch() turns it into the Result's error.
import type { ApiError, ApiErrorCode } from '../contract.ts';

export class ApiFailure extends Error {
  override name = 'ApiFailure';
  readonly error: ApiError;

  constructor(code: ApiErrorCode, message: string, extra: Pick<ApiError, 'file' | 'backupAvailable'> = {}) {
    super(message);
    this.error = { code, message, ...extra };
  }
}

export const cancelled = (what: string): ApiFailure => new ApiFailure('cancelled', `${what} was cancelled.`);

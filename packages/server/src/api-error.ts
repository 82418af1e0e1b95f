/**
 * Every error the server answers has the contract's shape:
 * `{ "error": { "code", "message", "fields"? } }`, with a status the REST adapter maps to its
 * own codes (docs/rest-contract.md).
 */
import { AdapterError } from 'micropath/adapters';
import { isUnavailable } from './db/database.ts';

export type ApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'gone'
  | 'too-large'
  | 'unsupported-media-type'
  | 'invalid'
  | 'rate-limited'
  | 'unavailable'
  | 'internal';

const CODE_FOR_STATUS: Record<number, ApiErrorCode> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  410: 'gone',
  413: 'too-large',
  415: 'unsupported-media-type',
  422: 'invalid',
  429: 'rate-limited',
  502: 'unavailable',
  503: 'unavailable',
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
    readonly code: ApiErrorCode = CODE_FOR_STATUS[status] ?? 'internal',
    /** Seconds to wait before trying again (the `Retry-After` header). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get body() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
      },
    };
  }

  /** Errors from the kit's helpers (`checkRequest` answers 422 with fields) keep their status. */
  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    if (error instanceof AdapterError && error.status && error.status < 500)
      return new ApiError(error.status, error.message, error.fields);
    if (isUnavailable(error))
      return new ApiError(
        503,
        'The database is busy or restarting. Try again in a few seconds.',
        undefined,
        'unavailable',
        5,
      );
    return new ApiError(500, 'Something went wrong on the server. It has been logged.');
  }
}

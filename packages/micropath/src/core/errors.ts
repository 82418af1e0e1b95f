export type AdapterErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-found'
  | 'conflict'
  | 'unauthorized'
  | 'rate-limited'
  | 'invalid-response'
  | 'not-configured';

export interface AdapterErrorOptions {
  retryable?: boolean;
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** Per-field messages from a 422 answer, keyed by field path. */
  fields?: Record<string, string>;
  /** How long the backend asked us to wait (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

const RETRYABLE_BY_DEFAULT: ReadonlySet<AdapterErrorCode> = new Set([
  'network',
  'timeout',
  'rate-limited',
]);

/**
 * The one error type every adapter throws. Widgets branch on `code` (what happened) and
 * `retryable` (whether offering "Try again" makes sense); `message` is for people.
 */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  readonly fields?: Record<string, string>;
  readonly retryAfterMs?: number;

  constructor(code: AdapterErrorCode, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT.has(code);
    if (options.status !== undefined) this.status = options.status;
    if (options.fields !== undefined) this.fields = options.fields;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }

  /** Wraps anything thrown by third-party adapter code; an AdapterError passes through. */
  static from(error: unknown): AdapterError {
    if (error instanceof AdapterError) return error;
    if (error instanceof TypeError) {
      return new AdapterError('network', 'The service could not be reached.', { cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new AdapterError('http', message || 'The service failed.', { cause: error });
  }
}

/** True for the rejection of a request the caller itself cancelled (a newer query won). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The HTTP client every network adapter shares: per-attempt timeouts, caller cancellation,
 * retries with jittered backoff for idempotent requests only, and one mapping from HTTP
 * outcomes to AdapterError codes.
 */
import { AdapterError } from './errors.ts';

export type QueryValue = string | number | boolean | undefined | null | readonly string[];
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The REST contract's error body: `{ "error": { "code", "message", "fields" } }`. */
export interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

export interface HttpClientOptions {
  /** Absolute, or relative to the page (`/api`) in a browser. */
  baseUrl: string;
  /** Sent with every request; a function is called per request (fresh tokens). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** A fetch to use instead of the global one (proxies, auth wrappers, tests). */
  fetch?: typeof fetch;
  /** Per attempt, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Extra attempts for GET and HEAD after a retryable failure. Default 2. */
  retries?: number;
  /** Base of the exponential backoff, in milliseconds. Default 300. */
  retryDelayMs?: number;
  /** A backend-specific reading of an error answer; return undefined for the default. */
  mapError?: (status: number, body: unknown, fallback: AdapterError) => AdapterError | undefined;
}

export interface HttpRequest<T> {
  method?: HttpMethod;
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** How to read a successful body. Default 'json'. */
  expect?: 'json' | 'text' | 'blob' | 'none';
  /** Reads (validates) the body; its AdapterError passes through. */
  read?: (body: unknown) => T;
}

export interface HttpClient {
  request<T = unknown>(req: HttpRequest<T>): Promise<T>;
  url(path: string, query?: Record<string, QueryValue>): string;
}

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD']);
const MAX_RETRY_AFTER_MS = 10_000;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 300;
  const base = resolveBase(options.baseUrl);

  const url = (path: string, query?: Record<string, QueryValue>): string => {
    const target = new URL(base.href.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, ''));
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value)) value.forEach((v) => target.searchParams.append(key, v));
      else target.searchParams.set(key, String(value));
    }
    return target.href;
  };

  async function attempt<T>(req: HttpRequest<T>, target: string): Promise<T> {
    const method = req.method ?? 'GET';
    const expect = req.expect ?? 'json';
    const headers = new Headers(
      typeof options.headers === 'function' ? await options.headers() : options.headers,
    );
    for (const [key, value] of Object.entries(req.headers ?? {})) headers.set(key, value);
    if (expect === 'json' && !headers.has('accept')) headers.set('accept', 'application/json');
    let body: BodyInit | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers.set('content-type', 'application/json');
    }

    const { signal, timedOut, dispose } = attemptSignal(req.signal, timeoutMs);
    const what = `${method} ${new URL(target).pathname}`;
    try {
      const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
      const response = await doFetch(target, { method, headers, body, signal });
      if (!response.ok) throw await errorFrom(response, what, options.mapError);
      const value = await readBody(response, expect, what);
      return req.read ? req.read(value) : (value as T);
    } catch (error) {
      if (req.signal?.aborted) throw abortReason(req.signal);
      if (timedOut()) {
        throw new AdapterError('timeout', `${what} took longer than ${timeoutMs} ms.`, {
          cause: error,
        });
      }
      if (error instanceof AdapterError) throw error;
      throw new AdapterError('network', `${what} could not reach the service.`, { cause: error });
    } finally {
      dispose();
    }
  }

  async function request<T>(req: HttpRequest<T>): Promise<T> {
    const target = url(req.path, req.query);
    const idempotent = IDEMPOTENT.has(req.method ?? 'GET');
    for (let tries = 0; ; tries++) {
      try {
        return await attempt(req, target);
      } catch (error) {
        const again =
          idempotent &&
          tries < retries &&
          error instanceof AdapterError &&
          error.retryable &&
          (error.retryAfterMs ?? 0) <= MAX_RETRY_AFTER_MS;
        if (!again) throw error;
        const backoff = retryDelayMs * 2 ** tries * (0.5 + Math.random() / 2);
        await sleep(Math.max(error.retryAfterMs ?? 0, backoff), req.signal);
      }
    }
  }

  return { request, url };
}

function resolveBase(baseUrl: string): URL {
  const pageBase = typeof document === 'undefined' ? undefined : document.baseURI;
  try {
    return new URL(baseUrl, pageBase);
  } catch {
    throw new AdapterError('not-configured', `"${baseUrl}" is not a usable base URL.`);
  }
}

/** One signal for one attempt: aborts on the caller's signal or when the timeout passes. */
function attemptSignal(outer: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onAbort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => fired,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

function abortReason(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof DOMException && reason.name === 'AbortError'
    ? reason
    : new DOMException('The request was cancelled.', 'AbortError');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function readBody(response: Response, expect: string, what: string): Promise<unknown> {
  if (expect === 'none' || response.status === 204) return undefined;
  if (expect === 'blob') return response.blob();
  const text = await response.text();
  if (expect === 'text') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new AdapterError('invalid-response', `${what} did not answer with JSON (${type}).`, {
      cause,
    });
  }
}

async function errorFrom(
  response: Response,
  what: string,
  mapError: HttpClientOptions['mapError'],
): Promise<AdapterError> {
  const { status } = response;
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  const detail = (body as ErrorBody | undefined)?.error;
  const message = detail?.message
    ? `${what}: ${detail.message}`
    : `${what} failed with HTTP ${status}.`;
  const options = {
    status,
    ...(detail?.fields ? { fields: detail.fields } : {}),
    ...retryAfter(response.headers.get('retry-after')),
  };
  const fallback = errorForStatus(status, message, options);
  return mapError?.(status, body, fallback) ?? fallback;
}

function errorForStatus(
  status: number,
  message: string,
  options: { status: number; fields?: Record<string, string>; retryAfterMs?: number },
): AdapterError {
  if (status === 401 || status === 403) return new AdapterError('unauthorized', message, options);
  if (status === 404 || status === 410) return new AdapterError('not-found', message, options);
  if (status === 408) return new AdapterError('timeout', message, options);
  if (status === 409) return new AdapterError('conflict', message, options);
  if (status === 429) return new AdapterError('rate-limited', message, options);
  const retryable = status === 500 || status === 502 || status === 503 || status === 504;
  return new AdapterError('http', message, { ...options, retryable });
}

function retryAfter(header: string | null): { retryAfterMs?: number } {
  if (!header) return {};
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return { retryAfterMs: Math.max(0, seconds * 1000) };
  const at = Date.parse(header);
  return Number.isNaN(at) ? {} : { retryAfterMs: Math.max(0, at - Date.now()) };
}

/**
 * The conformance run's HTTP client: each request and its answer are kept, written short, for
 * the report of a failing clause, and every answer is held against the OpenAPI document.
 */
import { ClauseFailure, type Exchange } from './clause.ts';
import { openApiProblems, type OpenApiDocument } from './openapi-check.ts';

export interface SendOptions {
  query?: Record<string, string | number | readonly string[] | undefined>;
  headers?: Record<string, string>;
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown;
  /** Sent as is (with the headers given). */
  body?: string;
  /** Hold the answer against the OpenAPI document (default true; never for OPTIONS). */
  validate?: boolean;
}

export interface Answer {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed, when it is JSON; otherwise undefined. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- read by checks that say what they expect
  exchange: Exchange;
}

export interface Probe {
  send(method: string, path: string, options?: SendOptions): Promise<Answer>;
  /** Holds an answer sent with `validate: false` against the OpenAPI document after all. */
  validate(answer: Answer): void;
  /** The last request and its answer: what a failure without its own is reported with. */
  readonly last: Exchange | undefined;
}

const MAX_SHOWN = 400;
/** How often a request is sent again after a 429 or 503 that asked to wait. */
const MAX_WAITS = 3;
const LONGEST_WAIT_S = 60;

/**
 * The wait a busy backend asked for (`Retry-After`, at most a minute), when resending is
 * safe: a 429 was not acted on, and a 503 is resent only for a read or a keyed write (as the
 * adapter does). Otherwise undefined: the answer stands.
 */
function waitAsked(response: Response, method: string, headers: Record<string, string>) {
  const seconds = Number(response.headers.get('retry-after'));
  if (!(seconds >= 0 && seconds <= LONGEST_WAIT_S)) return undefined;
  const safe =
    response.status === 429 ||
    (response.status === 503 && (method === 'GET' || headers['idempotency-key'] !== undefined));
  return safe ? Math.max(seconds, 0.1) * 1000 : undefined;
}
const short = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

export function createProbe(settings: {
  baseUrl: string;
  openapi: OpenApiDocument;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Probe {
  const base = settings.baseUrl.replace(/\/+$/, '');
  const fetchImpl = settings.fetch ?? globalThis.fetch.bind(globalThis);
  let last: Exchange | undefined;

  async function send(method: string, path: string, options: SendOptions = {}): Promise<Answer> {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(options.query ?? {}))
      for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
        params.append(name, String(one));
    const search = params.size ? `?${params}` : '';
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    const shownHeaders = Object.entries(options.headers ?? {})
      .map(([name, value]) => ` [${name}: ${value}]`)
      .join('');
    const request = `${method} ${path}${search}${shownHeaders}${body ? ` ${short(body)}` : ''}`;
    let response: Response;
    for (let attempt = 1; ; attempt++) {
      try {
        response = await fetchImpl(`${base}${path}${search}`, {
          method,
          headers,
          ...(body !== undefined ? { body } : {}),
          signal: AbortSignal.timeout(settings.timeoutMs ?? 30_000),
        });
      } catch (error) {
        last = { request, answer: `no answer: ${(error as Error).message}` };
        throw new ClauseFailure(`${method} ${path} got no answer`, last);
      }
      const wait = waitAsked(response, method, headers);
      if (wait === undefined || attempt > MAX_WAITS) break;
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown;
    if (/json/i.test(contentType) && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    const exchange = {
      request,
      answer: `${response.status}${contentType ? ` (${contentType})` : ''}${text ? ` ${short(text)}` : ''}`,
    };
    last = exchange;
    const answer: Answer = {
      method,
      path,
      status: response.status,
      headers: response.headers,
      text,
      body: parsed,
      exchange,
    };
    if (options.validate !== false && method !== 'OPTIONS') validate(answer);
    return answer;
  }

  function validate(answer: Answer): void {
    const contentType = answer.headers.get('content-type') ?? '';
    if (/json/i.test(contentType) && answer.text && answer.body === undefined)
      throw new ClauseFailure('the answer says it is JSON but does not parse', answer.exchange);
    const problems = openApiProblems(settings.openapi, { ...answer, contentType });
    if (problems.length)
      throw new ClauseFailure(
        `the answer does not match the OpenAPI document: ${problems.join('; ')}`,
        answer.exchange,
      );
  }

  return {
    send,
    validate,
    get last() {
      return last;
    },
  };
}

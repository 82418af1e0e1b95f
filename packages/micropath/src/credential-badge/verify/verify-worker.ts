/**
 * The verification worker: runs `verifyCredential` (canonicalization, signatures, status
 * lists) off the page's main thread, for every badge of a page (worker-client.ts starts one).
 *
 * It makes no request of its own: each lookup is a message to the page, which makes it with
 * the badge's own fetch (its link rules, the page's Content-Security-Policy, an adapter's
 * `fetch` hook) and sends the answer back. It translates nothing: `msg()` here records its
 * calls, and the page reads them in its own language (wire.ts).
 */
import type { msg as MsgFn, StrResult } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { AdapterError } from '../../core/errors.ts';
import { verifyCredential } from './verify-credential.ts';
import {
  callsIn,
  errorToWire,
  token,
  type FromWorker,
  type MsgCall,
  type ToWorker,
  type WireError,
  type WireResponse,
} from './wire.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

const nonce = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) =>
  b.toString(16).padStart(2, '0'),
).join('');
const calls = new Map<number, MsgCall>();
let nextCall = 0;

_installMsgImplementation(((template: string | StrResult) => {
  // The verifier writes plain and `str` messages only; an `html` one would be returned as is.
  if (typeof template !== 'string' && !('strTag' in template)) return template;
  const index = nextCall++;
  calls.set(
    index,
    typeof template === 'string'
      ? { strings: template, values: [] }
      : { strings: [...template.strings], values: [...template.values] },
  );
  return token(nonce, 'm', index);
}) as unknown as typeof MsgFn);

interface Pending {
  resolve(response: Response): void;
  reject(error: unknown): void;
}
interface Job {
  aborted: boolean;
  lookups: Map<number, Pending>;
}
const jobs = new Map<number, Job>();
let fetchIds = 0;

const abortError = () => new DOMException('The verification was stopped.', 'AbortError');

/** Statuses a Response cannot be constructed with a body for. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function responseOf(answer: Extract<WireResponse, { ok: true }>): Response {
  const constructible = answer.status >= 200 && answer.status <= 599;
  const response = new Response(NULL_BODY.has(answer.status) ? null : answer.body, {
    status: constructible ? answer.status : 500,
    statusText: answer.statusText,
    headers: answer.headers,
  });
  Object.defineProperty(response, 'url', { value: answer.url });
  if (!constructible) {
    Object.defineProperty(response, 'status', { value: answer.status });
    Object.defineProperty(response, 'ok', { value: false });
  }
  return response;
}

/** The page's error, with a message that stays the page's (a token for its current text). */
function pageError(error: WireError, ref: number): Error {
  const message = token(nonce, 'e', ref);
  if (error.code)
    return new AdapterError(error.code, message, {
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.retryable !== undefined ? { retryable: error.retryable } : {}),
    });
  const plain = new Error(message);
  plain.name = error.name;
  return plain;
}

/** A lookup for job `id`, made by the page. */
const lookupFor =
  (id: number, job: Job) =>
  (url: string, init: RequestInit = {}): Promise<Response> =>
    new Promise((resolve, reject) => {
      if (job.aborted) return reject(abortError());
      const fetchId = ++fetchIds;
      job.lookups.set(fetchId, { resolve, reject });
      scope.postMessage({
        type: 'fetch',
        id,
        fetchId,
        url,
        headers: [...new Headers(init.headers)],
      });
    });

function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) stringsOf(item, into);
  return into;
}

async function run(id: number, raw: unknown, trustedIssuers: string[]): Promise<void> {
  const job: Job = { aborted: false, lookups: new Map() };
  jobs.set(id, job);
  try {
    const verified = await verifyCredential(raw, { fetch: lookupFor(id, job), trustedIssuers });
    if (job.aborted) return;
    const { verdict, checkedAt } = verified.report;
    const checks = verified.report.checks.map(({ id, status, message }) => ({
      id,
      status,
      message,
    }));
    const result = { view: verified.view, report: { verdict, checkedAt, checks } };
    const text = { nonce, calls: callsIn(stringsOf(result), nonce, calls) };
    scope.postMessage({ type: 'done', id, result, text });
  } catch (error) {
    if (job.aborted) return;
    const wire = errorToWire(error);
    scope.postMessage({
      type: 'failed',
      id,
      error: wire,
      text: { nonce, calls: callsIn([wire.message], nonce, calls) },
    });
  } finally {
    jobs.delete(id);
    // Tokens only mean something until their job's answer is sent.
    if (!jobs.size) calls.clear();
  }
}

scope.addEventListener('message', ({ data }) => {
  switch (data.type) {
    case 'verify':
      void run(data.id, data.raw, data.trustedIssuers);
      break;
    case 'abort': {
      const job = jobs.get(data.id);
      if (!job) break;
      job.aborted = true;
      for (const pending of job.lookups.values()) pending.reject(abortError());
      job.lookups.clear();
      break;
    }
    case 'fetched': {
      const pending = jobs.get(data.id)?.lookups.get(data.fetchId);
      if (!pending) break;
      jobs.get(data.id)!.lookups.delete(data.fetchId);
      const { answer } = data;
      if (answer.ok) pending.resolve(responseOf(answer));
      else if (answer.aborted) pending.reject(abortError());
      else pending.reject(pageError(answer.error, answer.ref));
      break;
    }
  }
});

scope.postMessage({ type: 'ready' });

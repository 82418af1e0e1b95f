/**
 * Verification off the page's main thread: one worker (verify-worker.ts) for every badge of a
 * page, started on the first verification, jobs matched by id, a job dropped when its badge
 * stops it, and the worker ended after a quiet minute (started again when needed).
 *
 * Where the page does not allow the worker (a Content-Security-Policy whose `worker-src`, or
 * else `script-src`, refuses it; a browser without module workers; a worker that fails to
 * start or to answer), the same verifier runs on the page, with the same report: callers
 * cannot tell but by `verifiedIn`. Lookups are always made on the page (see the worker).
 */
import { msg, type StrResult } from '@lit/localize';
import { AdapterError } from '../../core/errors.ts';
import type { VerificationReport } from '../../core/models/credential.ts';
import { failure } from '../reasons.ts';
import { buildReport, check } from './verdict.ts';
import type { Verified } from './verify-credential.ts';
import {
  errorToWire,
  readStrings,
  readText,
  type FromWorker,
  type MsgCall,
  type ToWorker,
  type WireResponse,
  type WireText,
} from './wire.ts';

/** Where a credential's checks ran: in the shared worker, or on the page's main thread. */
export type VerifiedIn = 'worker' | 'page';

export interface OffThreadOptions {
  /** The badge's lookups (its link rules and the adapter's hook); always called on the page. */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  trustedIssuers: readonly string[];
  signal?: AbortSignal | undefined;
}

export const workerTimings = {
  /** How long a worker may take to load and say it is ready before the page verifies alone. */
  startTimeoutMs: 10_000,
  /** A worker with no job for this long is ended; the next verification starts another. */
  idleMs: 60_000,
};

interface Job {
  resolve(verified: Verified): void;
  reject(error: unknown): void;
  fetch: OffThreadOptions['fetch'];
  signal: AbortSignal | undefined;
  /** Errors of this job's lookups, whose messages the worker's text refers to. */
  errors: AdapterError[];
}

/** The worker could not take (or finish) a job: the page verifies it instead. */
class WorkerUnavailable extends Error {}

let worker: Worker | undefined;
let starting: Promise<Worker | undefined> | undefined;
/** Set once the page has shown it refuses workers: later badges go straight to the page. */
let refused = false;
/** Tests only: verify on the page as if workers were refused. */
let pageOnly = false;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let ids = 0;
const jobs = new Map<number, Job>();

/** Tests: whether a worker is running, and how many jobs it has. */
export const verifyWorkerState = () => ({ running: Boolean(worker), jobs: jobs.size });

/** Tests and benchmarks: `true` verifies every credential on the page. */
export function verifyOnPageOnly(value: boolean): void {
  pageOnly = value;
}

/**
 * The page's own `msg()` for a message the worker recorded: its template is the kit's (the
 * worker ran the same code), so the page's translation is found by the same id. Called through
 * another name, as extraction reads only literal `msg()` calls and this one's is a variable.
 */
type Lookup = (template: string | StrResult) => string;
// `msg` is read at each call, not kept: lit-localize replaces it when the page's locale is set up.
const lookup: Lookup = (template) => (msg as unknown as Lookup)(template);
const translate = (call: MsgCall): string =>
  lookup(
    typeof call.strings === 'string'
      ? call.strings
      : ({ strTag: true, strings: call.strings, values: call.values } as unknown as StrResult),
  );

function endWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = undefined;
  starting = undefined;
  // Jobs still waiting are verified on the page.
  for (const job of jobs.values()) job.reject(new WorkerUnavailable());
  jobs.clear();
}

function idleCheck(): void {
  clearTimeout(idleTimer);
  if (!jobs.size && worker) idleTimer = setTimeout(endWorker, workerTimings.idleMs);
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let urlPolicy: ScriptUrlPolicy | undefined;
/** The worker's address, set as it starts: the one address the policy below vouches for. */
let workerAddress: string | undefined;

/**
 * `require-trusted-types-for 'script'` accepts a worker's address only as a TrustedScriptURL:
 * a policy of our own (`micropath-verify-worker`) vouches for the worker's address and nothing
 * else. When the page's `trusted-types` directive does not allow the name, this throws and
 * the page verifies by itself.
 */
function trustedAddress(address: string): string {
  workerAddress = address;
  const factory = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } }
  ).trustedTypes;
  if (!factory) return address;
  urlPolicy ??= factory.createPolicy('micropath-verify-worker', {
    createScriptURL: (address: string) => {
      if (address !== workerAddress) throw new TypeError(`Not the verification worker: ${address}`);
      return address;
    },
  });
  return urlPolicy.createScriptURL(address) as string;
}

/**
 * A worker must come from the page's own origin. From a CDN on another origin, the worker is a
 * `blob:` module of one line that imports the real one (as the page's scripts are imported,
 * with CORS): the page's policy must then allow `blob:` in `worker-src`.
 */
function sameOriginAddress(url: URL): string {
  if (url.origin === location.origin) return url.href;
  const source = `import ${JSON.stringify(url.href)};\n`;
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/**
 * The page's `Worker`, given an address it accepts first. Named `Worker` in this module so
 * that `startWorker` reads `new Worker(new URL('…', import.meta.url), …)`: the form from which
 * bundlers (Vite, webpack) build a worker and rewrite its address. The kit's build does the
 * same for its own files (scripts/verify-worker-plugin.mjs).
 */
function Worker(url: URL, options: WorkerOptions): globalThis.Worker {
  const address = sameOriginAddress(url);
  try {
    return new globalThis.Worker(trustedAddress(address), options);
  } finally {
    // The worker has read its address (a blob's content is fetched as it starts).
    if (address.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(address), 60_000);
  }
}

function startWorker(): globalThis.Worker {
  return new (Worker as unknown as typeof globalThis.Worker)(
    new URL('./verify-worker.ts', import.meta.url),
    { type: 'module', name: 'micropath-verify' },
  );
}

/** The worker, started and ready; undefined when the page cannot have one. */
function ready(): Promise<Worker | undefined> {
  if (refused || pageOnly || typeof globalThis.Worker === 'undefined')
    return Promise.resolve(undefined);
  return (starting ??= new Promise<Worker | undefined>((resolve) => {
    let started: Worker;
    const give = (value: Worker | undefined) => {
      clearTimeout(timer);
      document.removeEventListener('securitypolicyviolation', onViolation);
      if (!value) {
        refused = true;
        started?.terminate();
        starting = undefined;
      }
      resolve(value);
    };
    // The report of the worker refused (another script's report is not about it).
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (
        /^(worker-src|script-src|default-src|child-src)/.test(event.effectiveDirective) &&
        (event.blockedURI === workerAddress ||
          (event.blockedURI === 'blob' && workerAddress?.startsWith('blob:')))
      )
        give(undefined);
    };
    const timer = setTimeout(() => give(undefined), workerTimings.startTimeoutMs);
    document.addEventListener('securitypolicyviolation', onViolation);
    try {
      started = startWorker();
    } catch {
      give(undefined);
      return;
    }
    started.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === started) endWorker();
      else give(undefined);
    });
    started.addEventListener('messageerror', () => {
      if (worker === started) endWorker();
    });
    started.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      if (event.data.type === 'ready') {
        worker = started;
        give(started);
        idleCheck(); // started ahead of a job that may never come
      } else void answer(started, event.data);
    });
  }));
}

const post = (target: Worker, message: ToWorker, transfer: Transferable[] = []) =>
  target.postMessage(message, transfer);

async function answer(target: Worker, message: FromWorker): Promise<void> {
  if (message.type === 'ready') return;
  const job = jobs.get(message.id);
  if (!job) return;
  switch (message.type) {
    case 'fetch': {
      const reply = (answer: WireResponse, transfer: Transferable[] = []) =>
        post(
          target,
          { type: 'fetched', id: message.id, fetchId: message.fetchId, answer },
          transfer,
        );
      try {
        const response = await job.fetch(message.url, { headers: message.headers });
        const body = response.body ? await response.arrayBuffer() : null;
        reply(
          {
            ok: true,
            status: response.status,
            statusText: response.statusText,
            headers: [...response.headers],
            url: response.url,
            body,
          },
          body ? [body] : [],
        );
      } catch (error) {
        if (job.signal?.aborted || (error as Error)?.name === 'AbortError')
          return reply({ ok: false, aborted: true });
        const ref = job.errors.push(AdapterError.from(error)) - 1;
        reply({ ok: false, error: errorToWire(error), ref });
      }
      return;
    }
    case 'done':
      jobs.delete(message.id);
      idleCheck();
      return job.resolve(verifiedFrom(message.result, message.text, job.errors));
    case 'failed': {
      jobs.delete(message.id);
      idleCheck();
      const { error, text } = message;
      const reason = () => readText(error.message, text, translate, job.errors);
      return job.reject(
        error.code
          ? failure(error.code, reason, {
              ...(error.status !== undefined ? { status: error.status } : {}),
              ...(error.retryable !== undefined ? { retryable: error.retryable } : {}),
            })
          : Object.assign(new Error(reason()), { name: error.name }),
      );
    }
  }
}

/** The worker's answer as the page's own objects: messages in the page's language. */
function verifiedFrom(
  result: Extract<FromWorker, { type: 'done' }>['result'],
  text: WireText,
  errors: readonly AdapterError[],
): Verified {
  const read = (value: string) => readText(value, text, translate, errors);
  const checks = result.report.checks.map((c) => check(c.id, c.status, () => read(c.message)));
  const report: VerificationReport = buildReport(
    checks,
    new Date(result.report.checkedAt),
    result.report.verdict,
  );
  // The view's few words of the kit ("Unknown issuer") are read once, as the page does.
  return { view: readStrings(result.view, read), report };
}

/**
 * Starts the shared worker ahead of the first job (a badge reading its credential), so that
 * loading the worker's script overlaps the credential's own request and reading.
 */
export function prepareVerifyWorker(): void {
  void ready();
}

async function inWorker(raw: unknown, options: OffThreadOptions): Promise<Verified> {
  const target = await ready();
  if (!target) throw new WorkerUnavailable();
  options.signal?.throwIfAborted();
  const id = ++ids;
  clearTimeout(idleTimer);
  return new Promise<Verified>((resolve, reject) => {
    const { signal } = options;
    const onAbort = () => {
      if (!jobs.delete(id)) return;
      post(target, { type: 'abort', id });
      idleCheck();
      reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const settle =
      <T>(then: (value: T) => void) =>
      (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        then(value);
      };
    jobs.set(id, {
      resolve: settle(resolve),
      reject: settle(reject),
      fetch: options.fetch,
      signal,
      errors: [],
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      post(target, { type: 'verify', id, raw, trustedIssuers: [...options.trustedIssuers] });
    } catch {
      // Something of the credential cannot be cloned: the page checks it.
      jobs.delete(id);
      signal?.removeEventListener('abort', onAbort);
      idleCheck();
      reject(new WorkerUnavailable());
    }
  });
}

/**
 * Verifies `raw` in the page's shared worker when the page allows one, else on the page:
 * the same `Verified` either way, and where it ran.
 */
export async function verifyOffMainThread(
  raw: unknown,
  options: OffThreadOptions,
): Promise<{ verified: Verified; verifiedIn: VerifiedIn }> {
  try {
    return { verified: await inWorker(raw, options), verifiedIn: 'worker' };
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
  }
  options.signal?.throwIfAborted();
  const { verifyCredential } = await import('./verify-credential.ts');
  const verified = await verifyCredential(raw, {
    fetch: options.fetch,
    trustedIssuers: options.trustedIssuers,
  });
  return { verified, verifiedIn: 'page' };
}

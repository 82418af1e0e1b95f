/**
 * What crosses between the page and the verification worker (verify-worker.ts,
 * worker-client.ts): plain data that structured cloning carries, never functions or Errors.
 *
 * Sentences stay translatable. Today a check's message is a function over `msg()`, read in the
 * page's language of the moment (../reasons.ts); a worker has no page language and loads no
 * translations. So in the worker `msg()` records each call it is given (the source template's
 * strings and its values) and answers a token in its place; the sentence a reason builds is
 * then text with tokens in it (`[a, b].join(' ')` keeps working). The page turns each token
 * back into its own `msg()` call, with the same template and values, whenever the message is
 * read: the same lookup `msg()` makes for the message ids the translations are keyed by.
 */
import type { AdapterErrorCode } from '../../core/errors.ts';
import type {
  CheckId,
  CheckStatus,
  CredentialView,
  Verdict,
} from '../../core/models/credential.ts';

/** One `msg()` call: a plain string, or a `str` template's strings and values. */
export interface MsgCall {
  strings: string | string[];
  values: unknown[];
}

/**
 * Text made in the worker: sentences with tokens standing for `msg()` calls (`m`) and for
 * errors the page gave the worker (`e`: a refused lookup, whose message the page keeps).
 * `nonce` is the worker's, so that text from a credential cannot pass for a token.
 */
export interface WireText {
  nonce: string;
  calls: Record<number, MsgCall>;
}

export interface WireError {
  name: string;
  message: string;
  code?: AdapterErrorCode;
  status?: number;
  retryable?: boolean;
}

export interface WireCheck {
  id: CheckId;
  status: CheckStatus;
  message: string;
}

export interface WireVerified {
  view: CredentialView;
  report: { verdict: Verdict; checkedAt: string; checks: WireCheck[] };
}

/** An answer to the worker's lookup, made by the page's own fetch. */
export type WireResponse =
  | {
      ok: true;
      status: number;
      statusText: string;
      headers: [string, string][];
      url: string;
      body: ArrayBuffer | null;
    }
  | { ok: false; aborted: true }
  | { ok: false; aborted?: false; error: WireError; ref: number };

export type ToWorker =
  | { type: 'verify'; id: number; raw: unknown; trustedIssuers: string[] }
  | { type: 'abort'; id: number }
  | { type: 'fetched'; id: number; fetchId: number; answer: WireResponse };

export type FromWorker =
  | { type: 'ready' }
  | {
      type: 'fetch';
      id: number;
      fetchId: number;
      url: string;
      headers: [string, string][];
    }
  | { type: 'done'; id: number; result: WireVerified; text: WireText }
  | { type: 'failed'; id: number; error: WireError; text: WireText };

const OPEN = '\uE000';
const CLOSE = '\uE001';

export const token = (nonce: string, kind: 'm' | 'e', index: number): string =>
  `${OPEN}${nonce}${kind}${index}${CLOSE}`;

const tokens = (nonce: string) => new RegExp(`${OPEN}${nonce}([me])(\\d+)${CLOSE}`, 'g');

/** The indices of the `msg()` calls `text` refers to, those inside their values included. */
export function callsIn(texts: readonly string[], nonce: string, all: Map<number, MsgCall>) {
  const used: Record<number, MsgCall> = {};
  const queue = [...texts];
  while (queue.length) {
    for (const [, kind, n] of queue.shift()!.matchAll(tokens(nonce))) {
      const index = Number(n);
      const call = all.get(index);
      if (kind !== 'm' || !call || used[index]) continue;
      used[index] = call;
      for (const value of call.values) if (typeof value === 'string') queue.push(value);
    }
  }
  return used;
}

type Translate = (call: MsgCall) => string;

/**
 * `text` in the page's current language: each token becomes the page's `msg()` for its call
 * (`translate`), or the current message of the page's error it stands for.
 */
export function readText(
  text: string,
  wire: WireText,
  translate: Translate,
  errors: readonly { message: string }[] = [],
  depth = 0,
): string {
  if (!text.includes(OPEN) || depth > 8) return text;
  return text.replace(tokens(wire.nonce), (_, kind: string, n: string) => {
    const index = Number(n);
    if (kind === 'e') return errors[index]?.message ?? '';
    const call = wire.calls[index];
    if (!call) return '';
    const values = call.values.map((value) =>
      typeof value === 'string' ? readText(value, wire, translate, errors, depth + 1) : value,
    );
    return translate({ strings: call.strings, values });
  });
}

/** Every string of a (JSON-shaped) value with its tokens read once, now. */
export function readStrings<T>(value: T, read: (text: string) => string): T {
  if (typeof value === 'string') return read(value) as T;
  if (Array.isArray(value)) return value.map((item) => readStrings(item, read)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = readStrings(item, read);
    return copy as T;
  }
  return value;
}

/** Anything thrown, as data; its message read now (in the worker: text with tokens). */
export function errorToWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, status, retryable } = error as Partial<WireError>;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code: code as AdapterErrorCode } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof retryable === 'boolean' ? { retryable } : {}),
  };
}
